import { describe, expect, it } from 'vitest';
import { createAction, deleteAction, moveAction, updateAction } from './actions.js';
import { changesBetween } from './changes.js';
import { readBoard } from './read.js';
import { addActions, smallBoard } from './test-support.js';

describe('changesBetween', () => {
  it('lists nothing when nothing changed', () => {
    const { doc } = smallBoard();
    expect(changesBetween(readBoard(doc), readBoard(doc))).toEqual([]);
  });

  it('lists items added and removed, and the fields changed on the rest', () => {
    const { doc, goal } = smallBoard();
    const [a1 = '', a2 = '', a3 = ''] = addActions(doc, goal, 3);
    const before = readBoard(doc);
    updateAction(doc, a1, { status: 'done', dueDate: '2026-03-20' });
    moveAction(doc, a2, { after: null });
    deleteAction(doc, a3);
    const added = createAction(doc, { title: 'New one', goalId: goal });
    expect(changesBetween(before, readBoard(doc))).toEqual([
      { kind: 'changed', collection: 'actions', id: a2, label: 'A2', fields: ['order'] },
      { kind: 'changed', collection: 'actions', id: a1, label: 'A1', fields: ['status', 'dueDate'] },
      { kind: 'added', collection: 'actions', id: added, label: 'New one', fields: [] },
      { kind: 'removed', collection: 'actions', id: a3, label: 'A3', fields: [] },
    ]);
  });
});
