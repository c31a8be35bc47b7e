import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, updateAction } from './actions.js';
import { createDecision } from './decisions.js';
import { createGoal, updateGoal } from './goals.js';
import { readBoard } from './read.js';
import { isQuietReport, reviewReport } from './reviewReport.js';
import { createRisk } from './risks.js';
import { smallBoard } from './test-support.js';

/** The board as a review snapshot keeps it: the whole document as one update, read back in a fresh document. */
function snapshotOf(doc: Y.Doc) {
  const state = Y.encodeStateAsUpdate(doc);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, state);
  return readBoard(copy);
}

const dates = { before: '2026-03-10', after: '2026-04-10' };

describe('reviewReport', () => {
  it('reports nothing when nothing changed since the snapshot', () => {
    const { doc, goal, priya } = smallBoard();
    createAction(doc, { title: 'Book transport', goalId: goal, ownerId: priya, dueDate: '2026-05-01' });
    const report = reviewReport(snapshotOf(doc), readBoard(doc), dates);
    expect(isQuietReport(report)).toBe(true);
  });

  it('lists exactly the changes made after a snapshot', () => {
    const { doc, goal, priya, joanne, liam } = smallBoard();
    const transport = createAction(doc, { title: 'Book transport', goalId: goal, ownerId: priya, dueDate: '2026-05-01' });
    const keySafe = createAction(doc, { title: 'Fit a key safe', goalId: goal, ownerId: joanne, dueDate: '2026-04-01' });
    const carePackage = createAction(doc, { title: 'Agree the care package', goalId: goal, ownerId: joanne, dueDate: '2026-06-01' });
    createAction(doc, { title: 'Already late before', goalId: goal, ownerId: liam, dueDate: '2026-03-01' });
    const snapshot = snapshotOf(doc);

    updateGoal(doc, goal, { status: 'at_risk' });
    updateAction(doc, transport, { status: 'done' });
    updateAction(doc, carePackage, { ownerId: liam });
    const stairs = createGoal(doc, { title: 'Arthur manages the stairs' });
    const rail = createAction(doc, { title: 'Fit a stair rail', goalId: stairs, dueDate: '2026-07-01' });
    const decision = createDecision(doc, { title: 'Reablement starts on the day of discharge', decidedOn: '2026-03-20' });
    const risk = createRisk(doc, { title: 'No carer at weekends', likelihood: 4, impact: 4 });

    expect(reviewReport(snapshot, readBoard(doc), dates)).toEqual({
      goalsAdded: [{ id: stairs, title: 'Arthur manages the stairs', status: 'not_started' }],
      goalStatusChanges: [{ id: goal, title: 'Arthur gets home safely', from: 'not_started', to: 'at_risk' }],
      actionsCompleted: [
        { id: transport, title: 'Book transport', goalTitle: 'Arthur gets home safely', owner: 'Priya Shah (Riverside NHS Trust)', dueDate: '2026-05-01' },
      ],
      actionsAdded: [{ id: rail, title: 'Fit a stair rail', goalTitle: 'Arthur manages the stairs', owner: null, dueDate: '2026-07-01' }],
      // Due on 1 April: not yet due at the snapshot, overdue by the later date. The one already late before is not news.
      actionsOverdue: [{ id: keySafe, title: 'Fit a key safe', goalTitle: 'Arthur gets home safely', owner: 'Joanne Evans (Northshire Council)', dueDate: '2026-04-01' }],
      actionsReassigned: [
        {
          id: carePackage,
          title: 'Agree the care package',
          goalTitle: 'Arthur gets home safely',
          owner: 'Liam Carter (Northshire Council)',
          fromOwner: 'Joanne Evans (Northshire Council)',
          dueDate: '2026-06-01',
        },
      ],
      decisionsAdded: [{ id: decision, title: 'Reablement starts on the day of discharge', decidedOn: '2026-03-20' }],
      risksAdded: [{ id: risk, title: 'No carer at weekends', score: 16, band: 'red' }],
    });
  });

  it('compares two snapshots, leaving out what changed after the later one', () => {
    const { doc, goal } = smallBoard();
    const first = snapshotOf(doc);
    updateGoal(doc, goal, { status: 'on_track' });
    const second = snapshotOf(doc);
    updateGoal(doc, goal, { status: 'achieved' });
    createAction(doc, { title: 'Later work', goalId: goal });
    const report = reviewReport(first, second, dates);
    expect(report.goalStatusChanges).toEqual([{ id: goal, title: 'Arthur gets home safely', from: 'not_started', to: 'on_track' }]);
    expect(report.actionsAdded).toEqual([]);
  });
});
