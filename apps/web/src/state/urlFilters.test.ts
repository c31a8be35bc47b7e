import { describe, expect, it } from 'vitest';
import { emptyUrlState, formatUrlState, parseUrlState } from './urlFilters';

describe('the filters in the address', () => {
  it('writes nothing when nothing is set', () => {
    expect(formatUrlState(emptyUrlState)).toBe('');
  });

  it('reads back what it wrote', () => {
    const state = {
      filters: {
        partnerIds: ['p1', 'p2'],
        ownerIds: ['o1'],
        statuses: ['blocked' as const],
        goalStatuses: ['at_risk' as const, 'off_track' as const],
        overdue: true,
        pastTarget: true,
        mine: true,
        text: 'hip & knee',
      },
      swimlanes: true,
    };
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });

  it('ignores statuses it does not know', () => {
    expect(parseUrlState('?status=done,sleeping').filters.statuses).toEqual(['done']);
    expect(parseUrlState('?goal-status=achieved,done').filters.goalStatuses).toEqual(['achieved']);
  });
});
