import * as Y from 'yjs';
import { deleteCommentsOn } from './comments.js';
import { collection, metaMap, readString, removeFromIdSet, requireEntity, writeValue } from './doc.js';
import { BoardError } from './errors.js';
import { newId } from './ids.js';
import type { Placement } from './order.js';
import { orderForMove, orderForNew, writeOrder } from './place.js';
import { partnerInput, partnerPatch, type PartnerInput, type PartnerPatch } from './schema.js';
import type { Id } from './types.js';
import { parse } from './validate.js';
import { partnerColours } from './vocabulary.js';
import * as YMap from './ymap.js';

function requireLeadOf(doc: Y.Doc, partnerId: Id | null, leadPersonId: Id | null | undefined): void {
  if (leadPersonId === null || leadPersonId === undefined) return;
  const person = requireEntity(doc, 'people', leadPersonId, 'leadPersonId');
  if (readString(person, 'partnerId') !== partnerId) {
    throw new BoardError('invalid', "The partner lead must be someone from that organisation.", 'leadPersonId');
  }
}

/**
 * Adds a partner organisation at the end of the list; it gets the next unused colour unless one is
 * given. Its lead must work for it, so set leadPersonId with updatePartner once its people are added.
 */
export function createPartner(doc: Y.Doc, input: PartnerInput): Id {
  const value = parse(partnerInput, input, 'partner organisation');
  requireLeadOf(doc, null, value.leadPersonId);
  const partners = collection(doc, 'partners');
  const used = new Set(Array.from(partners.values(), (partner) => readString(partner, 'colour')));
  const colour = value.colour ?? partnerColours.find((c) => !used.has(c)) ?? partnerColours[partners.size % partnerColours.length];
  const id = newId();
  const order = orderForNew(doc, 'partners', undefined);
  doc.transact(() => {
    partners.set(id, YMap.of({ name: value.name, kind: value.kind, colour, leadPersonId: null, order: order.order }));
    // The partner's expectations text is made now, so two people starting to write it at once share one text.
    const agreement = metaMap(doc).get('agreement');
    const expectations = agreement instanceof Y.Map ? agreement.get('expectations') : undefined;
    if (expectations instanceof Y.Map) expectations.set(id, new Y.Text());
  });
  return id;
}

/** Changes a partner's name, kind, colour or lead (who must work for it). */
export function updatePartner(doc: Y.Doc, id: Id, patch: PartnerPatch): void {
  const value = parse(partnerPatch, patch, 'partner organisation');
  const partner = requireEntity(doc, 'partners', id);
  requireLeadOf(doc, id, value.leadPersonId);
  doc.transact(() => {
    if (value.name !== undefined) writeValue(partner, 'name', value.name);
    if (value.kind !== undefined) writeValue(partner, 'kind', value.kind);
    if (value.colour !== undefined) writeValue(partner, 'colour', value.colour);
    if (value.leadPersonId !== undefined) writeValue(partner, 'leadPersonId', value.leadPersonId);
  });
}

/** Moves a partner within the list of partners. */
export function movePartner(doc: Y.Doc, id: Id, place: Placement): void {
  requireEntity(doc, 'partners', id);
  const order = orderForMove(doc, 'partners', id, place);
  doc.transact(() => writeOrder(doc, 'partners', id, order));
}

/**
 * Removes a partner organisation. Refuses while people belong to it, unless `movePeopleTo` names the
 * organisation they move to. Its commitments go with it; it is taken off goals, decisions and the agreement.
 */
export function deletePartner(doc: Y.Doc, id: Id, opts: { movePeopleTo?: Id } = {}): void {
  requireEntity(doc, 'partners', id);
  const people = Array.from(collection(doc, 'people').entries()).filter(([, person]) => readString(person, 'partnerId') === id);
  const target = opts.movePeopleTo;
  if (target !== undefined) {
    if (target === id) throw new BoardError('invalid', 'Choose a different organisation for its people to move to.', 'movePeopleTo');
    requireEntity(doc, 'partners', target, 'movePeopleTo');
  } else if (people.length > 0) {
    throw new BoardError(
      'conflict',
      `${people.length === 1 ? 'One person belongs' : `${people.length} people belong`} to this organisation. Move them to another organisation first.`,
      'movePeopleTo',
    );
  }
  doc.transact(() => {
    for (const [, person] of people) person.set('partnerId', target);
    for (const goal of collection(doc, 'goals').values()) removeFromIdSet(goal, 'partnerIds', id);
    for (const decision of collection(doc, 'decisions').values()) removeFromIdSet(decision, 'agreedByPartnerIds', id);
    const gone = new Set([id]);
    const commitments = collection(doc, 'commitments');
    for (const [commitmentId, commitment] of Array.from(commitments.entries())) {
      if (readString(commitment, 'partnerId') !== id) continue;
      commitments.delete(commitmentId);
      gone.add(commitmentId);
    }
    const agreement = metaMap(doc).get('agreement');
    if (agreement instanceof Y.Map) {
      for (const key of ['expectations', 'signOffs']) {
        const part = agreement.get(key);
        if (part instanceof Y.Map && part.has(id)) part.delete(id);
      }
    }
    deleteCommentsOn(doc, gone);
    collection(doc, 'partners').delete(id);
  });
}
