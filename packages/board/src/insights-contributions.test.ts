import { describe, expect, it } from 'vitest';
import { createAction, updateAction } from './actions.js';
import { createGoal, updateGoal } from './goals.js';
import { contributions } from './insights-contributions.js';
import { createPartner } from './partners.js';
import { readBoard } from './read.js';
import { smallBoard } from './test-support.js';

describe('contributions', () => {
  it('credits a completed action to its accountable owner and the people responsible, and their organisations once each', () => {
    const { doc, trust, council, priya, joanne, liam, goal } = smallBoard();
    const action = createAction(doc, { title: 'Book transport', goalId: goal, ownerId: joanne, responsibleIds: [liam, priya] });
    createAction(doc, { title: 'Still open', goalId: goal, ownerId: joanne });
    updateAction(doc, action, { status: 'done' });
    const result = contributions(readBoard(doc));

    expect(result.actionsCompleted).toBe(1);
    expect(result.partners.map((p) => [p.partnerId, p.delivered.map((d) => d.title)])).toEqual([
      [trust, ['Book transport']],
      [council, ['Book transport']],
    ]);
    expect(result.partners[1]?.people.map((p) => p.personId)).toEqual([joanne, liam]);
    expect(result.partners[1]?.people[0]?.delivered[0]).toMatchObject({ kind: 'action', goalId: goal });
    expect(result.partners[1]?.people[0]?.delivered[0]?.on).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('credits an achieved goal to its owner and its contributing organisations, with when it was achieved', () => {
    const { doc, trust, council, priya } = smallBoard();
    const charity = createPartner(doc, { name: 'Carers Centre', kind: 'charity' });
    const goal = createGoal(doc, { title: 'Carer supported', ownerId: priya, partnerIds: [charity] });
    updateGoal(doc, goal, { status: 'achieved' });
    const result = contributions(readBoard(doc));

    expect(result.goalsAchieved).toBe(1);
    expect(result.partners.map((p) => p.partnerId)).toEqual([trust, charity]);
    expect(result.partners[0]?.delivered[0]).toMatchObject({ kind: 'goal', title: 'Carer supported' });
    expect(result.partners[0]?.delivered[0]?.on).not.toBeNull();
    expect(result.partners[1]?.people).toEqual([]);
    expect(result.partners.some((p) => p.partnerId === council)).toBe(false);
  });

  it('lists what was delivered with no one named, and leaves out work not yet done', () => {
    const { doc, goal } = smallBoard();
    const done = createAction(doc, { title: 'Nobody owned this', goalId: goal });
    updateAction(doc, done, { status: 'done' });
    createAction(doc, { title: 'To do', goalId: goal });
    const result = contributions(readBoard(doc));
    expect(result.partners).toEqual([]);
    expect(result.uncredited.map((d) => d.title)).toEqual(['Nobody owned this']);
  });

  it('puts the newest delivery first', () => {
    const { doc, priya, goal } = smallBoard();
    const first = createAction(doc, { title: 'First', goalId: goal, ownerId: priya, status: 'done' });
    const second = createAction(doc, { title: 'Second', goalId: goal, ownerId: priya });
    updateAction(doc, second, { status: 'done' });
    expect(first).not.toBe(second);
    expect(contributions(readBoard(doc)).partners[0]?.people[0]?.delivered.map((d) => d.title)).toEqual(['Second', 'First']);
  });
});
