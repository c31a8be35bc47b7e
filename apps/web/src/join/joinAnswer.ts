import { createPartner, createPerson, readBoard, type PartnerKind } from '@partnerboard/board';
import type * as Y from 'yjs';
import type { RememberedIdentity } from '../sync/boardMemory';

/** A new organisation the user is joining for; created as a partner when their link can edit. */
export interface NewOrganisation {
  name: string;
  kind: PartnerKind;
}

/** Where the user is in the plan: one of their organisation's people, a person to add, or nobody. */
export type PlanPlace = { kind: 'person'; personId: string } | { kind: 'add' } | { kind: 'none' };

/** Who the user says they are: one of the board's partners or a new organisation, and their place in the plan. */
export interface JoinAnswer {
  /** The name they typed (unused when they picked a person: then they are that person). */
  name: string;
  partnerId?: string;
  newOrganisation?: NewOrganisation;
  place: PlanPlace;
}

/**
 * Turns an answer to "who are you" into who I am on this board, adding to the plan what the answer
 * asks (a new organisation as a partner, me as a person in it) when my link can edit, in one
 * transaction with `origin`. Throws an Error whose message the form shows when the answer cannot be
 * used (the partner or person was removed meanwhile, or a viewer asks to be added).
 */
export function applyJoinAnswer(doc: Y.Doc, answer: JoinAnswer, canEdit: boolean, origin: object): RememberedIdentity {
  const { partners, people } = readBoard(doc);
  const { place } = answer;
  if (place.kind === 'add' && !canEdit) throw new Error('This link is view only, so you cannot be added to the plan. Pick yourself if you are listed, or go on without.');

  let partner: { id: string; name: string } | undefined;
  if (answer.partnerId) {
    partner = partners.find((p) => p.id === answer.partnerId);
    if (!partner) throw new Error('That organisation has just been removed from the board. Choose another.');
  } else if (answer.newOrganisation) {
    const wanted = answer.newOrganisation.name;
    partner = partners.find((p) => p.name.trim().toLocaleLowerCase() === wanted.toLocaleLowerCase());
  } else {
    throw new Error('Choose your organisation.');
  }

  if (place.kind === 'person') {
    const person = people.find((p) => p.id === place.personId);
    if (!person || person.partnerId !== partner?.id) throw new Error('That person has just been removed from the plan. Choose again.');
    return { name: person.name, organisation: partner.name, partnerId: partner.id, personId: person.id };
  }

  const organisation = partner?.name ?? answer.newOrganisation?.name ?? '';
  if (!canEdit) {
    const identity: RememberedIdentity = { name: answer.name, organisation, personId: null };
    if (partner) identity.partnerId = partner.id;
    return identity;
  }
  let partnerId = partner?.id ?? '';
  let personId: string | null = null;
  doc.transact(() => {
    if (!partnerId) partnerId = createPartner(doc, { name: organisation, kind: answer.newOrganisation?.kind ?? 'other' });
    if (place.kind === 'add') personId = createPerson(doc, { name: answer.name, partnerId });
  }, origin);
  return { name: answer.name, organisation, partnerId, personId };
}
