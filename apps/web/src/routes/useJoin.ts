import { createPartner, readBoard } from '@partnerboard/board';
import { roleCanEdit, type Role } from '@partnerboard/protocol';
import { useCallback, useMemo, useState } from 'react';
import type { JoinAnswer } from '../join/IdentityForm';
import { identityOfLink } from '../join/ProvenIdentity';
import { readBoardMemory, rememberBoard, type PersonalIdentity, type RememberedIdentity } from '../sync/boardMemory';
import type { BoardConnection } from '../sync/connection';

// Adding my organisation when I join is not an edit to take back with Ctrl+Z.
const joiningOrigin = { joining: true };

/**
 * Who I am on this board (asked once, remembered in this browser), and how to say it: pick one of
 * the board's partners, or name another organisation, which editors add to the board as a partner.
 * Throws an Error with a message for the form when the answer cannot be used. On a personal link
 * (`personal`) I am who the link names, never asked: `planLoaded` says when the board can tell my
 * organisation's partner.
 */
export function useJoin(connection: BoardConnection, boardId: string, role: Role, personal: PersonalIdentity | null, planLoaded: boolean) {
  const [declared, setIdentity] = useState<RememberedIdentity | undefined>(() => readBoardMemory(boardId).identity);
  const proven = useMemo(
    () => (personal && planLoaded ? identityOfLink(personal, readBoard(connection.doc)) : undefined),
    [personal, planLoaded, connection],
  );

  const join = useCallback(
    (answer: JoinAnswer) => {
      if (personal) throw new Error('Your name comes from the personal link you were sent, so it cannot be changed here.');
      const { partners } = readBoard(connection.doc);
      let next: RememberedIdentity;
      if (answer.partnerId) {
        const partner = partners.find((p) => p.id === answer.partnerId);
        if (!partner) throw new Error('That organisation has just been removed from the board. Pick another.');
        next = { name: answer.name, organisation: partner.name, partnerId: partner.id };
      } else if (answer.newOrganisation) {
        const wanted = answer.newOrganisation.name;
        const existing = partners.find((p) => p.name.trim().toLocaleLowerCase() === wanted.toLocaleLowerCase());
        if (existing) {
          next = { name: answer.name, organisation: existing.name, partnerId: existing.id };
        } else if (roleCanEdit(role)) {
          let partnerId = '';
          connection.doc.transact(() => {
            partnerId = createPartner(connection.doc, { name: wanted, kind: answer.newOrganisation?.kind ?? 'other' });
          }, joiningOrigin);
          next = { name: answer.name, organisation: wanted, partnerId };
        } else {
          next = { name: answer.name, organisation: wanted };
        }
      } else {
        throw new Error('Pick your organisation.');
      }
      rememberBoard(boardId, { identity: next });
      connection.setIdentity(next.name, next.organisation);
      setIdentity(next);
    },
    [connection, boardId, role, personal],
  );

  return { identity: personal ? proven : declared, join };
}
