import type { Board } from '@partnerboard/board';
import { createContext, useContext, type ReactNode } from 'react';
import type { PersonalIdentity, RememberedIdentity } from '../sync/boardMemory';

const ProvenIdentityContext = createContext<PersonalIdentity | null>(null);

/** Tells the board's header and dialogs that I opened it with a personal link naming me. */
export function ProvenIdentityProvider({ identity, children }: { identity: PersonalIdentity | null; children: ReactNode }) {
  return <ProvenIdentityContext.Provider value={identity}>{children}</ProvenIdentityContext.Provider>;
}

/** The person my personal link names, or null on a shared link (where I name myself). */
export function useProvenIdentity(): PersonalIdentity | null {
  return useContext(ProvenIdentityContext);
}

/**
 * Me as a personal link names me: its name and organisation, with the board's partner of that
 * person (or of that organisation's name), for its colour.
 */
export function identityOfLink(personal: PersonalIdentity, board: Board): RememberedIdentity {
  const person = personal.personId === null ? undefined : board.people.find((p) => p.id === personal.personId);
  const wanted = personal.organisation.trim().toLocaleLowerCase();
  const partner =
    board.partners.find((p) => p.id === person?.partnerId) ?? board.partners.find((p) => p.name.trim().toLocaleLowerCase() === wanted);
  const identity: RememberedIdentity = { name: personal.name, organisation: personal.organisation, personId: person?.id ?? null };
  if (partner) identity.partnerId = partner.id;
  return identity;
}
