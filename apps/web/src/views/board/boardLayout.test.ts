import { describe, expect, it } from 'vitest';
import { containerId, type CardContainer } from './boardLayout';
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
