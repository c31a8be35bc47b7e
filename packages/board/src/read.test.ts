import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, updateAction } from './actions.js';
import { createGoal } from './goals.js';
import { goalProgress, workload } from './insights.js';
import { initBoard, updateMeta } from './meta.js';
import { readBoard, readTitle } from './read.js';
import { addActions, smallBoard } from './test-support.js';

describe('readBoard', () => {
  it('returns an empty, well-formed board for an empty document', () => {
    const board = readBoard(new Y.Doc());
    expect(board.meta).toMatchObject({ title: '', createdAt: null, template: 'blank', agreement: { signOffs: [] } });
    expect(board.goals).toEqual([]);
    expect(board.dangling).toEqual([]);
  });

  it('returns frozen objects', () => {
    const { doc } = smallBoard();
    const board = readBoard(doc);
    expect(Object.isFrozen(board)).toBe(true);
    expect(Object.isFrozen(board.goals)).toBe(true);
    expect(Object.isFrozen(board.goals[0])).toBe(true);
  });

  it('returns the same board object while nothing changes', () => {
    const { doc } = smallBoard();
    expect(readBoard(doc)).toBe(readBoard(doc));
  });

  it('keeps unchanged items and lists identical after an edit, and gives the edited item a new object', () => {
    const { doc, goal } = smallBoard();
    const [a1 = '', a2 = ''] = addActions(doc, goal, 2);
    const before = readBoard(doc);
    updateAction(doc, a1, { title: 'Changed' });
    const after = readBoard(doc);
    expect(after).not.toBe(before);
    expect(after.goals).toBe(before.goals);
    expect(after.people).toBe(before.people);
    expect(after.actions.find((a) => a.id === a2)).toBe(before.actions.find((a) => a.id === a2));
    expect(after.actions.find((a) => a.id === a1)?.title).toBe('Changed');
  });

  it('sees edits to nested text and lists of an item', () => {
    const { doc, goal, priya } = smallBoard();
    const [a1 = ''] = addActions(doc, goal, 1);
    readBoard(doc);
    updateAction(doc, a1, { notes: 'typed', responsibleIds: [priya] });
    expect(readBoard(doc).actions[0]).toMatchObject({ notes: 'typed', responsibleIds: [priya] });
  });

  it('sees updates that arrive from another replica', () => {
    const { doc, goal } = smallBoard();
    readBoard(doc);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    createAction(other, { title: 'From elsewhere', goalId: goal });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(readBoard(doc).actions.map((a) => a.title)).toEqual(['From elsewhere']);
  });

  it('reads the current state when called inside a transaction', () => {
    const { doc, goal } = smallBoard();
    readBoard(doc);
    doc.transact(() => {
      createAction(doc, { title: 'Inside', goalId: goal });
      expect(readBoard(doc).actions.map((a) => a.title)).toEqual(['Inside']);
    });
    expect(readBoard(doc).actions.map((a) => a.title)).toEqual(['Inside']);
  });

  it('reads values of the wrong type, written by a broken client, as empty instead of failing', () => {
    const { doc, goal } = smallBoard();
    const [id = ''] = addActions(doc, goal, 1);
    const action = doc.getMap<Y.Map<unknown>>('actions').get(id);
    doc.transact(() => {
      action?.set('title', 42);
      action?.set('status', 'exploded');
      action?.set('responsibleIds', 'not a set');
      action?.set('statusHistory', new Y.Array());
      doc.getMap('goals').set('junk', 'not a map' as never);
    });
    expect(readBoard(doc).actions[0]).toMatchObject({ title: '', status: 'todo', responsibleIds: [], statusHistory: [] });
    expect(readBoard(doc).goals.map((g) => g.id)).toEqual([goal]);
  });

  it('reads a board of 100 goals and 2,000 actions, and again after one edit', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Large' });
    const goals = Array.from({ length: 100 }, (_, i) => createGoal(doc, { title: `Goal ${i}` }));
    let last = '';
    doc.transact(() => {
      for (let i = 0; i < 2000; i++) last = createAction(doc, { title: `Action ${i}`, goalId: goals[i % 100] ?? '', dueDate: '2026-03-01' });
    });
    const board = readBoard(doc);
    expect(board.actions).toHaveLength(2000);
    expect(board.goals).toHaveLength(100);
    expect(goalProgress(board, goals[0] ?? '')).toEqual({ done: 0, total: 20 });
    expect(workload(board, '2026-03-10').unowned).toBe(2000);
    updateAction(doc, last, { status: 'done' });
    const after = readBoard(doc);
    expect(after.actions.filter((a) => a.status === 'done')).toHaveLength(1);
    expect(after.actions[0]).toBe(board.actions[0]);
  });
});

describe('readTitle', () => {
  it('reads the title as readBoard does, without reading the rest of the board', () => {
    const doc = new Y.Doc();
    expect(readTitle(doc)).toBe('');
    initBoard(doc, { title: 'Discharge plan', template: 'hospital-discharge' });
    expect(readTitle(doc)).toBe('Discharge plan');
    updateMeta(doc, { title: 'Discharge plan: Mrs Patel' });
    expect(readTitle(doc)).toBe(readBoard(doc).meta.title);
    expect(readTitle(doc)).toBe('Discharge plan: Mrs Patel');
  });
});
