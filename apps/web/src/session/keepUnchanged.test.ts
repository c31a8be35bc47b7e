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

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('keeps a record keyed by the id %s as data, never as its prototype', (name) => {
    const record = (value: string) => Object.assign(Object.create(null) as Record<string, string>, { other: 'x' }, Object.fromEntries([[name, value]]));
    const previous = { verdicts: record('positive') };
    const changed = keepUnchanged(previous, { verdicts: record('worse') });
    expect(Object.hasOwn(changed.verdicts, name)).toBe(true);
    expect(changed.verdicts[name]).toBe('worse');
    expect(Object.getPrototypeOf(changed.verdicts)).toBeNull();
    expect(keepUnchanged(previous, { verdicts: record('positive') })).toBe(previous);
    const added = keepUnchanged({ verdicts: Object.assign(Object.create(null) as Record<string, string>, { other: 'x' }) }, { verdicts: record('positive') });
    expect(added.verdicts[name]).toBe('positive');
  });

  it('takes a new Map as it is: the authors the server bound since are not lost', () => {
    const previous = { authors: new Map<number, string>() };
    const next = { authors: new Map([[7, 'Joanne Evans']]) };
    expect(keepUnchanged(previous, next).authors.get(7)).toBe('Joanne Evans');
  });
});
