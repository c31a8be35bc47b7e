import { describe, expect, it } from 'vitest';
import { noPlanFilters } from '@partnerboard/board';
import { emptyUrlState, formatUrlState, parseUrlState, unknownIdsMessage, withoutUnknownIds } from './urlFilters';

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

describe('ids the board does not have', () => {
  const board = {
    partners: [{ id: 'ward' }, { id: 'council' }],
    people: [{ id: 'priya' }],
  } as unknown as Parameters<typeof withoutUnknownIds>[1];

  it('keeps the filters as they are when the board has every id', () => {
    const filters = { ...noPlanFilters, partnerIds: ['ward'], ownerIds: ['priya'], mine: true };
    expect(withoutUnknownIds(filters, board)).toEqual({ filters, dropped: { partners: 0, people: 0 } });
    expect(withoutUnknownIds(filters, board).filters).toBe(filters);
  });

  it('drops the unknown organisations and people, and only them', () => {
    const filters = { ...noPlanFilters, partnerIds: ['gone', 'ward'], ownerIds: ['left'], text: 'rails' };
    expect(withoutUnknownIds(filters, board)).toEqual({
      filters: { ...filters, partnerIds: ['ward'], ownerIds: [] },
      dropped: { partners: 1, people: 1 },
    });
  });

  it('says what was cleared in words', () => {
    expect(unknownIdsMessage({ partners: 1, people: 0 })).toBe('The filter named an organisation this board does not have (perhaps removed), so it was cleared.');
    expect(unknownIdsMessage({ partners: 0, people: 1 })).toBe('The filter named a person this board does not have (perhaps removed), so it was cleared.');
    expect(unknownIdsMessage({ partners: 2, people: 1 })).toBe(
      'The filters named 2 organisations and a person this board does not have (perhaps removed), so they were cleared.',
    );
  });
});
