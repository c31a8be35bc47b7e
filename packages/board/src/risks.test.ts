import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, deleteAction } from './actions.js';
import { deleteGoal } from './goals.js';
import { readBoard } from './read.js';
import { createRisk, deleteRisk, updateRisk } from './risks.js';
import { expectRefused, smallBoard } from './test-support.js';
import { BoardUpdateCheck } from './updateCheck.js';

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

  it('links the actions that carry out the mitigation, and changes them', () => {
    const { doc, goal } = smallBoard();
    const bridging = createAction(doc, { title: 'Book bridging care', goalId: goal });
    const escalate = createAction(doc, { title: 'Escalate to the duty manager', goalId: goal });
    const id = createRisk(doc, { title: 'No reablement capacity', mitigationActionIds: [bridging] });
    expect(readBoard(doc).risks[0]?.mitigationActionIds).toEqual([bridging]);
    updateRisk(doc, id, { mitigationActionIds: [bridging, escalate] });
    expect([...(readBoard(doc).risks[0]?.mitigationActionIds ?? [])].sort()).toEqual([bridging, escalate].sort());
    updateRisk(doc, id, { mitigationActionIds: [] });
    expect(readBoard(doc).risks[0]?.mitigationActionIds).toEqual([]);
  });

  it('refuses a mitigation action not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createRisk(doc, { title: 'R', mitigationActionIds: ['gone'] }), { code: 'not_found', field: 'mitigationActionIds' });
    const id = createRisk(doc, { title: 'R' });
    expectRefused(doc, () => updateRisk(doc, id, { mitigationActionIds: ['gone'] }), { code: 'not_found', field: 'mitigationActionIds' });
  });

  it('drops a deleted action from the mitigation, whether deleted alone or with its goal', () => {
    const { doc, goal } = smallBoard();
    const alone = createAction(doc, { title: 'Alone', goalId: goal });
    const withGoal = createAction(doc, { title: 'With its goal', goalId: goal });
    createRisk(doc, { title: 'R', mitigationActionIds: [alone, withGoal] });
    deleteAction(doc, alone);
    expect(readBoard(doc).risks[0]?.mitigationActionIds).toEqual([withGoal]);
    deleteGoal(doc, goal, { actions: 'delete' });
    expect(readBoard(doc).risks[0]?.mitigationActionIds).toEqual([]);
    expect(readBoard(doc).dangling).toEqual([]);
  });

  it('is accepted by the server shape check when it links mitigation actions, which refuses anything else in that set', () => {
    const { doc, goal } = smallBoard();
    const action = createAction(doc, { title: 'Book bridging care', goalId: goal });
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(doc);
    const id = createRisk(doc, { title: 'No reablement capacity', mitigationActionIds: [action] });
    updateRisk(doc, id, { mitigationActionIds: [] });
    expect(new BoardUpdateCheck(server).check(Y.encodeStateAsUpdate(doc, before))).toMatchObject({ ok: true });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));

    const after = Y.encodeStateVector(doc);
    const risk = doc.getMap<Y.Map<unknown>>('risks').get(id);
    (risk?.get('mitigationActionIds') as Y.Map<unknown>).set(action, 'yes');
    expect(new BoardUpdateCheck(server).check(Y.encodeStateAsUpdate(doc, after))).toMatchObject({ ok: false });
  });
});
