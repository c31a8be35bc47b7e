import { describe, expect, it } from 'vitest';
import { placeAt, placeOnDrop } from './insights-places.js';

describe('placeAt', () => {
  it('names the items right before and right after the new place', () => {
    expect(placeAt(['a', 'b', 'c'], 'x', 1)).toEqual({ after: 'a', before: 'b' });
  });

  it('counts places without the moved item itself', () => {
    expect(placeAt(['a', 'x', 'b', 'c'], 'x', 2)).toEqual({ after: 'b', before: 'c' });
  });

  it('puts an item first or last at either end, and alone in an empty list', () => {
    expect(placeAt(['a', 'b'], 'x', 0)).toEqual({ after: null, before: 'a' });
    expect(placeAt(['a', 'b'], 'x', 9)).toEqual({ after: 'b', before: null });
    expect(placeAt([], 'x', 0)).toEqual({ after: null, before: null });
  });
});

describe('placeOnDrop', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('places an item dragged down right after the item it was dropped on', () => {
    expect(placeOnDrop(ids, 'a', 'c')).toEqual({ after: 'c', before: 'd' });
  });

  it('places an item dragged up right before the item it was dropped on', () => {
    expect(placeOnDrop(ids, 'd', 'b')).toEqual({ after: 'a', before: 'b' });
  });

  it('uses no neighbour at the ends of the list', () => {
    expect(placeOnDrop(ids, 'c', 'a')).toEqual({ after: null, before: 'a' });
    expect(placeOnDrop(ids, 'b', 'd')).toEqual({ after: 'd', before: null });
  });

  it('is null when the item is dropped where it was, or on something not in the list', () => {
    expect(placeOnDrop(ids, 'b', 'b')).toBeNull();
    expect(placeOnDrop(ids, 'b', 'z')).toBeNull();
  });
});
