import { describe, expect, it } from 'vitest';
import { createAction, deleteAction, moveAction, updateAction } from './actions.js';
import { addComment } from './comments.js';
import { createDecision } from './decisions.js';
import { createGoal } from './goals.js';
import { readBoard } from './read.js';
import { addActions, expectRefused, smallBoard } from './test-support.js';

function action(doc: Parameters<typeof readBoard>[0], id: string) {
  const found = readBoard(doc).actions.find((a) => a.id === id);
  if (!found) throw new Error(`action ${id} is not on the board`);
  return found;
}

describe('createAction', () => {
  it('adds an action under its goal with RACI, due date, priority, notes and who created it', () => {
    const { doc, goal, priya, joanne, liam } = smallBoard();
    const id = createAction(
      doc,
      {
        title: 'Confirm reablement start date',
        goalId: goal,
        ownerId: joanne,
        responsibleIds: [liam],
        consultedIds: [priya],
        informedIds: [priya, liam],
        dueDate: '2026-03-12',
        priority: 'high',
        notes: 'Four visits a day',
      },
      { name: 'Joanne Evans', partnerName: 'Northshire Council' },
    );
    expect(action(doc, id)).toMatchObject({
      title: 'Confirm reablement start date',
      goalId: goal,
      ownerId: joanne,
      responsibleIds: [liam],
      consultedIds: [priya],
      informedIds: [priya, liam].sort(),
      status: 'todo',
      dueDate: '2026-03-12',
      priority: 'high',
      notes: 'Four visits a day',
      createdBy: { name: 'Joanne Evans', partnerName: 'Northshire Council' },
      completedAt: null,
    });
  });

  it('defaults to to do, medium priority, no owner', () => {
    const { doc, goal } = smallBoard();
    const id = createAction(doc, { title: 'Book transport', goalId: goal });
    expect(action(doc, id)).toMatchObject({ status: 'todo', priority: 'medium', ownerId: null, dueDate: null, createdBy: null });
  });

  it('sets completedAt when created as done', () => {
    const { doc, goal } = smallBoard();
    const id = createAction(doc, { title: 'Assessment', goalId: goal, status: 'done' });
    expect(action(doc, id).completedAt).toBe(action(doc, id).createdAt);
  });

  it('refuses an action whose goal does not exist', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createAction(doc, { title: 'Book transport', goalId: 'gone' }), { code: 'not_found', field: 'goalId' });
  });

  it('refuses an action without a goal', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createAction(doc, { title: 'Book transport' } as never), { code: 'invalid', field: 'goalId' });
  });

  it('refuses an empty title', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => createAction(doc, { title: '', goalId: goal }), { code: 'invalid', field: 'title' });
  });

  it('refuses an owner or a RACI person who is not on the board', () => {
    const { doc, goal, priya } = smallBoard();
    expectRefused(doc, () => createAction(doc, { title: 'T', goalId: goal, ownerId: 'gone' }), { code: 'not_found', field: 'ownerId' });
    expectRefused(doc, () => createAction(doc, { title: 'T', goalId: goal, responsibleIds: [priya, 'gone'] }), { code: 'not_found', field: 'responsibleIds' });
    expectRefused(doc, () => createAction(doc, { title: 'T', goalId: goal, informedIds: ['gone'] }), { code: 'not_found', field: 'informedIds' });
  });

  it('refuses an unknown status, priority or a date that does not exist', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => createAction(doc, { title: 'T', goalId: goal, status: 'doing' as never }), { code: 'invalid', field: 'status', message: /To do/ });
    expectRefused(doc, () => createAction(doc, { title: 'T', goalId: goal, priority: 'urgent' as never }), { code: 'invalid', field: 'priority' });
    expectRefused(doc, () => createAction(doc, { title: 'T', goalId: goal, dueDate: '2026-13-01' }), { code: 'invalid', field: 'dueDate' });
    expectRefused(doc, () => createAction(doc, { title: 'T', goalId: goal, dueDate: '12/03/2026' }), { code: 'invalid', field: 'dueDate', message: /like 2026-03-31/ });
  });

  it('refuses notes over the length limit', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => createAction(doc, { title: 'T', goalId: goal, notes: 'x'.repeat(20_001) }), { code: 'invalid', field: 'notes' });
  });
});

describe('updateAction', () => {
  it('changes only the fields given', () => {
    const { doc, goal, joanne } = smallBoard();
    const id = createAction(doc, { title: 'Book transport', goalId: goal, priority: 'low' });
    updateAction(doc, id, { ownerId: joanne, dueDate: '2026-03-20' });
    expect(action(doc, id)).toMatchObject({ title: 'Book transport', priority: 'low', ownerId: joanne, dueDate: '2026-03-20' });
  });

  it('replaces a RACI list with the one given', () => {
    const { doc, goal, priya, joanne, liam } = smallBoard();
    const id = createAction(doc, { title: 'T', goalId: goal, responsibleIds: [priya, joanne] });
    updateAction(doc, id, { responsibleIds: [joanne, liam] });
    expect(action(doc, id).responsibleIds).toEqual([joanne, liam].sort());
  });

  it('sets completedAt on reaching done and clears it on leaving done', () => {
    const { doc, goal } = smallBoard();
    const id = createAction(doc, { title: 'T', goalId: goal });
    updateAction(doc, id, { status: 'done' });
    expect(action(doc, id).completedAt).not.toBeNull();
    updateAction(doc, id, { status: 'in_progress' });
    expect(action(doc, id).completedAt).toBeNull();
  });

  it('records each status change in the action history', () => {
    const { doc, goal } = smallBoard();
    const id = createAction(doc, { title: 'T', goalId: goal });
    updateAction(doc, id, { status: 'blocked' }, { name: 'Liam Carter' });
    expect(action(doc, id).statusHistory.map((h) => [h.status, h.by?.name ?? null])).toEqual([
      ['todo', null],
      ['blocked', 'Liam Carter'],
    ]);
  });

  it('refuses moving an action to a goal that does not exist', () => {
    const { doc, goal } = smallBoard();
    const id = createAction(doc, { title: 'T', goalId: goal });
    expectRefused(doc, () => updateAction(doc, id, { goalId: 'gone' }), { code: 'not_found', field: 'goalId' });
  });

  it('refuses an action that is not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => updateAction(doc, 'gone', { title: 'X' }), { code: 'not_found', field: 'id' });
  });
});

describe('moveAction', () => {
  it('moves an action to another column, last when no neighbour is named', () => {
    const { doc, goal } = smallBoard();
    const [a, b, c] = addActions(doc, goal, 3);
    moveAction(doc, a ?? '', { status: 'done' }, { name: 'Priya Shah' });
    expect(action(doc, a ?? '')).toMatchObject({ status: 'done' });
    expect(action(doc, a ?? '').completedAt).not.toBeNull();
    expect(readBoard(doc).actions.map((x) => x.id)).toEqual([b, c, a]);
  });

  it('moves an action right after another', () => {
    const { doc, goal } = smallBoard();
    const [a, b, c] = addActions(doc, goal, 3);
    moveAction(doc, a ?? '', { after: b });
    expect(readBoard(doc).actions.map((x) => x.id)).toEqual([b, a, c]);
  });

  it('moves an action right before another, and to the top with after: null', () => {
    const { doc, goal } = smallBoard();
    const [a, b, c] = addActions(doc, goal, 3);
    moveAction(doc, c ?? '', { before: b });
    expect(readBoard(doc).actions.map((x) => x.id)).toEqual([a, c, b]);
    moveAction(doc, b ?? '', { after: null });
    expect(readBoard(doc).actions.map((x) => x.id)).toEqual([b, a, c]);
  });

  it('moves an action to another goal', () => {
    const { doc, goal } = smallBoard();
    const other = createGoal(doc, { title: 'Other' });
    const [a] = addActions(doc, goal, 1);
    moveAction(doc, a ?? '', { goalId: other });
    expect(action(doc, a ?? '').goalId).toBe(other);
  });

  it('keeps its place when moved within its column without neighbours', () => {
    const { doc, goal } = smallBoard();
    const [a] = addActions(doc, goal, 2);
    const before = action(doc, a ?? '').order;
    moveAction(doc, a ?? '', { status: 'todo' });
    expect(action(doc, a ?? '').order).toBe(before);
  });

  it('refuses a goal, neighbour or status that does not exist, changing nothing', () => {
    const { doc, goal } = smallBoard();
    const [a] = addActions(doc, goal, 2);
    expectRefused(doc, () => moveAction(doc, a ?? '', { goalId: 'gone' }), { code: 'not_found', field: 'goalId' });
    expectRefused(doc, () => moveAction(doc, a ?? '', { status: 'done', after: 'gone' }), { code: 'not_found', field: 'after' });
    expectRefused(doc, () => moveAction(doc, a ?? '', { status: 'finished' as never }), { code: 'invalid', field: 'status' });
    expectRefused(doc, () => moveAction(doc, a ?? '', { before: a }), { code: 'invalid', field: 'before' });
  });
});

describe('deleteAction', () => {
  it('deletes the action, its comments and its links from decisions', () => {
    const { doc, goal } = smallBoard();
    const [a] = addActions(doc, goal, 1);
    addComment(doc, { itemId: a ?? '', text: 'Done?', authorName: 'Priya' });
    const decision = createDecision(doc, { title: 'Agreed', actionIds: [a ?? ''] });
    deleteAction(doc, a ?? '');
    const board = readBoard(doc);
    expect(board.actions).toEqual([]);
    expect(board.comments).toEqual([]);
    expect(board.decisions.find((d) => d.id === decision)?.actionIds).toEqual([]);
  });

  it('refuses an action that is not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => deleteAction(doc, 'gone'), { code: 'not_found' });
  });
});
