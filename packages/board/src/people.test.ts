import { describe, expect, it } from 'vitest';
import { createAction } from './actions.js';
import { createDecision } from './decisions.js';
import { updateGoal } from './goals.js';
import { updateMeta } from './meta.js';
import { updatePartner } from './partners.js';
import { createPerson, deletePerson, movePerson, updatePerson } from './people.js';
import { readBoard } from './read.js';
import { createRisk } from './risks.js';
import { expectRefused, smallBoard } from './test-support.js';

describe('createPerson', () => {
  it('adds a person to an organisation', () => {
    const { doc, trust } = smallBoard();
    const id = createPerson(doc, { name: 'Grace Miller', partnerId: trust, role: 'Ward sister', contact: 'ext 4471' });
    expect(readBoard(doc).people.find((p) => p.id === id)).toMatchObject({ name: 'Grace Miller', partnerId: trust, role: 'Ward sister', contact: 'ext 4471' });
  });

  it('refuses an organisation that is not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createPerson(doc, { name: 'Grace', partnerId: 'gone' }), { code: 'not_found', field: 'partnerId' });
  });

  it('refuses a person without a name or a name over 120 characters', () => {
    const { doc, trust } = smallBoard();
    expectRefused(doc, () => createPerson(doc, { name: '', partnerId: trust }), { code: 'invalid', field: 'name' });
    expectRefused(doc, () => createPerson(doc, { name: 'x'.repeat(121), partnerId: trust }), { code: 'invalid', field: 'name' });
  });
});

describe('updatePerson', () => {
  it('changes role and contact', () => {
    const { doc, priya } = smallBoard();
    updatePerson(doc, priya, { role: 'Senior discharge coordinator', contact: 'bleep 221' });
    expect(readBoard(doc).people.find((p) => p.id === priya)).toMatchObject({ role: 'Senior discharge coordinator', contact: 'bleep 221' });
  });

  it('moving to another organisation ends their role as lead of the old one', () => {
    const { doc, trust, council, priya } = smallBoard();
    updatePartner(doc, trust, { leadPersonId: priya });
    updatePerson(doc, priya, { partnerId: council });
    const board = readBoard(doc);
    expect(board.people.find((p) => p.id === priya)?.partnerId).toBe(council);
    expect(board.partners.find((p) => p.id === trust)?.leadPersonId).toBeNull();
  });

  it('refuses an organisation that is not on the board', () => {
    const { doc, priya } = smallBoard();
    expectRefused(doc, () => updatePerson(doc, priya, { partnerId: 'gone' }), { code: 'not_found', field: 'partnerId' });
  });
});

describe('movePerson', () => {
  it('moves a person before another', () => {
    const { doc, priya, joanne, liam } = smallBoard();
    movePerson(doc, liam, { before: priya });
    expect(readBoard(doc).people.map((p) => p.id)).toEqual([liam, priya, joanne]);
  });
});

describe('deletePerson', () => {
  it('takes them off every Responsible, Consulted and Informed list, decisions and partner leads', () => {
    const { doc, goal, council, joanne, liam } = smallBoard();
    const action = createAction(doc, { title: 'T', goalId: goal, responsibleIds: [liam, joanne], consultedIds: [liam], informedIds: [liam] });
    const decision = createDecision(doc, { title: 'D', consultedIds: [liam] });
    updatePartner(doc, council, { leadPersonId: liam });
    deletePerson(doc, liam);
    const board = readBoard(doc);
    expect(board.actions.find((a) => a.id === action)).toMatchObject({ responsibleIds: [joanne], consultedIds: [], informedIds: [] });
    expect(board.decisions.find((d) => d.id === decision)?.consultedIds).toEqual([]);
    expect(board.partners.find((p) => p.id === council)?.leadPersonId).toBeNull();
    expect(board.people.map((p) => p.id)).not.toContain(liam);
    expect(board.dangling).toEqual([]);
  });

  it('refuses while they are the accountable owner of anything, saying what', () => {
    const { doc, goal, priya } = smallBoard();
    createAction(doc, { title: 'T', goalId: goal, ownerId: priya });
    createAction(doc, { title: 'U', goalId: goal, ownerId: priya });
    expectRefused(doc, () => deletePerson(doc, priya), { code: 'conflict', field: 'reassignTo', message: /Priya Shah is accountable for 1 goal, 2 actions/ });
  });

  it('refuses while they are the lead professional', () => {
    const { doc, goal, joanne } = smallBoard();
    updateGoal(doc, goal, { ownerId: null });
    updateMeta(doc, { leadPersonId: joanne });
    expectRefused(doc, () => deletePerson(doc, joanne), { code: 'conflict', message: /lead professional/ });
  });

  it('hands goals, actions, risks and the lead professional role to reassignTo', () => {
    const { doc, goal, priya, joanne } = smallBoard();
    const action = createAction(doc, { title: 'T', goalId: goal, ownerId: priya });
    const risk = createRisk(doc, { title: 'R', ownerId: priya });
    updateMeta(doc, { leadPersonId: priya });
    deletePerson(doc, priya, { reassignTo: joanne });
    const board = readBoard(doc);
    expect(board.goals.find((g) => g.id === goal)?.ownerId).toBe(joanne);
    expect(board.actions.find((a) => a.id === action)?.ownerId).toBe(joanne);
    expect(board.risks.find((r) => r.id === risk)?.ownerId).toBe(joanne);
    expect(board.meta.leadPersonId).toBe(joanne);
    expect(board.dangling).toEqual([]);
  });

  it('refuses to reassign to themselves or to someone not on the board', () => {
    const { doc, priya } = smallBoard();
    expectRefused(doc, () => deletePerson(doc, priya, { reassignTo: priya }), { code: 'invalid', field: 'reassignTo' });
    expectRefused(doc, () => deletePerson(doc, priya, { reassignTo: 'gone' }), { code: 'not_found', field: 'reassignTo' });
  });

  it('refuses a person who is not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => deletePerson(doc, 'gone'), { code: 'not_found' });
  });
});
