import { createAction, createGoal, readBoard, updateAction, updateGoal } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { keepUnchanged } from '../../session/keepUnchanged';
import { containerId, layoutOf, sameLayout, type CardContainer } from './boardLayout';
import { keyboardTarget } from './useBoardDnd';

describe('keyboardTarget', () => {
  const column = (status: CardContainer['status'], ids: string[], goalId: string | null = null): CardContainer => ({
    id: containerId(status, goalId),
    status,
    goalId,
    actionIds: ids,
  });
  const columns = [column('todo', ['a', 'b', 'c']), column('in_progress', ['d', 'e']), column('blocked', []), column('done', ['f'])];

  it('steps up and down along the column from the card it is over', () => {
    expect(keyboardTarget(columns, 'c', 'c', 'up')).toBe('b');
    expect(keyboardTarget(columns, 'c', 'b', 'up')).toBe('a');
    expect(keyboardTarget(columns, 'a', 'a', 'down')).toBe('b');
    expect(keyboardTarget(columns, 'a', 'a', 'up')).toBeUndefined();
  });

  it('steps to the neighbouring column at the same height, or into an empty one', () => {
    expect(keyboardTarget(columns, 'b', 'b', 'right')).toBe('e');
    expect(keyboardTarget(columns, 'c', 'c', 'right')).toBe('e');
    expect(keyboardTarget(columns, 'd', 'd', 'right')).toBe('column:blocked');
    expect(keyboardTarget(columns, 'a', 'a', 'left')).toBeUndefined();
  });

  it('moves between swimlanes at the ends of a cell', () => {
    const lanes = [
      column('todo', ['a'], 'g1'),
      column('in_progress', [], 'g1'),
      column('blocked', [], 'g1'),
      column('done', [], 'g1'),
      column('todo', ['b', 'c'], 'g2'),
      column('in_progress', [], 'g2'),
      column('blocked', [], 'g2'),
      column('done', [], 'g2'),
    ];
    expect(keyboardTarget(lanes, 'a', 'a', 'down')).toBe('b');
    expect(keyboardTarget(lanes, 'b', 'b', 'up')).toBe('a');
    expect(keyboardTarget(lanes, 'a', 'a', 'right')).toBe('lane:g1:in_progress');
  });
});

describe('sameLayout', () => {
  function plan() {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Safe discharge' });
    const first = createAction(doc, { title: 'Book the care package', goalId });
    createAction(doc, { title: 'Arrange transport', goalId, status: 'in_progress' });
    return { doc, goalId, first };
  }
  const layout = (doc: Y.Doc, swimlanes: boolean, previous = readBoard(doc)) => {
    const board = keepUnchanged(previous, readBoard(doc));
    return { board, layout: layoutOf(board.goals, board.actions, board.actions.length, swimlanes) };
  };

  it('calls the layout unchanged when an edit moves no card', () => {
    const { doc, first } = plan();
    const before = layout(doc, false);
    updateAction(doc, first, { title: 'Book the care package today' });
    expect(sameLayout(before.layout, layout(doc, false, before.board).layout)).toBe(true);
  });

  it('calls it changed when a card moves to another column', () => {
    const { doc, first } = plan();
    const before = layout(doc, false);
    updateAction(doc, first, { status: 'done' });
    expect(sameLayout(before.layout, layout(doc, false, before.board).layout)).toBe(false);
  });

  it('calls swimlanes changed when a lane\'s goal is renamed, so the lane shows its new title', () => {
    const { doc, goalId } = plan();
    const before = layout(doc, true);
    updateGoal(doc, goalId, { title: 'Home safely' });
    expect(sameLayout(before.layout, layout(doc, true, before.board).layout)).toBe(false);
  });
});
