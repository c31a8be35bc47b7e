import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction } from '../actions.js';
import { smallBoard } from '../test-support.js';
import { BoardUpdateCheck, checkWholeBoard } from '../updateCheck.js';
import { recordAttendance, recordCaptures } from './attendance.js';
import { addAgendaItem, bringEveryoneHere, endMeeting, goToAgendaItem, setSpotlight, startMeeting } from './meeting.js';
import { addTime, pauseTimer, startTimer } from './timer.js';
import { readVote } from './session.js';
import { openVote, revealVote } from './votes.js';

// The server checks every update to the session against documentShape.ts before it stores or shares it.

/** A server's copy of a board and a facilitator's client; each client transaction is checked and, when accepted, applied to the server. */
function serverAndFacilitator() {
  const board = smallBoard();
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(board.doc));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const problems: (string | null)[] = [];
  client.on('update', (update: Uint8Array) => {
    const verdict = new BoardUpdateCheck(server).check(update);
    problems.push(verdict.ok ? null : verdict.problem);
    if (verdict.ok) Y.applyUpdate(server, update);
  });
  return { ...board, server, client, problems };
}

/** The problem the server finds in an update that sets `key` of the session to `value`. */
function problemWith(key: string, value: unknown, start?: (doc: Y.Doc) => void): string | null {
  const { client, problems } = serverAndFacilitator();
  start?.(client);
  problems.length = 0;
  client.getMap('session').set(key, value);
  return problems[0] ?? null;
}

describe('the shape of the meeting session', () => {
  it("accepts every write of the facilitator's and the server's to a meeting", () => {
    const { client, server, problems, goal } = serverAndFacilitator();
    const item = addAgendaItem(client, { title: 'Discharge plan', minutes: 20, link: { kind: 'goal', target: goal } });
    addAgendaItem(client, { title: 'Next steps', link: { kind: 'view', target: 'decisions' } });
    startMeeting(client, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    goToAgendaItem(client, item, { now: 1_800_000_000_000 });
    pauseTimer(client, 1_800_000_060_000);
    addTime(client, 5, 1_800_000_060_000);
    startTimer(client, 3, 1_800_000_060_000);
    bringEveryoneHere(client, { view: 'board', itemId: goal }, 1_800_000_060_000);
    setSpotlight(client, { kind: 'goal', id: goal });
    const action = createAction(client, { title: 'Book transport', goalId: goal });
    const other = createAction(client, { title: 'Arrange care', goalId: goal });
    openVote(client, { question: 'What first?', items: [{ kind: 'action', id: action }, { kind: 'action', id: other }], dots: 1, viewersMayVote: true });
    endMeeting(client);
    expect(problems.filter((problem) => problem !== null)).toEqual([]);
    expect(checkWholeBoard(server).ok).toBe(true);
  });

  it("accepts the server's results of a vote, and refuses them from any client, the facilitator's included", () => {
    const { client, problems, goal } = serverAndFacilitator();
    startMeeting(client, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    const action = createAction(client, { title: 'Book transport', goalId: goal });
    const other = createAction(client, { title: 'Arrange care', goalId: goal });
    const vote = openVote(client, { question: 'What first?', items: [{ kind: 'action', id: action }, { kind: 'action', id: other }], dots: 1 });
    problems.length = 0;
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const before = Y.encodeStateVector(server);
    revealVote(server, vote, [[action], [action], [other]]);
    const reveal = Y.encodeStateAsUpdate(server, before);
    const base = new Y.Doc();
    Y.applyUpdate(base, Y.encodeStateAsUpdate(client));
    expect(new BoardUpdateCheck(base, { server: true }).check(reveal).ok).toBe(true);
    expect(new BoardUpdateCheck(base).check(reveal)).toMatchObject({ ok: false, problem: expect.stringMatching(/meetingVoteResults|no part/) });
    // A facilitator who writes the results as the server would is refused, and one who only marks the vote revealed reveals nothing.
    revealVote(client, vote, [[other], [other]]);
    expect(problems).toEqual([expect.stringMatching(/meetingVoteResults|no part/)]);
  });

  it('reads a vote the session alone calls revealed as closed, with no result', () => {
    const { client, goal } = serverAndFacilitator();
    startMeeting(client, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    const action = createAction(client, { title: 'Book transport', goalId: goal });
    const other = createAction(client, { title: 'Arrange care', goalId: goal });
    const vote = openVote(client, { question: 'What first?', items: [{ kind: 'action', id: action }, { kind: 'action', id: other }], dots: 1 });
    ((client.getMap('session').get('votes') as Y.Map<Y.Map<unknown>>).get(vote) as Y.Map<unknown>).set('status', 'revealed');
    expect(readVote(client, vote)).toMatchObject({ status: 'cancelled', voters: 0, results: [] });
  });

  it("accepts the server's records of attendance and captures, and refuses them from any client", () => {
    const { client, problems, goal } = serverAndFacilitator();
    startMeeting(client, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    const action = createAction(client, { title: 'Book transport', goalId: goal });
    problems.length = 0;
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const before = Y.encodeStateVector(server);
    recordAttendance(server, [{ identity: { name: 'Priya Shah', organisation: 'Riverside NHS Trust', role: 'viewer', verified: false }, present: true, at: '2026-03-10T10:00:00.000Z' }]);
    recordCaptures(server, [{ kind: 'action', id: action }], '2026-03-10T10:01:00.000Z');
    const records = Y.encodeStateAsUpdate(server, before);
    const base = new Y.Doc();
    Y.applyUpdate(base, Y.encodeStateAsUpdate(client));
    expect(new BoardUpdateCheck(base, { server: true }).check(records).ok).toBe(true);
    const fromClient = new BoardUpdateCheck(base).check(records);
    expect(fromClient.ok).toBe(false);
    // The facilitator's client cannot write who attended either.
    recordAttendance(client, [{ identity: { name: 'Nobody', organisation: 'Forged', role: 'editor', verified: true }, present: true, at: '2026-03-10T10:00:00.000Z' }]);
    expect(problems).toEqual([expect.stringMatching(/meetingAttendance|no part/)]);
  });

  it('refuses a field the session does not have', () => {
    expect(problemWith('focus', 'everyone')).toMatch(/no field "focus"/);
  });

  it('refuses a timer that is not in server milliseconds', () => {
    expect(problemWith('timer', { endsAt: '10:30', pausedRemainingMs: null })).toMatch(/endsAt/);
    expect(problemWith('timer', { endsAt: null, pausedRemainingMs: 2 * 24 * 60 * 60 * 1000 })).toMatch(/pausedRemainingMs/);
    expect(problemWith('timer', { endsAt: null })).toMatch(/lacks/);
  });

  it('refuses a spotlight on something that is not a goal, action or risk, and a follow with extra parts', () => {
    expect(problemWith('spotlight', { kind: 'comment', id: 'abcdefghijklmnopqrstu' })).toMatch(/kind/);
    expect(problemWith('follow', { active: true, view: 'board', itemId: null, calledAt: 1, votes: { priya: 'a' } })).toMatch(/unknown part "votes"/);
  });

  it('refuses a vote whose dots are not a count, and an agenda that is not a list of items', () => {
    const { client, problems } = serverAndFacilitator();
    startMeeting(client, { name: 'Sam', organisation: '' });
    problems.length = 0;
    client.transact(() => {
      const vote = new Y.Map<unknown>();
      (client.getMap('session').get('votes') as Y.Map<unknown>).set('abcdefghijklmnopqrstu', vote);
      vote.set('dots', 0);
    });
    expect(problems[0]).toMatch(/dots/);
    expect(problemWith('agenda', 'Introductions')).toMatch(/agenda/);
  });
});
