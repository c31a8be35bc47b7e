import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, updateAction } from './actions.js';
import { createDecision } from './decisions.js';
import { updateGoal } from './goals.js';
import { readBoard } from './read.js';
import { isQuietReport } from './reviewReport.js';
import { createRisk } from './risks.js';
import { parseReading, readingOf, sinceLastLooked, writerOfLooked } from './sinceLastLooked.js';
import { replica, smallBoard, sync } from './test-support.js';

describe('sinceLastLooked', () => {
  it('finds nothing new when nothing changed since the reading', () => {
    const { doc, goal, priya } = smallBoard();
    createAction(doc, { title: 'Book transport', goalId: goal, ownerId: priya, dueDate: '2026-05-01' });
    const reading = readingOf(readBoard(doc), '2026-03-10');
    const since = sinceLastLooked(reading, readBoard(doc), '2026-03-17');
    expect(isQuietReport(since.report)).toBe(true);
    expect(since.marks.size).toBe(0);
  });

  it('summarises and marks what others changed since the reading', () => {
    const { doc, goal, priya, liam } = smallBoard();
    const transport = createAction(doc, { title: 'Book transport', goalId: goal, ownerId: priya, dueDate: '2026-05-01' });
    const keySafe = createAction(doc, { title: 'Fit a key safe', goalId: goal, ownerId: priya, dueDate: '2026-03-14' });
    const untouched = createAction(doc, { title: 'Untouched', goalId: goal });
    const reading = readingOf(readBoard(doc), '2026-03-10');

    updateGoal(doc, goal, { status: 'at_risk' });
    updateAction(doc, transport, { status: 'done' });
    updateAction(doc, keySafe, { ownerId: liam });
    const rail = createAction(doc, { title: 'Fit a stair rail', goalId: goal });
    const decision = createDecision(doc, { title: 'Reablement first', decidedOn: '2026-03-12' });
    const risk = createRisk(doc, { title: 'No carer at weekends', likelihood: 4, impact: 4 });

    const { report, marks } = sinceLastLooked(reading, readBoard(doc), '2026-03-17');
    expect(report.goalStatusChanges.map((c) => [c.from, c.to])).toEqual([['not_started', 'at_risk']]);
    expect(report.actionsCompleted.map((a) => a.title)).toEqual(['Book transport']);
    expect(report.actionsAdded.map((a) => a.title)).toEqual(['Fit a stair rail']);
    expect(report.actionsOverdue.map((a) => a.title)).toEqual(['Fit a key safe']);
    expect(report.actionsReassigned.map((a) => [a.fromOwner, a.owner])).toEqual([['Priya Shah (Riverside NHS Trust)', 'Liam Carter (Northshire Council)']]);
    expect(report.decisionsAdded.map((d) => d.id)).toEqual([decision]);
    expect(report.risksAdded.map((r) => r.id)).toEqual([risk]);
    expect(Object.fromEntries(marks)).toEqual({ [goal]: 'changed', [transport]: 'changed', [keySafe]: 'changed', [rail]: 'new', [decision]: 'new', [risk]: 'new' });
    expect(marks.has(untouched)).toBe(false);
  });

  it('does not call my own changes new, and still calls others’ changes to the same item new', () => {
    const { doc, goal, priya, liam } = smallBoard();
    const transport = createAction(doc, { title: 'Book transport', goalId: goal, ownerId: priya });
    const reading = readingOf(readBoard(doc), '2026-03-10');
    const theirs = replica(doc);
    const me = doc.clientID;

    updateAction(doc, transport, { status: 'done' });
    createAction(doc, { title: 'Mine', goalId: goal });
    updateAction(theirs, transport, { ownerId: liam });
    sync(doc, theirs);

    const mine = (collection: 'goals' | 'actions' | 'decisions' | 'risks', id: string, field: string | null) => writerOfLooked(doc, collection, id, field) === me;
    const { report, marks } = sinceLastLooked(reading, readBoard(doc), '2026-03-17', mine);
    expect(report.actionsCompleted).toEqual([]);
    expect(report.actionsAdded).toEqual([]);
    expect(report.actionsReassigned.map((a) => a.title)).toEqual(['Book transport']);
    expect(Object.fromEntries(marks)).toEqual({ [transport]: 'changed' });
  });

  it('keeps a reading through storage and refuses a damaged one', () => {
    const { doc, goal } = smallBoard();
    createAction(doc, { title: 'Book transport', goalId: goal, dueDate: '2026-05-01' });
    const reading = readingOf(readBoard(doc), '2026-03-10');
    expect(parseReading(JSON.parse(JSON.stringify(reading)))).toEqual(reading);
    expect(parseReading({ ...reading, version: 2 })).toBeNull();
    expect(parseReading({ ...reading, goals: { [goal]: ['Title', 'sideways'] } })).toBeNull();
    expect(parseReading('nonsense')).toBeNull();
  });

  it('reads the writer of a field, and null for an item the board does not hold', () => {
    const { doc, goal } = smallBoard();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    updateGoal(other, goal, { status: 'on_track' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(writerOfLooked(doc, 'goals', goal, 'status')).toBe(other.clientID);
    expect(writerOfLooked(doc, 'goals', goal, null)).toBe(doc.clientID);
    expect(writerOfLooked(doc, 'goals', 'missing', 'status')).toBeNull();
  });
});
