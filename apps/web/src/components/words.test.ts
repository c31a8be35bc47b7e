import { describe, expect, it } from 'vitest';
import { inWords, percent, responsibilityWords } from './words';

describe('percent', () => {
  it('rounds a share to a whole percentage', () => {
    expect(percent(0.375)).toBe('38%');
    expect(percent(0)).toBe('0%');
  });
});

describe('inWords', () => {
  it('joins parts with commas and a final "and"', () => {
    expect(inWords(['2 goals', '1 action', 'the lead professional role'])).toBe('2 goals, 1 action and the lead professional role');
    expect(inWords(['1 goal'])).toBe('1 goal');
    expect(inWords([])).toBe('');
  });
});

describe('responsibilityWords', () => {
  it('counts the goals, actions and risks someone is accountable for, and the lead professional role', () => {
    expect(responsibilityWords({ goals: ['g1', 'g2'], actions: ['a1'], risks: [], leadProfessional: true })).toEqual([
      '2 goals',
      '1 action',
      'the lead professional role',
    ]);
  });

  it('is empty for someone accountable for nothing', () => {
    expect(responsibilityWords({ goals: [], actions: [], risks: [], leadProfessional: false })).toEqual([]);
  });
});
