import { describe, expect, it } from 'vitest';
import { createAction, moveAction } from '../actions.js';
import { createDecision } from '../decisions.js';
import { readBoard } from '../read.js';
import { createRisk } from '../risks.js';
import { smallBoard } from '../test-support.js';
import { recordAttendance, recordCaptures } from './attendance.js';
import { addAgendaItem, endMeeting, startMeeting } from './meeting.js';
import { minutesMarkdown, minutesOf } from './minutes.js';
import { readSession } from './session.js';
import { openVote, revealVote } from './votes.js';

function heldMeeting() {
  const board = smallBoard();
  const { doc, goal, trust, council, joanne } = board;
  const before = createAction(doc, { title: 'Assess at home', goalId: goal });
  const untouched = createAction(doc, { title: 'Order a hoist', goalId: goal });
  addAgendaItem(doc, { title: 'Discharge date', minutes: 10 });
  addAgendaItem(doc, { title: 'Any other business' });
  startMeeting(doc, { name: 'Sam Okafor', organisation: 'Northshire Council' });
  const at = readSession(doc).startedAt ?? '';
  recordAttendance(doc, [
    { identity: { name: 'Priya Shah', organisation: 'Riverside NHS Trust', role: 'editor', verified: true }, present: true, at },
    { identity: { name: 'Joanne Evans', organisation: 'Northshire Council', role: 'editor', verified: false }, present: true, at },
    { identity: { name: 'Sam Okafor', organisation: 'Northshire Council', role: 'facilitator', verified: true }, present: true, at },
  ]);
  const decision = createDecision(doc, { title: 'Arthur goes home on Friday', agreedByPartnerIds: [trust, council] });
  const action = createAction(doc, { title: 'Book transport', goalId: goal, ownerId: joanne, dueDate: '2026-03-13' });
  const risk = createRisk(doc, { title: 'No carer at weekends', likelihood: 4, impact: 4 });
  recordCaptures(doc, [{ kind: 'decision', id: decision }, { kind: 'action', id: action }, { kind: 'risk', id: risk }], at);
  moveAction(doc, before, { status: 'done' });
  const vote = openVote(doc, { question: 'What first?', items: [{ kind: 'action', id: before }, { kind: 'action', id: action }], dots: 1 });
  revealVote(doc, vote, [[action], [action], [before]]);
  endMeeting(doc);
  return { ...board, decision, action, risk, before, untouched };
}

describe('the minutes of a meeting', () => {
  it('list the attendees by organisation, the agenda, and what was decided, done and raised during the meeting', () => {
    const { doc, before, untouched } = heldMeeting();
    const minutes = minutesOf(readBoard(doc), readSession(doc));
    expect(minutes.date).toBe(readSession(doc).startedAt?.slice(0, 10));
    expect(minutes.attendees.map(({ organisation, attendees }) => [organisation, attendees.map((person) => person.name)])).toEqual([
      ['Northshire Council', ['Joanne Evans', 'Sam Okafor']],
      ['Riverside NHS Trust', ['Priya Shah']],
    ]);
    expect(minutes.agenda.map((item) => item.title)).toEqual(['Discharge date', 'Any other business']);
    expect(minutes.decisions).toEqual([expect.objectContaining({ title: 'Arthur goes home on Friday', agreedBy: ['Northshire Council', 'Riverside NHS Trust'], agendaItem: 'Discharge date' })]);
    expect(minutes.actions.map(({ title, owner, organisation, dueDate, created }) => [title, owner, organisation, dueDate, created])).toEqual([
      ['Book transport', 'Joanne Evans', 'Northshire Council', '2026-03-13', true],
      ['Assess at home', null, null, null, false],
    ]);
    expect(minutes.actions.map((action) => action.id)).not.toContain(untouched);
    expect(minutes.actions.map((action) => action.id)).toContain(before);
    expect(minutes.risks).toEqual([expect.objectContaining({ title: 'No carer at weekends', score: 16, band: 'red' })]);
    expect(minutes.votes).toEqual([{ question: 'What first?', voters: 3, results: [{ kind: 'action', title: 'Book transport', dots: 2 }, { kind: 'action', title: 'Assess at home', dots: 1 }] }]);
  });

  it('read as Markdown with typed text escaped', () => {
    const { doc } = heldMeeting();
    const markdown = minutesMarkdown(minutesOf(readBoard(doc), readSession(doc)));
    expect(markdown).toContain('# Minutes: Discharge plan');
    expect(markdown).toContain('- **Northshire Council:** Joanne Evans (self-declared), Sam Okafor');
    expect(markdown).toContain('- Arthur goes home on Friday, agreed by Northshire Council, Riverside NHS Trust (under “Discharge date”)');
    expect(markdown).toContain('- Book transport: Joanne Evans (Northshire Council), due 2026-03-13, To do (under “Discharge date”)');
    expect(markdown).toContain('1. Book transport: 2 dots');
    expect(minutesMarkdown({ ...minutesOf(readBoard(doc), readSession(doc)), board: '# *Not* a heading' })).toContain('# Minutes: \\# \\*Not\\* a heading');
  });

  it('say so when no meeting was held', () => {
    const { doc } = smallBoard();
    const markdown = minutesMarkdown(minutesOf(readBoard(doc), readSession(doc)));
    expect(markdown).toContain('No meeting held');
    expect(markdown).toContain('Nobody was recorded.');
  });
});
