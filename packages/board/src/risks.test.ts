import { describe, expect, it } from 'vitest';
import { readBoard } from './read.js';
import { createRisk, deleteRisk, updateRisk } from './risks.js';
import { expectRefused, smallBoard } from './test-support.js';

describe('risks', () => {
  it('records a risk with likelihood, impact, response and owner', () => {
    const { doc, goal, liam } = smallBoard();
    const id = createRisk(doc, { title: 'No reablement capacity', description: 'Staff shortages', category: 'resources', likelihood: 4, impact: 5, response: 'mitigate', mitigation: 'Bridging care', ownerId: liam, goalId: goal, triggerOn: '2026-03-11' });
    expect(readBoard(doc).risks.find((r) => r.id === id)).toMatchObject({ title: 'No reablement capacity', description: 'Staff shortages', category: 'resources', likelihood: 4, impact: 5, response: 'mitigate', mitigation: 'Bridging care', ownerId: liam, goalId: goal, triggerOn: '2026-03-11', status: 'open' });
  });

  it('defaults likelihood and impact to 3, and updates and deletes', () => {
    const { doc } = smallBoard();
    const id = createRisk(doc, { title: 'Late summary' });
    expect(readBoard(doc).risks[0]).toMatchObject({ likelihood: 3, impact: 3, category: 'other' });
    updateRisk(doc, id, { likelihood: 1, status: 'closed' });
    expect(readBoard(doc).risks[0]).toMatchObject({ likelihood: 1, status: 'closed' });
    deleteRisk(doc, id);
    expect(readBoard(doc).risks).toEqual([]);
  });

  it('refuses likelihood or impact outside 1-5 or not whole', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createRisk(doc, { title: 'R', likelihood: 6 }), { code: 'invalid', field: 'likelihood', message: /1 to 5/ });
    expectRefused(doc, () => createRisk(doc, { title: 'R', impact: 0 }), { code: 'invalid', field: 'impact' });
    expectRefused(doc, () => createRisk(doc, { title: 'R', impact: 2.5 }), { code: 'invalid', field: 'impact' });
  });

  it('refuses an unknown category, an owner or goal not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createRisk(doc, { title: 'R', category: 'weather' as never }), { code: 'invalid', field: 'category', message: /Unclear roles/ });
    expectRefused(doc, () => createRisk(doc, { title: 'R', ownerId: 'gone' }), { code: 'not_found', field: 'ownerId' });
    expectRefused(doc, () => createRisk(doc, { title: 'R', goalId: 'gone' }), { code: 'not_found', field: 'goalId' });
  });
});
