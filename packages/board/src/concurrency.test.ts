import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, deleteAction, moveAction, updateAction } from './actions.js';
import { createGoal, deleteGoal, updateGoal } from './goals.js';
import { orphanedActions } from './insights.js';
import { deletePerson } from './people.js';
import { readBoard } from './read.js';
import { addActions, replica, smallBoard } from './test-support.js';
import { textField } from './text.js';
import type { Board } from './types.js';

// Two people edit apart (offline, or in the same instant), then their replicas merge. Whatever the
// order the updates arrive in, both must end up with the same board and every edit kept.

/** Merges `a` and `b` in both orders and checks both orders give the same board; returns it. */
function mergeBothWays(a: Y.Doc, b: Y.Doc): Board {
  const updateA = Y.encodeStateAsUpdate(a);
  const updateB = Y.encodeStateAsUpdate(b);
  Y.applyUpdate(a, updateB);
  Y.applyUpdate(b, updateA);
  const boardA = readBoard(a);
  const boardB = readBoard(b);
  expect(JSON.parse(JSON.stringify(boardB))).toEqual(JSON.parse(JSON.stringify(boardA)));
  return boardA;
}

function titles(board: Board): string[] {
  return board.actions.map((a) => a.title);
}

describe('two people editing apart', () => {
  it('keeps concurrent edits to different fields of one action', () => {
    const { doc, goal, joanne } = smallBoard();
    const [id = ''] = addActions(doc, goal, 1);
    const other = replica(doc);
    updateAction(doc, id, { title: 'Book transport for 10:00' });
    updateAction(other, id, { dueDate: '2026-03-12', ownerId: joanne, priority: 'high' });
    const board = mergeBothWays(doc, other);
    expect(board.actions[0]).toMatchObject({ title: 'Book transport for 10:00', dueDate: '2026-03-12', ownerId: joanne, priority: 'high' });
  });

  it('keeps both moves when two people move different cards in the same column', () => {
    const { doc, goal } = smallBoard();
    const [a1, a2, a3, a4, a5] = addActions(doc, goal, 5);
    const other = replica(doc);
    moveAction(doc, a1 ?? '', { after: a3 });
    moveAction(other, a5 ?? '', { after: null });
    const board = mergeBothWays(doc, other);
    expect(board.actions.map((a) => a.id)).toEqual([a5, a2, a3, a1, a4]);
  });

  it('gives one order on every client when two cards are dropped into the same gap', () => {
    const { doc, goal } = smallBoard();
    const [a1, a2, a3, a4] = addActions(doc, goal, 4);
    const other = replica(doc);
    moveAction(doc, a3 ?? '', { after: a1 });
    moveAction(other, a4 ?? '', { after: a1 });
    const board = mergeBothWays(doc, other);
    const ids = board.actions.map((a) => a.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    expect(ids[0]).toBe(a1);
    expect(ids[3]).toBe(a2);
  });

  it('still places a card exactly after one of two cards that share a key', () => {
    const { doc, goal } = smallBoard();
    const [a1, a2, a3, a4] = addActions(doc, goal, 4);
    const other = replica(doc);
    moveAction(doc, a3 ?? '', { after: a1 });
    moveAction(other, a4 ?? '', { after: a1 });
    const [, first = '', second = ''] = mergeBothWays(doc, other).actions.map((a) => a.id);
    moveAction(doc, a2 ?? '', { after: first });
    expect(readBoard(doc).actions.map((a) => a.id)).toEqual([a1, first, a2, second]);
  });

  it('keeps both cards, in the same order everywhere, when two people add at the end at once', () => {
    const { doc, goal } = smallBoard();
    const other = replica(doc);
    createAction(doc, { title: 'From Priya', goalId: goal });
    createAction(other, { title: 'From Joanne', goalId: goal });
    const board = mergeBothWays(doc, other);
    expect(titles(board).sort()).toEqual(['From Joanne', 'From Priya']);
  });

  it('shows a card once when two people move the same card to different columns', () => {
    const { doc, goal } = smallBoard();
    const [a1, a2] = addActions(doc, goal, 2);
    const other = replica(doc);
    moveAction(doc, a1 ?? '', { status: 'done', after: a2 }, { name: 'Priya Shah' });
    moveAction(other, a1 ?? '', { status: 'blocked', after: null }, { name: 'Joanne Evans' });
    const board = mergeBothWays(doc, other);
    const card = board.actions.filter((a) => a.id === a1);
    expect(card).toHaveLength(1);
    expect(['done', 'blocked']).toContain(card[0]?.status);
    expect(card[0]?.statusHistory.map((h) => h.status).sort()).toEqual(['blocked', 'done', 'todo']);
    expect(card[0]?.completedAt !== null).toBe(card[0]?.status === 'done');
  });

  it('keeps both status changes of a goal in its history', () => {
    const { doc, goal } = smallBoard();
    const other = replica(doc);
    updateGoal(doc, goal, { status: 'at_risk' }, { name: 'Priya Shah' });
    updateGoal(other, goal, { status: 'off_track' }, { name: 'Joanne Evans' });
    const board = mergeBothWays(doc, other);
    const history = board.goals[0]?.statusHistory ?? [];
    expect(history.map((h) => h.by?.name ?? null).sort()).toEqual(['Joanne Evans', 'Priya Shah', null].sort());
    expect(['at_risk', 'off_track']).toContain(board.goals[0]?.status);
  });

  it('keeps both people’s words when they type in the same notes', () => {
    const { doc, goal } = smallBoard();
    const id = createAction(doc, { title: 'Reablement', goalId: goal, notes: 'Four visits a day' });
    const other = replica(doc);
    textField(doc, 'actions', id, 'notes').insert(0, 'Confirmed: ');
    textField(other, 'actions', id, 'notes').insert('Four visits a day'.length, ' from Monday');
    expect(mergeBothWays(doc, other).actions[0]?.notes).toBe('Confirmed: Four visits a day from Monday');
  });

  it('keeps both people’s words when two forms save edited notes at once', () => {
    const { doc, goal } = smallBoard();
    const id = createAction(doc, { title: 'Reablement', goalId: goal, notes: 'Four visits a day' });
    const other = replica(doc);
    updateAction(doc, id, { notes: 'Confirmed: Four visits a day' });
    updateAction(other, id, { notes: 'Four visits a day from Monday' });
    expect(mergeBothWays(doc, other).actions[0]?.notes).toBe('Confirmed: Four visits a day from Monday');
  });

  it('keeps both people added as Responsible at the same time', () => {
    const { doc, goal, priya, joanne, liam } = smallBoard();
    const id = createAction(doc, { title: 'T', goalId: goal, responsibleIds: [priya] });
    const other = replica(doc);
    updateAction(doc, id, { responsibleIds: [priya, joanne] });
    updateAction(other, id, { responsibleIds: [priya, liam] });
    expect(mergeBothWays(doc, other).actions[0]?.responsibleIds).toEqual([priya, joanne, liam].sort());
  });

  it('keeps an action deleted when someone else edited it meanwhile', () => {
    const { doc, goal } = smallBoard();
    const [a1, a2] = addActions(doc, goal, 2);
    const other = replica(doc);
    updateAction(doc, a1 ?? '', { title: 'Edited' });
    textField(doc, 'actions', a1 ?? '', 'notes').insert(0, 'typing');
    deleteAction(other, a1 ?? '');
    const board = mergeBothWays(doc, other);
    expect(board.actions.map((a) => a.id)).toEqual([a2]);
  });

  it('reports an action added to a goal that someone else deleted, and lets it be moved to a goal', () => {
    const { doc, goal } = smallBoard();
    const other = replica(doc);
    deleteGoal(doc, goal, { actions: 'delete' });
    const orphan = createAction(other, { title: 'Added meanwhile', goalId: goal });
    const board = mergeBothWays(doc, other);
    expect(board.dangling).toEqual([{ collection: 'actions', id: orphan, field: 'goalId', missingId: goal }]);
    expect(orphanedActions(board).map((a) => a.id)).toEqual([orphan]);
    updateAction(doc, orphan, { title: 'Still editable' });
    const newGoal = createGoal(doc, { title: 'New home for it' });
    moveAction(doc, orphan, { goalId: newGoal });
    expect(readBoard(doc).dangling).toEqual([]);
  });

  it('reports an owner who was removed while someone assigned them', () => {
    const { doc, goal, liam } = smallBoard();
    const id = createAction(doc, { title: 'T', goalId: goal });
    const other = replica(doc);
    deletePerson(doc, liam);
    updateAction(other, id, { ownerId: liam });
    const board = mergeBothWays(doc, other);
    expect(board.dangling).toEqual([{ collection: 'actions', id, field: 'ownerId', missingId: liam }]);
  });
});
