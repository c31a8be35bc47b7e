import * as Y from 'yjs';
import { deleteCommentsOn } from './comments.js';
import { collection, metaMap, readString, removeFromIdSet, requireEntity, writeValue } from './doc.js';
import { BoardError } from './errors.js';
import { newId } from './ids.js';
import type { Placement } from './order.js';
import { orderForMove, orderForNew, writeOrder } from './place.js';
import { personInput, personPatch, type PersonInput, type PersonPatch } from './schema.js';
import type { Id } from './types.js';
import { parse } from './validate.js';
import * as YMap from './ymap.js';

/** Adds a person who can own goals, actions and risks; they belong to one partner organisation. */
export function createPerson(doc: Y.Doc, input: PersonInput): Id {
  const value = parse(personInput, input, 'person');
  requireEntity(doc, 'partners', value.partnerId, 'partnerId');
  const id = newId();
  const order = orderForNew(doc, 'people', undefined);
  doc.transact(() => {
    collection(doc, 'people').set(
      id,
      YMap.of({ name: value.name, partnerId: value.partnerId, role: value.role ?? '', contact: value.contact ?? '', order: order.order }),
    );
  });
  return id;
}

/** Changes a person's name, organisation, role or contact details. Moving organisation ends their role as its lead. */
export function updatePerson(doc: Y.Doc, id: Id, patch: PersonPatch): void {
  const value = parse(personPatch, patch, 'person');
  const person = requireEntity(doc, 'people', id);
  if (value.partnerId !== undefined) requireEntity(doc, 'partners', value.partnerId, 'partnerId');
  const oldPartnerId = readString(person, 'partnerId');
  doc.transact(() => {
    if (value.name !== undefined) writeValue(person, 'name', value.name);
    if (value.role !== undefined) writeValue(person, 'role', value.role);
    if (value.contact !== undefined) writeValue(person, 'contact', value.contact);
    if (value.partnerId !== undefined && value.partnerId !== oldPartnerId) {
      person.set('partnerId', value.partnerId);
      const oldPartner = collection(doc, 'partners').get(oldPartnerId);
      if (oldPartner?.get('leadPersonId') === id) oldPartner.set('leadPersonId', null);
    }
  });
}

/** Moves a person within the list of people. */
export function movePerson(doc: Y.Doc, id: Id, place: Placement): void {
  requireEntity(doc, 'people', id);
  const order = orderForMove(doc, 'people', id, place);
  doc.transact(() => writeOrder(doc, 'people', id, order));
}

const accountableIn = [
  ['goals', 'goal'],
  ['actions', 'action'],
  ['risks', 'risk'],
] as const;

/** What `id` is accountable for: each collection's entity ids where they are the owner. */
function ownedBy(doc: Y.Doc, id: Id): { name: 'goals' | 'actions' | 'risks'; ids: Id[] }[] {
  return accountableIn.map(([name]) => ({
    name,
    ids: Array.from(collection(doc, name).entries())
      .filter(([, entity]) => entity.get('ownerId') === id)
      .map(([entityId]) => entityId),
  }));
}

function describeOwnership(owned: ReturnType<typeof ownedBy>, isLeadProfessional: boolean): string {
  const parts = owned
    .filter(({ ids }) => ids.length > 0)
    .map(({ name, ids }) => {
      const word = accountableIn.find(([n]) => n === name)?.[1] ?? name;
      return `${ids.length} ${word}${ids.length === 1 ? '' : 's'}`;
    });
  if (isLeadProfessional) parts.push('the lead professional role');
  return parts.join(', ');
}

/**
 * Removes a person. They are taken off every Responsible / Consulted / Informed list and any partner
 * lead. If they are the accountable owner of a goal, action or risk, or the lead professional, it
 * refuses unless `reassignTo` names who takes those over: accountability is never left empty silently.
 */
export function deletePerson(doc: Y.Doc, id: Id, opts: { reassignTo?: Id } = {}): void {
  const person = requireEntity(doc, 'people', id);
  const successor = opts.reassignTo;
  if (successor !== undefined) {
    if (successor === id) throw new BoardError('invalid', 'Choose someone else to take over their responsibilities.', 'reassignTo');
    requireEntity(doc, 'people', successor, 'reassignTo');
  }
  const owned = ownedBy(doc, id);
  const meta = metaMap(doc);
  const isLeadProfessional = meta.get('leadPersonId') === id;
  if (successor === undefined && (isLeadProfessional || owned.some(({ ids }) => ids.length > 0))) {
    throw new BoardError(
      'conflict',
      `${readString(person, 'name')} is accountable for ${describeOwnership(owned, isLeadProfessional)}. Choose who takes over before removing them.`,
      'reassignTo',
    );
  }
  doc.transact(() => {
    for (const { name, ids } of owned) for (const entityId of ids) collection(doc, name).get(entityId)?.set('ownerId', successor);
    if (isLeadProfessional) meta.set('leadPersonId', successor);
    for (const action of collection(doc, 'actions').values()) {
      for (const key of ['responsibleIds', 'consultedIds', 'informedIds']) removeFromIdSet(action, key, id);
    }
    for (const decision of collection(doc, 'decisions').values()) removeFromIdSet(decision, 'consultedIds', id);
    for (const partner of collection(doc, 'partners').values()) if (partner instanceof Y.Map && partner.get('leadPersonId') === id) partner.set('leadPersonId', null);
    deleteCommentsOn(doc, new Set([id]));
    collection(doc, 'people').delete(id);
  });
}
