import type { Person } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import { myPerson } from './identity';

const person = (id: string, name: string, partnerId: string) => ({ id, name, partnerId, role: '', contact: '', order: id }) as unknown as Person;
const people = [person('p1', 'Priya Shah', 'ward'), person('p2', 'Jo Evans', 'council'), person('p3', 'Jo Evans', 'ward')];

describe('the person in the plan I am', () => {
  it('is the one I picked, by id, whatever my name', () => {
    expect(myPerson({ name: 'P. Shah', organisation: 'Ward', partnerId: 'ward', personId: 'p1' }, people)?.id).toBe('p1');
  });

  it('is nobody when I said I am not in the plan, or my person was removed', () => {
    expect(myPerson({ name: 'Priya Shah', organisation: 'Ward', partnerId: 'ward', personId: null }, people)).toBeUndefined();
    expect(myPerson({ name: 'Priya Shah', organisation: 'Ward', partnerId: 'ward', personId: 'gone' }, people)).toBeUndefined();
  });

  it('is found by name, as before, for a browser that joined before it was asked, when only one person fits', () => {
    expect(myPerson({ name: 'priya shah ', organisation: 'Ward', partnerId: 'ward' }, people)?.id).toBe('p1');
    expect(myPerson({ name: 'Jo Evans', organisation: 'Council', partnerId: 'council' }, people)?.id).toBe('p2');
    expect(myPerson({ name: 'Jo Evans', organisation: 'Somewhere' }, people)).toBeUndefined();
  });
});
