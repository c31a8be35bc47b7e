import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction } from '../actions.js';
import { createDecision } from '../decisions.js';
import { createRisk } from '../risks.js';
import { expectRefused, smallBoard } from '../test-support.js';
import { capturesIn, recordAttendance, recordCaptures } from './attendance.js';
import { addAgendaItem, bringEveryoneHere, endMeeting, goToAgendaItem, moveAgendaItem, moveFollowedPlace, removeAgendaItem, setSpotlight, startMeeting, updateAgendaItem } from './meeting.js';
import { currentVote, isMeetingRunning, readOpenVote, readSession } from './session.js';
import { addTime, pauseTimer, resumeTimer, startTimer, timerRemainingMs, timerState } from './timer.js';
import { ballotProblem, cancelVote, openVote, revealVote, tallyVote } from './votes.js';

const facilitator = { name: 'Sam Okafor', organisation: 'Northshire Council' };
const minute = 60_000;
const serverNow = 1_800_000_000_000;

function meetingBoard() {
  const board = smallBoard();
  const intro = addAgendaItem(board.doc, { title: 'Introductions', minutes: 5 });
  const plan = addAgendaItem(board.doc, { title: 'Discharge plan', minutes: 20, link: { kind: 'goal', target: board.goal } });
  startMeeting(board.doc, facilitator);
  return { ...board, intro, plan };
}

describe('a meeting', () => {
  it('starts on the first agenda item not yet done, with the timer idle, and ends keeping its record', () => {
    const { doc, intro } = meetingBoard();
    let session = readSession(doc);
    expect(isMeetingRunning(session)).toBe(true);
    expect(session.facilitator).toEqual(facilitator);
    expect(session.currentItemId).toBe(intro);
    expect(session.timer).toEqual({ endsAt: null, pausedRemainingMs: null });
    endMeeting(doc);
    session = readSession(doc);
    expect(isMeetingRunning(session)).toBe(false);
    expect(session.agenda.map((item) => item.title)).toEqual(['Introductions', 'Discharge plan']);
  });

  it('refuses to start a second meeting while one runs, and changes nothing', () => {
    const { doc } = meetingBoard();
    expectRefused(doc, () => startMeeting(doc, facilitator), { code: 'conflict' });
  });

  it('keeps the agenda in the order the facilitator puts it, and updates and removes items', () => {
    const { doc, intro, plan } = meetingBoard();
    moveAgendaItem(doc, plan, { before: intro });
    updateAgendaItem(doc, intro, { done: true, minutes: 10 });
    expect(readSession(doc).agenda.map(({ title, minutes, done }) => [title, minutes, done])).toEqual([
      ['Discharge plan', 20, false],
      ['Introductions', 10, true],
    ]);
    removeAgendaItem(doc, intro);
    const session = readSession(doc);
    expect(session.agenda.map((item) => item.id)).toEqual([plan]);
    expect(session.currentItemId).toBeNull();
  });

  it('refuses an agenda item with no title, or linked to a goal that is not on the board', () => {
    const { doc } = meetingBoard();
    expectRefused(doc, () => addAgendaItem(doc, { title: '  ' }), { code: 'invalid', field: 'title' });
    expectRefused(doc, () => addAgendaItem(doc, { title: 'Funding', link: { kind: 'goal', target: 'no-such-goal' } }), { code: 'not_found', field: 'link' });
    expectRefused(doc, () => addAgendaItem(doc, { title: 'Funding', minutes: 601 }), { code: 'invalid', field: 'minutes' });
  });

  it("moves everyone to the next item, marks the last one done and starts the item's timebox on server time", () => {
    const { doc, intro, plan } = meetingBoard();
    goToAgendaItem(doc, plan, { markLeftDone: true, now: serverNow });
    const session = readSession(doc);
    expect(session.currentItemId).toBe(plan);
    expect(session.agenda.find((item) => item.id === intro)?.done).toBe(true);
    expect(session.timer).toEqual({ endsAt: serverNow + 20 * minute, pausedRemainingMs: null });
  });

  it('brings everyone to the facilitator, follows the facilitator on, and spotlights a goal', () => {
    const { doc, goal } = meetingBoard();
    bringEveryoneHere(doc, { view: 'board', itemId: goal }, serverNow);
    moveFollowedPlace(doc, { view: 'decisions', itemId: null });
    setSpotlight(doc, { kind: 'goal', id: goal });
    const session = readSession(doc);
    expect(session.follow).toEqual({ active: true, view: 'decisions', itemId: null, calledAt: serverNow });
    expect(session.spotlight).toEqual({ kind: 'goal', id: goal });
    expectRefused(doc, () => setSpotlight(doc, { kind: 'risk', id: goal }), { code: 'not_found', field: 'spotlight' });
  });

  it('refuses meeting moves when no meeting is running', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => bringEveryoneHere(doc, { view: 'board', itemId: goal }, serverNow), { code: 'conflict' });
    expectRefused(doc, () => setSpotlight(doc, { kind: 'goal', id: goal }), { code: 'conflict' });
  });
});

describe('the shared timer', () => {
  it('counts down in server time, pauses keeping the time left, resumes and takes added time', () => {
    const { doc } = meetingBoard();
    startTimer(doc, 10, serverNow);
    const running = readSession(doc).timer;
    expect(timerRemainingMs(running, serverNow + 4 * minute)).toBe(6 * minute);
    expect(timerState(running, serverNow + 4 * minute)).toBe('running');
    pauseTimer(doc, serverNow + 4 * minute);
    expect(timerState(readSession(doc).timer, serverNow + 9 * minute)).toBe('paused');
    expect(timerRemainingMs(readSession(doc).timer, serverNow + 9 * minute)).toBe(6 * minute);
    addTime(doc, 2, serverNow + 9 * minute);
    resumeTimer(doc, serverNow + 10 * minute);
    expect(readSession(doc).timer).toEqual({ endsAt: serverNow + 18 * minute, pausedRemainingMs: null });
  });

  it('runs out at zero, and added time after that counts from now', () => {
    const { doc } = meetingBoard();
    startTimer(doc, 1, serverNow);
    const timer = readSession(doc).timer;
    expect(timerRemainingMs(timer, serverNow + 5 * minute)).toBe(0);
    expect(timerState(timer, serverNow + 5 * minute)).toBe('ended');
    addTime(doc, 3, serverNow + 5 * minute);
    expect(readSession(doc).timer.endsAt).toBe(serverNow + 8 * minute);
  });

  it('refuses to pause a timer that is not running, and a time that is not whole minutes', () => {
    const { doc } = meetingBoard();
    expectRefused(doc, () => pauseTimer(doc, serverNow), { code: 'conflict' });
    expectRefused(doc, () => startTimer(doc, 1.5, serverNow), { code: 'invalid' });
    expectRefused(doc, () => startTimer(doc, 5, -1), { code: 'invalid' });
  });
});

describe('a dot vote', () => {
  function voteBoard() {
    const board = meetingBoard();
    const transport = createAction(board.doc, { title: 'Book transport', goalId: board.goal });
    const care = createAction(board.doc, { title: 'Arrange home care', goalId: board.goal });
    const funding = createRisk(board.doc, { title: 'Funding ends in March' });
    const items = [
      { kind: 'action' as const, id: transport },
      { kind: 'action' as const, id: care },
      { kind: 'risk' as const, id: funding },
    ];
    const voteId = openVote(board.doc, { question: 'What first?', items, dots: 2 });
    return { ...board, transport, care, funding, voteId };
  }

  it('holds its question, items and dots in the session, and no dots', () => {
    const { doc, voteId } = voteBoard();
    const vote = readOpenVote(doc);
    expect(vote).toMatchObject({ id: voteId, question: 'What first?', dots: 2, status: 'open', voters: 0, results: [] });
    expect(currentVote(readSession(doc))?.id).toBe(voteId);
  });

  it('takes a ballot of up to its dots, one on an item, on its items only; a viewer only when viewers may vote', () => {
    const { doc, transport, care, funding, goal } = voteBoard();
    const vote = readOpenVote(doc);
    expect(ballotProblem(vote, 'editor', [transport, funding])).toBeNull();
    expect(ballotProblem(vote, 'editor', [])).toBeNull();
    expect(ballotProblem(vote, 'editor', [transport, care, funding])).toMatch(/2 dots/);
    expect(ballotProblem(vote, 'editor', [transport, transport])).toMatch(/one dot on an item/);
    expect(ballotProblem(vote, 'editor', [goal])).toMatch(/not on this vote/);
    expect(ballotProblem(vote, 'viewer', [care])).toMatch(/view only/);
    expect(ballotProblem(null, 'facilitator', [care])).toMatch(/closed/);
  });

  it('counts voters and ranks the items by dots, ties in the order of the vote', () => {
    const { doc, transport, care, funding } = voteBoard();
    const vote = readOpenVote(doc);
    if (!vote) throw new Error('no open vote');
    expect(tallyVote(vote, [[care, funding], [funding], [], [care]])).toEqual({
      voters: 3,
      results: [
        { kind: 'action', id: care, dots: 2 },
        { kind: 'risk', id: funding, dots: 2 },
        { kind: 'action', id: transport, dots: 0 },
      ],
    });
  });

  it('writes the results at the reveal and closes the vote', () => {
    const { doc, voteId, care, funding } = voteBoard();
    revealVote(doc, voteId, [[care, funding], [care]]);
    const session = readSession(doc);
    expect(session.openVoteId).toBeNull();
    expect(session.votes[0]).toMatchObject({ status: 'revealed', voters: 2, results: [{ id: care, dots: 2 }, { id: funding, dots: 1 }, { dots: 0 }] });
    expectRefused(doc, () => revealVote(doc, voteId, []), { code: 'conflict' });
  });

  it('cancels the open vote when another is opened, and refuses more dots than items', () => {
    const { doc, voteId, transport, care } = voteBoard();
    const items = [
      { kind: 'action' as const, id: transport },
      { kind: 'action' as const, id: care },
    ];
    expectRefused(doc, () => openVote(doc, { question: 'Again?', items, dots: 3 }), { code: 'invalid', field: 'dots' });
    openVote(doc, { question: 'Again?', items, dots: 1, viewersMayVote: true });
    expect(readSession(doc).votes.find((vote) => vote.id === voteId)?.status).toBe('cancelled');
    cancelVote(doc);
    expect(readOpenVote(doc)).toBeNull();
  });
});

describe("the server's records of a meeting", () => {
  const priya = { name: 'Priya Shah', organisation: 'Riverside NHS Trust', role: 'editor' as const, verified: true };

  it('records who came and went; someone who comes back keeps when they first joined', () => {
    const { doc } = meetingBoard();
    recordAttendance(doc, [{ identity: priya, present: true, at: '2026-03-10T10:00:00.000Z' }]);
    recordAttendance(doc, [{ identity: priya, present: false, at: '2026-03-10T10:20:00.000Z' }]);
    expect(readSession(doc).attendance).toMatchObject([{ name: 'Priya Shah', joinedAt: '2026-03-10T10:00:00.000Z', leftAt: '2026-03-10T10:20:00.000Z' }]);
    recordAttendance(doc, [{ identity: priya, present: true, at: '2026-03-10T10:25:00.000Z' }]);
    expect(readSession(doc).attendance).toMatchObject([{ name: 'Priya Shah', joinedAt: '2026-03-10T10:00:00.000Z', leftAt: null }]);
  });

  it('finds the decisions, actions and risks a transaction created, and links them to the current agenda item', () => {
    const { doc, goal, intro } = meetingBoard();
    const created: ReturnType<typeof capturesIn> = [];
    const listen = (transaction: Y.Transaction) => created.push(...capturesIn(transaction));
    doc.on('afterTransaction', listen);
    const decision = createDecision(doc, { title: 'Arthur goes home on Friday' });
    const action = createAction(doc, { title: 'Book transport', goalId: goal });
    doc.off('afterTransaction', listen);
    expect(created).toEqual([
      { kind: 'decision', id: decision },
      { kind: 'action', id: action },
    ]);
    recordCaptures(doc, created, '2026-03-10T10:05:00.000Z');
    expect(readSession(doc).captures.map((capture) => [capture.id, capture.agendaItemId])).toEqual(
      expect.arrayContaining([
        [decision, intro],
        [action, intro],
      ]),
    );
  });
});

describe('reading a session written by anyone', () => {
  it('reads values of the wrong shape as empty instead of breaking', () => {
    const { doc } = smallBoard();
    const session = doc.getMap('session');
    doc.transact(() => {
      session.set('startedAt', 42);
      session.set('agenda', 'Introductions');
      session.set('timer', { endsAt: 'soon' });
      session.set('spotlight', { kind: 'comment', id: 'x' });
      session.set('follow', ['board']);
      const votes = new Y.Map<unknown>();
      session.set('votes', votes);
      votes.set('v1', 'not a vote');
      doc.getMap('meetingAttendance').set('a1', { meeting: 42, name: 7 });
    });
    expect(readSession(doc)).toMatchObject({
      startedAt: null,
      agenda: [],
      timer: { endsAt: null, pausedRemainingMs: null },
      spotlight: null,
      follow: null,
      votes: [],
      attendance: [],
    });
  });
});

