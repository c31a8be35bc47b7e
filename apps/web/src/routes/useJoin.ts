import { readBoard } from '@partnerboard/board';
import { roleCanEdit, type Role } from '@partnerboard/protocol';
import { useCallback, useMemo, useState } from 'react';
import { applyJoinAnswer, type JoinAnswer } from '../join/joinAnswer';
import { identityOfLink } from '../join/ProvenIdentity';
import { readBoardMemory, rememberBoard, type PersonalIdentity, type RememberedIdentity } from '../sync/boardMemory';
import type { BoardConnection } from '../sync/connection';

// Adding my organisation or myself when I join is not an edit to take back with Ctrl+Z.
const joiningOrigin = { joining: true };

/**
 * Who I am on this board (asked once, remembered in this browser), and how to say it: pick one of
 * the board's partners, or name another organisation, which editors add to the board as a partner;
 * then pick myself from its people, or (editors) add myself, or go on without being in the plan.
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
      const next = applyJoinAnswer(connection.doc, answer, roleCanEdit(role), joiningOrigin);
      rememberBoard(boardId, { identity: next });
      connection.setIdentity(next.name, next.organisation);
      setIdentity(next);
    },
    [connection, boardId, role, personal],
  );

  return { identity: personal ? proven : declared, join };
}
