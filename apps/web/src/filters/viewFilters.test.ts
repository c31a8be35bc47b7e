import { noPlanFilters } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import { clearedOn, filtersOn, filtersSetOn, isFiltering } from './viewFilters';

const set = {
  ...noPlanFilters,
  text: 'home',
  partnerIds: ['ward'],
  statuses: ['blocked' as const],
  overdue: true,
  goalStatuses: ['at_risk' as const],
  pastTarget: true,
};

describe('filters per view', () => {
  it('applies on each view only the filters that view shows', () => {
    expect(filtersOn('board', set)).toEqual({ ...set, goalStatuses: [], pastTarget: false });
    expect(filtersOn('goals', set)).toEqual({ ...set, statuses: [], overdue: false });
    expect(filtersOn('people', set)).toEqual({ ...noPlanFilters, text: 'home', partnerIds: ['ward'] });
  });

  it('does not count a filter of another view as narrowing this one', () => {
    const boardOnly = { ...noPlanFilters, statuses: ['done' as const], overdue: true };
    expect(isFiltering('board', boardOnly)).toBe(true);
    expect(isFiltering('people', boardOnly)).toBe(false);
    expect(isFiltering('goals', { ...noPlanFilters, text: '   ' })).toBe(false);
  });

  it('counts the filters that narrow this view, and none of another view', () => {
    expect(filtersSetOn('board', set)).toBe(4);
    expect(filtersSetOn('goals', set)).toBe(4);
    expect(filtersSetOn('people', set)).toBe(2);
    expect(filtersSetOn('people', { ...noPlanFilters, text: '  ', overdue: true })).toBe(0);
  });

  it('clears the filters of this view and keeps those of the others', () => {
    expect(clearedOn('people', set)).toEqual({ ...set, text: '', partnerIds: [] });
    expect(clearedOn('goals', set)).toEqual({ ...noPlanFilters, statuses: ['blocked'], overdue: true });
  });
});
