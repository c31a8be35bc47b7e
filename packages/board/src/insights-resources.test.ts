import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCommitment } from './commitments.js';
import { createGoal } from './goals.js';
import { commitmentsByGoal, commitmentsByPartner, resourceShares } from './insights-resources.js';
import { initBoard } from './meta.js';
import { createPartner } from './partners.js';
import { readBoard } from './read.js';
import { smallBoard } from './test-support.js';

describe('resourceShares', () => {
  it('measures staff time by amount when every commitment has one in the same unit, and names the partner carrying most', () => {
    const { doc, trust, council } = smallBoard();
    createCommitment(doc, { partnerId: council, kind: 'staff_time', amount: 6, unit: 'hours a week' });
    createCommitment(doc, { partnerId: trust, kind: 'staff_time', amount: 4, unit: 'Hours a week ' });
    createCommitment(doc, { partnerId: council, kind: 'staff_time', amount: 5, unit: 'hours a week', status: 'delivered' });
    const [staff] = resourceShares(readBoard(doc));
    expect(staff).toMatchObject({ kind: 'staff_time', by: 'amount', unit: 'hours a week', total: 15, carriedMostlyBy: council });
    expect(staff?.partners.map((p) => [p.partnerId, p.measure])).toEqual([
      [council, 11],
      [trust, 4],
    ]);
    expect(staff?.partners[0]?.share).toBeCloseTo(11 / 15);
  });

  it('counts commitments when the units differ or an amount is missing, and leaves out withdrawn ones', () => {
    const { doc, trust, council } = smallBoard();
    createCommitment(doc, { partnerId: council, kind: 'funding', amount: 2000, unit: '£' });
    createCommitment(doc, { partnerId: trust, kind: 'funding', amount: 3, unit: 'beds' });
    createCommitment(doc, { partnerId: trust, kind: 'funding', amount: 900, unit: '£', status: 'withdrawn' });
    const [funding] = resourceShares(readBoard(doc));
    expect(funding).toMatchObject({ kind: 'funding', by: 'count', total: 2, carriedMostlyBy: null });
    expect(funding?.partners.map((p) => p.share)).toEqual([0.5, 0.5]);
  });

  it('names the partner carrying all of a kind on a board of two, and no one on a board of one partner', () => {
    const { doc, trust } = smallBoard();
    createCommitment(doc, { partnerId: trust, kind: 'expertise', note: 'Falls specialist' });
    expect(resourceShares(readBoard(doc)).map((k) => [k.kind, k.carriedMostlyBy])).toEqual([['expertise', trust]]);

    const lone = new Y.Doc();
    initBoard(lone, { title: 'One partner' });
    const only = createPartner(lone, { name: 'Only one', kind: 'charity' });
    createCommitment(lone, { partnerId: only, kind: 'expertise' });
    expect(resourceShares(readBoard(lone))[0]?.carriedMostlyBy).toBeNull();
  });
});

describe('commitmentsByPartner and commitmentsByGoal', () => {
  it('groups commitments per partner with how many are delivered, and per goal with the partners sharing it', () => {
    const { doc, trust, council, goal } = smallBoard();
    const other = createGoal(doc, { title: 'Medicines understood' });
    createCommitment(doc, { partnerId: council, goalId: goal, kind: 'staff_time', amount: 4, unit: 'hours a week', status: 'delivered' });
    createCommitment(doc, { partnerId: trust, goalId: goal, kind: 'facilities', note: 'Therapy room' });
    createCommitment(doc, { partnerId: trust, kind: 'expertise', status: 'withdrawn' });
    const board = readBoard(doc);

    expect(commitmentsByPartner(board).map((p) => [p.partner.id, p.commitments.length, p.live, p.delivered])).toEqual([
      [trust, 2, 1, 0],
      [council, 1, 1, 1],
    ]);
    expect(commitmentsByGoal(board).map((g) => [g.goal?.id ?? null, g.commitments.length, g.partnerIds.length])).toEqual([
      [goal, 2, 2],
      [other, 0, 0],
      [null, 1, 0],
    ]);
  });
});
