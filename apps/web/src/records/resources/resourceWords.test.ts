import type { KindShares, Partner } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import { amountWords, commitmentWords, sharesWords } from './resourceWords';

const partner = (id: string, name: string): Partner => ({ id, name, kind: 'other', colour: '#000000', leadPersonId: null, order: 'a' });
const partners = new Map([
  ['c', partner('c', 'Northshire Council')],
  ['t', partner('t', 'Riverside NHS Trust')],
]);

describe('amountWords and commitmentWords', () => {
  it('writes money with its symbol first and other units after the number', () => {
    expect(amountWords(2000, '£')).toBe('£2,000');
    expect(amountWords(6, 'hours a week')).toBe('6 hours a week');
    expect(amountWords(null, '')).toBe('');
    expect(commitmentWords({ kind: 'staff_time', amount: 4.5, unit: 'hours a week' })).toBe('Staff time: 4.5 hours a week');
    expect(commitmentWords({ kind: 'expertise', amount: null, unit: '' })).toBe('Expertise');
  });
});

describe('sharesWords', () => {
  const base = { kind: 'staff_time', by: 'amount', unit: 'hours a week', total: 10 } as const;

  it('says who carries most, with the amounts', () => {
    const shares: KindShares = { ...base, partners: [{ partnerId: 'c', measure: 6, share: 0.6 }, { partnerId: 't', measure: 4, share: 0.4 }], carriedMostlyBy: 'c' };
    expect(sharesWords(shares, partners)).toBe('Northshire Council carries 60% of staff time (6 of 10 hours a week).');
  });

  it('says when a resource is shared, and when one organisation puts in all of it', () => {
    const shared: KindShares = { ...base, by: 'count', unit: '', total: 2, partners: [{ partnerId: 'c', measure: 1, share: 0.5 }, { partnerId: 't', measure: 1, share: 0.5 }], carriedMostlyBy: null };
    expect(sharesWords(shared, partners)).toBe('2 organisations share the staff time evenly (1 commitment each).');
    const uneven: KindShares = { ...base, partners: [{ partnerId: 't', measure: 4, share: 0.4 }, { partnerId: 'c', measure: 3, share: 0.3 }, { partnerId: 'x', measure: 3, share: 0.3 }], carriedMostlyBy: null };
    expect(sharesWords(uneven, partners)).toBe('3 organisations share the staff time; the largest part, 40%, comes from Riverside NHS Trust.');
    const alone: KindShares = { ...base, kind: 'funding', by: 'amount', unit: '£', total: 2000, partners: [{ partnerId: 't', measure: 2000, share: 1 }], carriedMostlyBy: 't' };
    expect(sharesWords(alone, partners)).toBe('Riverside NHS Trust puts in all of the funding (£2,000 of £2,000).');
  });
});
