import { describe, expect, it } from 'vitest';
import type { ActivityLine } from '@partnerboard/protocol';
import { choicesOf, matchesFilter, mergeLines } from './activityLines';

function line(id: string, at: string, overrides: Partial<ActivityLine> = {}): ActivityLine {
  return { id, from: at, at, name: 'Priya Shah', organisation: 'Leeds City Council', role: 'editor', linkId: null, selfDeclared: true, kind: 'action', itemId: 'a', field: 'status', text: id, ...overrides };
}

describe('activity lines in the panel', () => {
  it('puts a line folded again in place of its older self, newest first', () => {
    const merged = mergeLines([line('a', '2026-12-07T10:00:00Z'), line('b', '2026-12-07T10:01:00Z')], [line('a', '2026-12-07T10:02:00Z', { text: 'folded' })], 10);
    expect(merged.map(({ id, text }) => [id, text])).toEqual([
      ['a', 'folded'],
      ['b', 'b'],
    ]);
  });

  it('lets through only the organisation and person asked for', () => {
    const sam = line('s', '2026-12-07T10:00:00Z', { name: 'Sam Jones', organisation: 'Riverside NHS Trust' });
    expect(matchesFilter(sam, { partner: '', person: '' })).toBe(true);
    expect(matchesFilter(sam, { partner: 'Leeds City Council', person: '' })).toBe(false);
    expect(matchesFilter(sam, { partner: '', person: 'Sam Jones' })).toBe(true);
  });

  it('offers each organisation once, known or seen, in order', () => {
    expect(choicesOf(['Riverside NHS Trust'], [line('a', 'x'), line('b', 'y', { organisation: '' })], (l) => l.organisation)).toEqual(['Leeds City Council', 'Riverside NHS Trust']);
  });
});
