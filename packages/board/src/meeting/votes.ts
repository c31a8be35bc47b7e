import * as Y from 'yjs';
import { nowIso } from '../clock.js';
import { ensureMap, findMap, writeValue } from '../doc.js';
import { BoardError } from '../errors.js';
import { newId } from '../ids.js';
import type { Id } from '../types.js';
import { parse } from '../validate.js';
import * as YMap from '../ymap.js';
import { voteInput, type VoteInput } from './schema.js';
import { recordsFor, runningMeeting } from './attendance.js';
import { meetingRunning, readVote, sessionMap, voteResultsPart } from './session.js';
import type { AttendeeRole, Vote, VoteResult } from './types.js';

// A dot vote in three steps: the facilitator opens it here (its question, items and dots per
// person go in the document); each ballot goes to the server alone (the `vote-cast` message) and
// stays there; at the reveal the server writes the tally (revealVote) into a part only it writes.
// So nobody's dots are ever in the document, no client can learn them before the reveal, and no
// link, not even a facilitator's, can write a result.

const collectionOf = { goal: 'goals', action: 'actions', risk: 'risks' } as const;

/** Opens a vote on goals, actions or risks, with `dots` per participant; any vote still open is cancelled. */
export function openVote(doc: Y.Doc, input: VoteInput): Id {
  const value = parse(voteInput, input, 'vote');
  if (!meetingRunning(doc)) throw new BoardError('conflict', 'No meeting is running: start the meeting first.');
  for (const item of value.items) {
    if (!(doc.getMap(collectionOf[item.kind]).get(item.id) instanceof Y.Map)) throw new BoardError('not_found', `That ${item.kind} is no longer on the board.`, 'items');
  }
  if (value.dots > value.items.length) throw new BoardError('invalid', `Each person can have at most one dot per item: at most ${value.items.length} dots.`, 'dots');
  const id = newId();
  doc.transact(() => {
    const session = sessionMap(doc);
    cancelOpenVote(session);
    const items = new Y.Array<unknown>();
    items.push(value.items.map((item) => ({ kind: item.kind, id: item.id })));
    ensureMap(session, 'votes').set(
      id,
      YMap.of({
        question: value.question,
        items,
        dots: value.dots,
        viewersMayVote: value.viewersMayVote ?? false,
        status: 'open',
        openedAt: nowIso(),
      }),
    );
    session.set('openVoteId', id);
  });
  return id;
}

function cancelOpenVote(session: Y.Map<unknown>): void {
  const openId = session.get('openVoteId');
  const open = typeof openId === 'string' ? findMap(session, 'votes')?.get(openId) : undefined;
  if (open instanceof Y.Map && open.get('status') === 'open') open.set('status', 'cancelled');
  writeValue(session, 'openVoteId', null);
}

/** Closes the open vote without a result. */
export function cancelVote(doc: Y.Doc): void {
  doc.transact(() => cancelOpenVote(sessionMap(doc)));
}

/**
 * Why a ballot may not be cast on `vote` by someone holding `role`, or null when it may: the vote
 * is open, the voter may vote, and the dots are on the vote's items, at most one on each, and no
 * more than the vote gives each person. A ballot is a voter's whole choice (an empty one takes their dots back).
 */
export function ballotProblem(vote: Vote | null, role: AttendeeRole, itemIds: readonly string[]): string | null {
  if (!vote || vote.status !== 'open') return 'This vote is closed.';
  if (role === 'viewer' && !vote.viewersMayVote) return 'This vote is for editors and facilitators: your link is view only.';
  const onVote = new Set(vote.items.map((item) => item.id));
  if (itemIds.some((id) => !onVote.has(id))) return 'A dot is on something that is not on this vote.';
  if (new Set(itemIds).size !== itemIds.length) return 'Each person can put one dot on an item.';
  if (itemIds.length > vote.dots) return `Each person has ${vote.dots} ${vote.dots === 1 ? 'dot' : 'dots'}.`;
  return null;
}

/** Counts the ballots (each a voter's item ids) on `vote`: every item with its dots, most first, ties in the vote's order. */
export function tallyVote(vote: Vote, ballots: Iterable<readonly string[]>): { voters: number; results: VoteResult[] } {
  const dots = new Map(vote.items.map((item) => [item.id, 0]));
  let voters = 0;
  for (const ballot of ballots) {
    if (ballot.length === 0) continue;
    voters += 1;
    for (const id of new Set(ballot)) if (dots.has(id)) dots.set(id, (dots.get(id) ?? 0) + 1);
  }
  const results = vote.items.map((item, index) => ({ kind: item.kind, id: item.id, dots: dots.get(item.id) ?? 0, index }));
  results.sort((a, b) => b.dots - a.dots || a.index - b.index);
  return { voters, results: results.map(({ kind, id, dots: count }) => ({ kind, id, dots: count })) };
}

/**
 * Writes the result of the open vote `voteId` from the ballots the server held, into the part only
 * the server writes (the results of earlier meetings' votes go), and closes the vote in the session.
 */
export function revealVote(doc: Y.Doc, voteId: Id, ballots: Iterable<readonly string[]>): Vote {
  const vote = readVote(doc, voteId);
  if (!vote) throw new BoardError('not_found', 'That vote is no longer on the board.', 'voteId');
  if (vote.status !== 'open') throw new BoardError('conflict', 'That vote is not open.', 'voteId');
  const meeting = runningMeeting(doc);
  if (meeting === null) throw new BoardError('conflict', 'No meeting is running: the vote closed with it.', 'voteId');
  const { voters, results } = tallyVote(vote, ballots);
  const revealedAt = nowIso();
  doc.transact(() => {
    const session = sessionMap(doc);
    recordsFor(doc, voteResultsPart, meeting).set(voteId, { meeting, question: vote.question, voters, results: results.map((result) => ({ ...result })), revealedAt });
    (findMap(session, 'votes')?.get(voteId) as Y.Map<unknown>).set('status', 'revealed');
    if (session.get('openVoteId') === voteId) session.set('openVoteId', null);
  });
  return { ...vote, status: 'revealed', revealedAt, voters, results };
}
