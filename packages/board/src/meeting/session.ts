import * as Y from 'yjs';
import { findMap, readNumber, readString } from '../doc.js';
import { compareOrder } from '../order.js';
import type { Id } from '../types.js';
import {
  agendaLinkKinds,
  attendeeRoles,
  captureKinds,
  meetingItemKinds,
  type AgendaItem,
  type AgendaLink,
  type Attendee,
  type Capture,
  type FollowFacilitator,
  type MeetingItemRef,
  type MeetingSession,
  type MeetingTimer,
  type Vote,
  type VoteResult,
} from './types.js';

// The live meeting is the document's `session` map, which only a facilitator writes. Nested
// collections (agenda, votes) are maps keyed by id; single values (timer, follow, spotlight) are
// plain records replaced whole by the one facilitator. Who attended, what was captured and the
// results of votes are the server's records, in parts of their own that no client may write (not
// even a facilitator, who could otherwise write false results), keyed to the meeting by its start.
// Reads are defensive, as everywhere: a value of the wrong shape reads as empty.

/** The top-level maps where the server records who attended, what was captured and how votes came out: parts no client may write. */
export const attendancePart = 'meetingAttendance';
export const capturesPart = 'meetingCaptures';
export const voteResultsPart = 'meetingVoteResults';

/** The document's `session` map. */
export function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('session');
}

const idleTimer: MeetingTimer = { endsAt: null, pausedRemainingMs: null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function readItemRef(value: unknown): MeetingItemRef | null {
  if (!isRecord(value) || !oneOf(meetingItemKinds, value.kind) || typeof value.id !== 'string') return null;
  return { kind: value.kind, id: value.id };
}

function readLink(value: unknown): AgendaLink | null {
  if (!isRecord(value) || !oneOf(agendaLinkKinds, value.kind) || typeof value.target !== 'string') return null;
  return { kind: value.kind, target: value.target };
}

function readTimer(value: unknown): MeetingTimer {
  if (!isRecord(value)) return idleTimer;
  return { endsAt: numberOrNull(value.endsAt), pausedRemainingMs: numberOrNull(value.pausedRemainingMs) };
}

function readFollow(value: unknown): FollowFacilitator | null {
  if (!isRecord(value) || typeof value.view !== 'string') return null;
  return { active: value.active === true, view: value.view, itemId: stringOrNull(value.itemId), calledAt: numberOrNull(value.calledAt) ?? 0 };
}

function entriesOf(session: Y.Map<unknown>, key: string): [Id, unknown][] {
  const map = findMap(session, key);
  return map ? Array.from(map.entries()) : [];
}

function readAgenda(session: Y.Map<unknown>): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const [id, value] of entriesOf(session, 'agenda')) {
    if (!(value instanceof Y.Map)) continue;
    const item = value as Y.Map<unknown>;
    items.push({
      id,
      title: readString(item, 'title'),
      minutes: readNumber(item, 'minutes', 0),
      link: readLink(item.get('link')),
      done: item.get('done') === true,
      order: readString(item, 'order'),
    });
  }
  return items.sort(compareOrder);
}

function readList<T>(map: Y.Map<unknown>, key: string, read: (value: unknown) => T | null): T[] {
  const list = map.get(key);
  if (!(list instanceof Y.Array)) return [];
  return (list.toArray() as unknown[]).map(read).filter((value): value is T => value !== null);
}

function readResult(value: unknown): VoteResult | null {
  const ref = readItemRef(isRecord(value) ? { kind: value.kind, id: value.id } : null);
  return ref && isRecord(value) && typeof value.dots === 'number' ? { ...ref, dots: value.dots } : null;
}

/** One vote of the session, or null when there is no such vote. */
export function readVote(doc: Y.Doc, voteId: Id): Vote | null {
  const value = findMap(sessionMap(doc), 'votes')?.get(voteId);
  return value instanceof Y.Map ? voteOf(doc, voteId, value as Y.Map<unknown>) : null;
}

/**
 * A vote as the facilitator opened it, with its results as the server wrote them at the reveal: a
 * vote is revealed only when the server's results say so; one the session alone calls revealed
 * (a write no honest client makes) reads as closed without a result.
 */
function voteOf(doc: Y.Doc, id: Id, vote: Y.Map<unknown>): Vote {
  const status = vote.get('status');
  const revealed = doc.getMap(voteResultsPart).get(id);
  const result = isRecord(revealed) && typeof revealed.revealedAt === 'string' ? revealed : null;
  return {
    id,
    question: result && typeof result.question === 'string' ? result.question : readString(vote, 'question'),
    items: readList(vote, 'items', readItemRef),
    dots: readNumber(vote, 'dots', 1),
    viewersMayVote: vote.get('viewersMayVote') === true,
    status: result ? 'revealed' : status === 'open' ? 'open' : 'cancelled',
    openedAt: readString(vote, 'openedAt'),
    revealedAt: result ? (result.revealedAt as string) : null,
    voters: result && typeof result.voters === 'number' ? result.voters : 0,
    results: result && Array.isArray(result.results) ? result.results.map(readResult).filter((each): each is VoteResult => each !== null) : [],
  };
}

function readVotes(doc: Y.Doc, session: Y.Map<unknown>): Vote[] {
  const votes: Vote[] = [];
  for (const [id, value] of entriesOf(session, 'votes')) if (value instanceof Y.Map) votes.push(voteOf(doc, id, value as Y.Map<unknown>));
  return votes.sort((a, b) => (a.openedAt === b.openedAt ? (a.id < b.id ? -1 : 1) : a.openedAt < b.openedAt ? -1 : 1));
}

/** The server's records of the meeting that started at `meeting` (see attendance.ts). */
function recordsOf(doc: Y.Doc, part: string, meeting: string | null): [Id, Record<string, unknown>][] {
  if (meeting === null) return [];
  const records: [Id, Record<string, unknown>][] = [];
  doc.getMap(part).forEach((value, id) => {
    if (isRecord(value) && value.meeting === meeting) records.push([id, value]);
  });
  return records;
}

function readAttendance(doc: Y.Doc, meeting: string | null): Attendee[] {
  const attendees: Attendee[] = [];
  for (const [id, value] of recordsOf(doc, attendancePart, meeting)) {
    if (typeof value.name !== 'string' || typeof value.joinedAt !== 'string') continue;
    attendees.push({
      id,
      name: value.name,
      organisation: typeof value.organisation === 'string' ? value.organisation : '',
      role: oneOf(attendeeRoles, value.role) ? value.role : 'viewer',
      verified: value.verified === true,
      joinedAt: value.joinedAt,
      leftAt: stringOrNull(value.leftAt),
    });
  }
  return attendees.sort((a, b) => (a.joinedAt === b.joinedAt ? a.name.localeCompare(b.name) : a.joinedAt < b.joinedAt ? -1 : 1));
}

function readCaptures(doc: Y.Doc, meeting: string | null): Capture[] {
  const captures: Capture[] = [];
  for (const [id, value] of recordsOf(doc, capturesPart, meeting)) {
    if (!oneOf(captureKinds, value.kind) || typeof value.at !== 'string') continue;
    captures.push({ id, kind: value.kind, agendaItemId: stringOrNull(value.agendaItemId), at: value.at });
  }
  return captures.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
}

/** The live meeting as plain data (an empty session when no meeting was ever started). */
export function readSession(doc: Y.Doc): MeetingSession {
  const session = sessionMap(doc);
  const facilitator = session.get('facilitator');
  const startedAt = stringOrNull(session.get('startedAt'));
  return {
    startedAt,
    endedAt: stringOrNull(session.get('endedAt')),
    facilitator: isRecord(facilitator) && typeof facilitator.name === 'string' ? { name: facilitator.name, organisation: typeof facilitator.organisation === 'string' ? facilitator.organisation : '' } : null,
    agenda: readAgenda(session),
    currentItemId: stringOrNull(session.get('currentItemId')),
    timer: readTimer(session.get('timer')),
    follow: readFollow(session.get('follow')),
    spotlight: readItemRef(session.get('spotlight')),
    openVoteId: stringOrNull(session.get('openVoteId')),
    votes: readVotes(doc, session),
    attendance: readAttendance(doc, startedAt),
    captures: readCaptures(doc, startedAt),
  };
}

/** True while a meeting is running: started and not yet ended. */
export function isMeetingRunning(session: Pick<MeetingSession, 'startedAt' | 'endedAt'>): boolean {
  return session.startedAt !== null && session.endedAt === null;
}

/** True while the board's meeting is running, read without reading the whole session. */
export function meetingRunning(doc: Y.Doc): boolean {
  const session = sessionMap(doc);
  return typeof session.get('startedAt') === 'string' && typeof session.get('endedAt') !== 'string';
}

/** The vote open now, or null. */
export function currentVote(session: Pick<MeetingSession, 'openVoteId' | 'votes'>): Vote | null {
  return session.votes.find((vote) => vote.id === session.openVoteId && vote.status === 'open') ?? null;
}

/** The board's open vote, read without reading the whole session (the server reads it for every ballot). */
export function readOpenVote(doc: Y.Doc): Vote | null {
  const id = sessionMap(doc).get('openVoteId');
  if (typeof id !== 'string') return null;
  const vote = readVote(doc, id);
  return vote?.status === 'open' ? vote : null;
}
