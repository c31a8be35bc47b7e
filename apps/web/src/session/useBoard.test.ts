import { createPerson, createPartner, readBoard, updatePerson } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { keepUnchanged } from './keepUnchanged';
import { byId, sameFields, sameFieldsEach, sameItems } from './useBoard';

describe('byId', () => {
  it('finds an entity of the list by id, and nothing for a missing or empty id', () => {
    const doc = new Y.Doc();
    const partnerId = createPartner(doc, { name: 'Riverside GP practice', kind: 'other' });
    const personId = createPerson(doc, { name: 'Asha Patel', partnerId });
    const { people } = readBoard(doc);
    expect(byId(people, personId)?.name).toBe('Asha Patel');
    expect(byId(people, 'nobody')).toBeUndefined();
    expect(byId(people, null)).toBeUndefined();
  });

  it('answers from the list it is given, so a renewed list gives the renewed entity', () => {
    const doc = new Y.Doc();
    const partnerId = createPartner(doc, { name: 'Riverside GP practice', kind: 'other' });
    const personId = createPerson(doc, { name: 'Asha Patel', partnerId });
    const before = readBoard(doc);
    expect(byId(before.people, personId)?.name).toBe('Asha Patel');
    updatePerson(doc, personId, { name: 'Asha Patel-Jones' });
    const after = keepUnchanged(before, readBoard(doc));
    expect(byId(after.people, personId)?.name).toBe('Asha Patel-Jones');
  });
});

describe('sameItems and sameFields', () => {
  it('call lists equal when they hold the same items in the same order', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a], [{ id: 'a' }])).toBe(false);
  });

  it('call small values equal field by field, and null equal only to null', () => {
    expect(sameFields({ done: 1, total: 3 }, { done: 1, total: 3 })).toBe(true);
    expect(sameFields({ done: 1, total: 3 }, { done: 2, total: 3 })).toBe(false);
    expect(sameFields<{ done?: number; total: number }>({ total: 3 }, { done: undefined, total: 3 })).toBe(false);
    expect(sameFields(null, null)).toBe(true);
    expect(sameFields<{ done: number } | null>({ done: 1 }, null)).toBe(false);
  });

  it('call undefined equal only to undefined (an author the server has not bound)', () => {
    expect(sameFields(undefined, undefined)).toBe(true);
    expect(sameFields<{ name: string } | undefined>({ name: 'Asha Patel' }, undefined)).toBe(false);
    expect(sameFields<{ name: string } | undefined>(undefined, { name: 'Asha Patel' })).toBe(false);
  });

  it('call lists of small values equal when each item is the same field by field, in the same order', () => {
    expect(sameFieldsEach([{ open: 2 }, { open: 0 }], [{ open: 2 }, { open: 0 }])).toBe(true);
    expect(sameFieldsEach([{ open: 2 }, { open: 0 }], [{ open: 0 }, { open: 2 }])).toBe(false);
    expect(sameFieldsEach([{ open: 2 }], [{ open: 2 }, { open: 0 }])).toBe(false);
  });
});
