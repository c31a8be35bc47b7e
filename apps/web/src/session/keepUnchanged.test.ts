import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './keepUnchanged';

describe('keepUnchanged', () => {
  it('returns the previous value when nothing changed', () => {
    const previous = { actions: [{ id: 'a', title: 'One', ids: ['x'] }], title: 'Board' };
    const next = { actions: [{ id: 'a', title: 'One', ids: ['x'] }], title: 'Board' };
    expect(keepUnchanged(previous, next)).toBe(previous);
  });

  it('renews only the changed entity and its parents', () => {
    const a = { id: 'a', title: 'One' };
    const b = { id: 'b', title: 'Two' };
    const previous = { actions: [a, b] };
    const result = keepUnchanged(previous, { actions: [{ id: 'a', title: 'One' }, { id: 'b', title: 'Two, renamed' }] });
    expect(result).not.toBe(previous);
    expect(result.actions[0]).toBe(a);
    expect(result.actions[1]).toEqual({ id: 'b', title: 'Two, renamed' });
  });

  it('matches entities by id when one is inserted before them', () => {
    const b = { id: 'b', title: 'Two' };
    const result = keepUnchanged({ actions: [b] }, { actions: [{ id: 'a', title: 'New' }, { id: 'b', title: 'Two' }] });
    expect(result.actions[1]).toBe(b);
  });
});
