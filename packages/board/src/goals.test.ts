import { describe, expect, it } from 'vitest';
import { createAction } from './actions.js';
import { addComment } from './comments.js';
import { createCommitment } from './commitments.js';
import { createDecision } from './decisions.js';
import { createGoal, deleteGoal, moveGoal, updateGoal } from './goals.js';
import { readBoard } from './read.js';
import { createReview } from './reviews.js';
import { createRisk } from './risks.js';
import { expectRefused, smallBoard } from './test-support.js';

describe('createGoal', () => {
  it('adds a goal with its fields and records its first status in the history', () => {
    const { doc, priya, trust, council } = smallBoard();
    const id = createGoal(
      doc,
      {
        title: '  Care in place from day one ',
        description: 'Four visits a day',
        successMeasure: 'No gap in care',
        ownerId: priya,
        partnerIds: [council, trust],
        status: 'on_track',
        targetDate: '2026-03-31',
      },
      { name: 'Priya Shah', partnerName: 'Riverside NHS Trust' },
    );
    const goal = readBoard(doc).goals.find((g) => g.id === id);
    expect(goal).toMatchObject({
      title: 'Care in place from day one',
      description: 'Four visits a day',
      successMeasure: 'No gap in care',
      ownerId: priya,
      partnerIds: [trust, council].sort(),
      status: 'on_track',
      targetDate: '2026-03-31',
      createdBy: { name: 'Priya Shah', partnerName: 'Riverside NHS Trust' },
    });
    expect(goal?.statusHistory).toEqual([
      { status: 'on_track', at: goal?.createdAt, by: { name: 'Priya Shah', partnerName: 'Riverside NHS Trust' }, writer: doc.clientID },
    ]);
  });

  it('starts a goal as not started', () => {
    const { doc } = smallBoard();
    const id = createGoal(doc, { title: 'Medicines understood' });
    expect(readBoard(doc).goals.find((g) => g.id === id)?.status).toBe('not_started');
  });

  it('adds at the end, or right after the goal named in after, or first with after: null', () => {
    const { doc, goal } = smallBoard();
    const last = createGoal(doc, { title: 'Last' });
    const second = createGoal(doc, { title: 'Second', after: goal });
    const first = createGoal(doc, { title: 'First', after: null });
    expect(readBoard(doc).goals.map((g) => g.id)).toEqual([first, goal, second, last]);
  });

  it('refuses an empty title', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createGoal(doc, { title: '   ' }), { code: 'invalid', field: 'title', message: /cannot be empty/ });
  });

  it('refuses a title over 200 characters', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createGoal(doc, { title: 'x'.repeat(201) }), { code: 'invalid', field: 'title', message: /200 characters/ });
  });

  it('refuses an unknown status', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createGoal(doc, { title: 'G', status: 'green' as never }), { code: 'invalid', field: 'status', message: /On track/ });
  });

  it('refuses a date that does not exist', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createGoal(doc, { title: 'G', targetDate: '2026-02-30' }), { code: 'invalid', field: 'targetDate', message: /not a real date/ });
  });

  it('refuses an owner who is not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createGoal(doc, { title: 'G', ownerId: 'nobody' }), { code: 'not_found', field: 'ownerId' });
  });

  it('refuses a contributing partner that is not on the board', () => {
    const { doc, trust } = smallBoard();
    expectRefused(doc, () => createGoal(doc, { title: 'G', partnerIds: [trust, 'gone'] }), { code: 'not_found', field: 'partnerIds' });
  });

  it('refuses a field it does not know', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createGoal(doc, { title: 'G', owner: 'x' } as never), { code: 'invalid', field: 'owner' });
  });

  it('refuses an actor without a name', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createGoal(doc, { title: 'G' }, { name: '' }), { code: 'invalid', field: 'actor', message: /Your name/ });
  });
});

describe('updateGoal', () => {
  it('changes only the fields given', () => {
    const { doc, goal, joanne, council } = smallBoard();
    updateGoal(doc, goal, { ownerId: joanne, partnerIds: [council], targetDate: '2026-04-01' });
    expect(readBoard(doc).goals[0]).toMatchObject({ title: 'Arthur gets home safely', ownerId: joanne, partnerIds: [council], targetDate: '2026-04-01' });
  });

  it('clears the owner and target date with null', () => {
    const { doc, goal } = smallBoard();
    updateGoal(doc, goal, { ownerId: null, targetDate: null });
    expect(readBoard(doc).goals[0]).toMatchObject({ ownerId: null, targetDate: null });
  });

  it('adds each status change to the history with who made it', () => {
    const { doc, goal } = smallBoard();
    updateGoal(doc, goal, { status: 'at_risk' }, { name: 'Joanne Evans', partnerName: 'Northshire Council' });
    updateGoal(doc, goal, { status: 'at_risk' });
    updateGoal(doc, goal, { status: 'on_track' }, { name: 'Priya Shah' });
    const history = readBoard(doc).goals[0]?.statusHistory ?? [];
    expect(history.map((h) => [h.status, h.by?.name ?? null])).toEqual([
      ['not_started', null],
      ['at_risk', 'Joanne Evans'],
      ['on_track', 'Priya Shah'],
    ]);
  });

  it('refuses a goal that is not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => updateGoal(doc, 'gone', { title: 'X' }), { code: 'not_found', field: 'id' });
  });

  it('refuses the whole patch when one field is wrong', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => updateGoal(doc, goal, { title: 'New title', ownerId: 'nobody' }), { code: 'not_found', field: 'ownerId' });
  });
});

describe('moveGoal', () => {
  it('moves a goal between two others', () => {
    const { doc, goal } = smallBoard();
    const b = createGoal(doc, { title: 'B' });
    const c = createGoal(doc, { title: 'C' });
    moveGoal(doc, c, { after: goal, before: b });
    expect(readBoard(doc).goals.map((g) => g.id)).toEqual([goal, c, b]);
  });

  it('refuses to place a goal next to itself', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => moveGoal(doc, goal, { after: goal }), { code: 'invalid', field: 'after' });
  });

  it('refuses a neighbour that is not on the board', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => moveGoal(doc, goal, { before: 'gone' }), { code: 'not_found', field: 'before' });
  });
});

describe('deleteGoal', () => {
  it('deletes a goal without actions', () => {
    const { doc, goal } = smallBoard();
    deleteGoal(doc, goal, { actions: 'refuse' });
    expect(readBoard(doc).goals).toEqual([]);
  });

  it('refuses while the goal has actions, when asked to refuse', () => {
    const { doc, goal } = smallBoard();
    createAction(doc, { title: 'Book transport', goalId: goal });
    expectRefused(doc, () => deleteGoal(doc, goal, { actions: 'refuse' }), { code: 'conflict', field: 'actions', message: /one action/ });
  });

  it('deletes its actions and their comments when asked to', () => {
    const { doc, goal } = smallBoard();
    const action = createAction(doc, { title: 'Book transport', goalId: goal });
    addComment(doc, { itemId: action, text: 'Booked for 10:00', authorName: 'Priya' });
    addComment(doc, { itemId: goal, text: 'Looks good', authorName: 'Priya' });
    deleteGoal(doc, goal, { actions: 'delete' });
    const board = readBoard(doc);
    expect(board.actions).toEqual([]);
    expect(board.comments).toEqual([]);
    expect(board.dangling).toEqual([]);
  });

  it('moves its actions to another goal when asked to', () => {
    const { doc, goal } = smallBoard();
    const other = createGoal(doc, { title: 'Other' });
    const action = createAction(doc, { title: 'Book transport', goalId: goal });
    deleteGoal(doc, goal, { actions: { moveTo: other } });
    expect(readBoard(doc).actions.find((a) => a.id === action)?.goalId).toBe(other);
  });

  it('refuses to move the actions to the goal being deleted or to a missing goal', () => {
    const { doc, goal } = smallBoard();
    createAction(doc, { title: 'Book transport', goalId: goal });
    expectRefused(doc, () => deleteGoal(doc, goal, { actions: { moveTo: goal } }), { code: 'invalid', field: 'moveTo' });
    expectRefused(doc, () => deleteGoal(doc, goal, { actions: { moveTo: 'gone' } }), { code: 'not_found', field: 'moveTo' });
  });

  it('removes every link to the goal from decisions, risks, commitments and reviews', () => {
    const { doc, goal, trust } = smallBoard();
    const action = createAction(doc, { title: 'Book transport', goalId: goal });
    const decision = createDecision(doc, { title: 'Home first', goalIds: [goal], actionIds: [action] });
    const risk = createRisk(doc, { title: 'No transport', goalId: goal });
    const commitment = createCommitment(doc, { partnerId: trust, goalId: goal, kind: 'staff_time' });
    const review = createReview(doc, { heldOn: '2026-03-12', verdicts: { [goal]: 'positive' } });
    deleteGoal(doc, goal, { actions: 'delete' });
    const board = readBoard(doc);
    expect(board.decisions.find((d) => d.id === decision)).toMatchObject({ goalIds: [], actionIds: [] });
    expect(board.risks.find((r) => r.id === risk)?.goalId).toBeNull();
    expect(board.commitments.find((c) => c.id === commitment)?.goalId).toBeNull();
    expect(board.reviews.find((r) => r.id === review)?.verdicts).toEqual({});
    expect(board.dangling).toEqual([]);
  });

  it('refuses a goal that is not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => deleteGoal(doc, 'gone', { actions: 'delete' }), { code: 'not_found' });
  });
});
