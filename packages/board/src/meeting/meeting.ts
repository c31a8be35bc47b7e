import * as Y from 'yjs';
import { nowIso } from '../clock.js';
import { ensureMap, findMap, writeValue } from '../doc.js';
import { BoardError } from '../errors.js';
import { newId } from '../ids.js';
import { orderedItems, placeAmong, type Placement } from '../order.js';
import type { Id } from '../types.js';
import { parse } from '../validate.js';
import * as YMap from '../ymap.js';
import { agendaItemInput, agendaItemPatch, facilitatorInput, followInput, meetingItemInput, serverNow, type AgendaItemInput, type AgendaItemPatch, type FollowInput } from './schema.js';
import { meetingRunning, sessionMap } from './session.js';
import { writeTimer } from './timer.js';
import type { MeetingItemRef } from './types.js';

// The facilitator's writes to the live meeting. The server lets only a facilitator link write the
// session; these functions are what that facilitator's client calls.

function requireRunning(doc: Y.Doc): void {
  if (!meetingRunning(doc)) throw new BoardError('conflict', 'No meeting is running: start the meeting first.');
}

function agendaMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return ensureMap(sessionMap(doc), 'agenda') as Y.Map<Y.Map<unknown>>;
}

function requireAgendaItem(doc: Y.Doc, itemId: Id, field = 'itemId'): Y.Map<unknown> {
  const item = findMap(sessionMap(doc), 'agenda')?.get(itemId);
  if (!(item instanceof Y.Map)) throw new BoardError('not_found', 'That agenda item is no longer on the agenda.', field);
  return item as Y.Map<unknown>;
}

/** The goal, action or risk `ref` names, refused when it is not on the board. */
function requireItem(doc: Y.Doc, ref: MeetingItemRef, field: string): void {
  const collection = ({ goal: 'goals', action: 'actions', risk: 'risks' } as const)[ref.kind];
  if (!(doc.getMap(collection).get(ref.id) instanceof Y.Map)) throw new BoardError('not_found', `That ${ref.kind} is no longer on the board.`, field);
}

/**
 * Starts a meeting: a fresh vote list (the agenda, prepared before, is kept; the server starts a
 * fresh attendance), the first agenda item not yet done as the current item, and the timer idle.
 */
export function startMeeting(doc: Y.Doc, facilitator: { name: string; organisation: string }): void {
  const who = parse(facilitatorInput, facilitator, 'facilitator');
  if (meetingRunning(doc)) throw new BoardError('conflict', 'A meeting is already running on this board.');
  doc.transact(() => {
    const session = sessionMap(doc);
    const agenda = agendaMap(doc);
    const first = orderedItems(agenda).find(({ id }) => agenda.get(id)?.get('done') !== true);
    writeValue(session, 'startedAt', nowIso());
    writeValue(session, 'endedAt', null);
    session.set('facilitator', { name: who.name, organisation: who.organisation });
    writeValue(session, 'currentItemId', first?.id ?? null);
    session.set('timer', { endsAt: null, pausedRemainingMs: null });
    writeValue(session, 'follow', null);
    writeValue(session, 'spotlight', null);
    writeValue(session, 'openVoteId', null);
    // Made here, once, so that the server's vote results for this meeting land in the same map.
    session.set('votes', new Y.Map());
  });
}

/** Ends the running meeting: the timer stops, nobody follows, any open vote is cancelled. Its record stays for the minutes. */
export function endMeeting(doc: Y.Doc): void {
  requireRunning(doc);
  doc.transact(() => {
    const session = sessionMap(doc);
    const openVoteId = session.get('openVoteId');
    const vote = typeof openVoteId === 'string' ? findMap(session, 'votes')?.get(openVoteId) : undefined;
    if (vote instanceof Y.Map) vote.set('status', 'cancelled');
    writeValue(session, 'endedAt', nowIso());
    session.set('timer', { endsAt: null, pausedRemainingMs: null });
    writeValue(session, 'follow', null);
    writeValue(session, 'spotlight', null);
    writeValue(session, 'openVoteId', null);
  });
}

/** Adds an item to the agenda (last, or where `placement` says). */
export function addAgendaItem(doc: Y.Doc, input: AgendaItemInput, placement: Placement = {}): Id {
  const value = parse(agendaItemInput, input, 'agenda item');
  if (value.link?.kind === 'goal') requireGoal(doc, value.link.target);
  const id = newId();
  doc.transact(() => {
    const agenda = agendaMap(doc);
    const { order, rekeyed } = placeAmong(orderedItems(agenda), placement);
    for (const item of rekeyed) agenda.get(item.id)?.set('order', item.order);
    agenda.set(id, YMap.of({ title: value.title, minutes: value.minutes ?? 0, link: value.link ?? null, done: false, order }));
  });
  return id;
}

function requireGoal(doc: Y.Doc, goalId: Id): void {
  requireItem(doc, { kind: 'goal', id: goalId }, 'link');
}

/** Changes an agenda item: its title, timebox, link, or whether it is done. */
export function updateAgendaItem(doc: Y.Doc, itemId: Id, patch: AgendaItemPatch): void {
  const value = parse(agendaItemPatch, patch, 'agenda item');
  const item = requireAgendaItem(doc, itemId);
  if (value.link?.kind === 'goal') requireGoal(doc, value.link.target);
  doc.transact(() => {
    if (value.title !== undefined) writeValue(item, 'title', value.title);
    if (value.minutes !== undefined) writeValue(item, 'minutes', value.minutes);
    if (value.link !== undefined) item.set('link', value.link);
    if (value.done !== undefined) writeValue(item, 'done', value.done);
  });
}

/** Moves an agenda item before or after another. */
export function moveAgendaItem(doc: Y.Doc, itemId: Id, placement: Placement): void {
  const item = requireAgendaItem(doc, itemId);
  doc.transact(() => {
    const agenda = agendaMap(doc);
    const { order, rekeyed } = placeAmong(orderedItems(agenda, itemId), placement);
    for (const other of rekeyed) agenda.get(other.id)?.set('order', other.order);
    item.set('order', order);
  });
}

/** Takes an item off the agenda (the current item moves on to none). */
export function removeAgendaItem(doc: Y.Doc, itemId: Id): void {
  requireAgendaItem(doc, itemId);
  doc.transact(() => {
    const session = sessionMap(doc);
    agendaMap(doc).delete(itemId);
    if (session.get('currentItemId') === itemId) session.set('currentItemId', null);
  });
}

/**
 * Makes `itemId` the item everyone is on (null: none), marking the item left as done when
 * `markLeftDone`. With `now` (the server's time), starts the timer on the item's timebox.
 */
export function goToAgendaItem(doc: Y.Doc, itemId: Id | null, options: { markLeftDone?: boolean; now?: number } = {}): void {
  requireRunning(doc);
  const item = itemId === null ? null : requireAgendaItem(doc, itemId);
  const now = options.now === undefined ? undefined : parse(serverNow, options.now, 'server time');
  doc.transact(() => {
    const session = sessionMap(doc);
    const left = session.get('currentItemId');
    const leftItem = typeof left === 'string' && left !== itemId ? findMap(session, 'agenda')?.get(left) : undefined;
    if (options.markLeftDone && leftItem instanceof Y.Map) leftItem.set('done', true);
    writeValue(session, 'currentItemId', itemId);
    const minutes = item?.get('minutes');
    if (now !== undefined && typeof minutes === 'number' && minutes > 0) writeTimer(doc, { endsAt: now + minutes * 60_000, pausedRemainingMs: null });
  });
}

/** Brings everyone to the facilitator's view and selected item; followers go where the facilitator goes until stopped. */
export function bringEveryoneHere(doc: Y.Doc, place: FollowInput, now: number): void {
  requireRunning(doc);
  const value = parse(followInput, place, 'place');
  const calledAt = parse(serverNow, now, 'server time');
  doc.transact(() => sessionMap(doc).set('follow', { active: true, view: value.view, itemId: value.itemId, calledAt }));
}

/** Moves the place followers follow (the facilitator changed view or selection), without calling back those who stepped away; nothing while nobody is called. */
export function moveFollowedPlace(doc: Y.Doc, place: FollowInput): void {
  requireRunning(doc);
  const value = parse(followInput, place, 'place');
  const current = sessionMap(doc).get('follow') as { active?: unknown; calledAt?: unknown } | undefined;
  if (current?.active !== true || typeof current.calledAt !== 'number') return;
  const calledAt = current.calledAt;
  doc.transact(() => sessionMap(doc).set('follow', { active: true, view: value.view, itemId: value.itemId, calledAt }));
}

/** Lets everyone go their own way again. */
export function stopFollowing(doc: Y.Doc): void {
  doc.transact(() => writeValue(sessionMap(doc), 'follow', null));
}

/** Highlights one goal, action or risk for everyone (null: none). */
export function setSpotlight(doc: Y.Doc, item: MeetingItemRef | null): void {
  requireRunning(doc);
  if (item === null) {
    doc.transact(() => writeValue(sessionMap(doc), 'spotlight', null));
    return;
  }
  const value = parse(meetingItemInput, item, 'spotlight');
  requireItem(doc, value, 'spotlight');
  doc.transact(() => sessionMap(doc).set('spotlight', { kind: value.kind, id: value.id }));
}
