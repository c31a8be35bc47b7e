import { describe, expect, it } from 'vitest';
import { createCommitment, deleteCommitment, updateCommitment } from './commitments.js';
import { readBoard } from './read.js';
import { expectRefused, smallBoard } from './test-support.js';

describe('commitments', () => {
  it('records what a partner puts in, and marks it delivered', () => {
    const { doc, council, goal } = smallBoard();
    const id = createCommitment(doc, { partnerId: council, goalId: goal, kind: 'funding', amount: 2000, unit: '£', note: 'Equipment' });
    updateCommitment(doc, id, { status: 'delivered' });
    expect(readBoard(doc).commitments[0]).toMatchObject({ partnerId: council, goalId: goal, kind: 'funding', amount: 2000, unit: '£', note: 'Equipment', status: 'delivered' });
    deleteCommitment(doc, id);
    expect(readBoard(doc).commitments).toEqual([]);
  });

  it('refuses a partner not on the board and a negative amount', () => {
    const { doc, council } = smallBoard();
    expectRefused(doc, () => createCommitment(doc, { partnerId: 'gone', kind: 'funding' }), { code: 'not_found', field: 'partnerId' });
    expectRefused(doc, () => createCommitment(doc, { partnerId: council, kind: 'funding', amount: -5 }), { code: 'invalid', field: 'amount' });
  });
});
