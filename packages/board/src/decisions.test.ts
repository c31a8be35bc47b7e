import { describe, expect, it } from 'vitest';
import { createAction } from './actions.js';
import { createDecision, deleteDecision, updateDecision } from './decisions.js';
import { readBoard } from './read.js';
import { expectRefused, smallBoard } from './test-support.js';

describe('decisions', () => {
  it('records a decision with its reasoning, who agreed and what it affects', () => {
    const { doc, goal, trust, council, joanne } = smallBoard();
    const action = createAction(doc, { title: 'T', goalId: goal });
    const id = createDecision(doc, {
      title: 'Home with reablement',
      context: 'Nearly fit',
      alternatives: 'Care home bed',
      rationale: 'His wish',
      decidedOn: '2026-03-08',
      decidedBy: 'MDT meeting',
      agreedByPartnerIds: [trust, council],
      consultedIds: [joanne],
      goalIds: [goal],
      actionIds: [action],
      reviewOn: '2026-04-08',
      status: 'agreed',
    });
    expect(readBoard(doc).decisions.find((d) => d.id === id)).toMatchObject({
      title: 'Home with reablement',
      context: 'Nearly fit',
      alternatives: 'Care home bed',
      rationale: 'His wish',
      decidedOn: '2026-03-08',
      decidedBy: 'MDT meeting',
      agreedByPartnerIds: [trust, council].sort(),
      consultedIds: [joanne],
      goalIds: [goal],
      actionIds: [action],
      reviewOn: '2026-04-08',
      status: 'agreed',
    });
  });

  it('starts as proposed and can be updated and deleted', () => {
    const { doc } = smallBoard();
    const id = createDecision(doc, { title: 'Daily huddle' });
    expect(readBoard(doc).decisions[0]?.status).toBe('proposed');
    updateDecision(doc, id, { status: 'superseded', rationale: 'Weekly is enough now' });
    expect(readBoard(doc).decisions[0]).toMatchObject({ status: 'superseded', rationale: 'Weekly is enough now' });
    deleteDecision(doc, id);
    expect(readBoard(doc).decisions).toEqual([]);
  });

  it('refuses links to things not on the board and an unknown status', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createDecision(doc, { title: 'D', agreedByPartnerIds: ['gone'] }), { code: 'not_found', field: 'agreedByPartnerIds' });
    expectRefused(doc, () => createDecision(doc, { title: 'D', actionIds: ['gone'] }), { code: 'not_found', field: 'actionIds' });
    expectRefused(doc, () => createDecision(doc, { title: 'D', status: 'final' as never }), { code: 'invalid', field: 'status' });
    expectRefused(doc, () => updateDecision(doc, 'gone', { title: 'D' }), { code: 'not_found' });
  });
});
