import { describe, expect, it } from 'vitest';
import { BoardError } from './errors.js';
import { compareOrder, placeAmong, type Ordered } from './order.js';

function list(...orders: string[]): Ordered[] {
  return orders.map((order, i) => ({ id: `id${i}`, order })).sort(compareOrder);
}

function insert(items: Ordered[], placed: { order: string; rekeyed: readonly Ordered[] }): string[] {
  const rekeys = new Map(placed.rekeyed.map((r) => [r.id, r.order]));
  const all = [...items.map((item) => ({ id: item.id, order: rekeys.get(item.id) ?? item.order })), { id: 'new', order: placed.order }];
  return all.sort(compareOrder).map((item) => item.id);
}

describe('compareOrder', () => {
  it('sorts by order, then by id when two items share a key', () => {
    const items = [
      { id: 'b', order: 'a1' },
      { id: 'c', order: 'a0' },
      { id: 'a', order: 'a1' },
    ].sort(compareOrder);
    expect(items.map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('placeAmong', () => {
  const items = list('a0', 'a1', 'a2');

  it('places last when no neighbour is named', () => {
    expect(insert(items, placeAmong(items, {}))).toEqual(['id0', 'id1', 'id2', 'new']);
  });

  it('places first when after is null', () => {
    expect(insert(items, placeAmong(items, { after: null }))).toEqual(['new', 'id0', 'id1', 'id2']);
  });

  it('places right after the named item', () => {
    expect(insert(items, placeAmong(items, { after: 'id0' }))).toEqual(['id0', 'new', 'id1', 'id2']);
  });

  it('places right before the named item', () => {
    expect(insert(items, placeAmong(items, { before: 'id2' }))).toEqual(['id0', 'id1', 'new', 'id2']);
  });

  it('places last when before is null and after is the last item', () => {
    expect(insert(items, placeAmong(items, { after: 'id2', before: null }))).toEqual(['id0', 'id1', 'id2', 'new']);
  });

  it('refuses a neighbour that is not in the list', () => {
    expect(() => placeAmong(items, { after: 'gone' })).toThrow(BoardError);
    expect(() => placeAmong(items, { before: 'gone' })).toThrow(/no longer in this list/);
  });

  it('lands exactly between two items that share one key, re-keying only the tied run', () => {
    const tied = [
      { id: 'x', order: 'a0' },
      { id: 'p', order: 'a1' },
      { id: 'q', order: 'a1' },
      { id: 'y', order: 'a2' },
    ];
    const placed = placeAmong(tied, { after: 'p' });
    expect(insert(tied, placed)).toEqual(['x', 'p', 'new', 'q', 'y']);
    expect(placed.rekeyed.map((r) => r.id).sort()).toEqual(['p', 'q']);
  });

  it('places before the second of two tied items', () => {
    const tied = [
      { id: 'p', order: 'a1' },
      { id: 'q', order: 'a1' },
    ];
    expect(insert(tied, placeAmong(tied, { before: 'q' }))).toEqual(['p', 'new', 'q']);
  });

  it('renumbers the list when a key is not a valid fractional index', () => {
    const broken = list('not a key', 'zzz');
    const placed = placeAmong(broken, { after: broken[0]?.id ?? '' });
    expect(insert(broken, placed)).toEqual([broken[0]?.id, 'new', broken[1]?.id]);
  });
});
