import { describe, expect, it } from 'vitest';
import { addComment } from './comments.js';
import { createCommitment } from './commitments.js';
import { createDecision } from './decisions.js';
import { createGoal } from './goals.js';
import { setPartnerExpectations, signAgreement } from './meta.js';
import { createPartner, deletePartner, movePartner, updatePartner } from './partners.js';
import { createPerson } from './people.js';
import { readBoard } from './read.js';
import { expectRefused, smallBoard } from './test-support.js';
import { partnerColours } from './vocabulary.js';

describe('createPartner', () => {
  it('adds a partner with the next unused colour', () => {
    const { doc } = smallBoard();
    const id = createPartner(doc, { name: 'Carers Centre', kind: 'charity' });
    expect(readBoard(doc).partners.find((p) => p.id === id)).toMatchObject({ name: 'Carers Centre', kind: 'charity', colour: partnerColours[2], leadPersonId: null });
  });

  it('keeps a colour that is given', () => {
    const { doc } = smallBoard();
    const id = createPartner(doc, { name: 'GP', kind: 'gp_practice', colour: '#123456' });
    expect(readBoard(doc).partners.find((p) => p.id === id)?.colour).toBe('#123456');
  });

  it('lists partners in the order they were added', () => {
    const { doc, trust, council } = smallBoard();
    const third = createPartner(doc, { name: 'GP', kind: 'gp_practice' });
    expect(readBoard(doc).partners.map((p) => p.id)).toEqual([trust, council, third]);
  });

  it('refuses an empty name, an unknown kind and a colour that is not #rrggbb', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => createPartner(doc, { name: ' ', kind: 'charity' }), { code: 'invalid', field: 'name' });
    expectRefused(doc, () => createPartner(doc, { name: 'X', kind: 'club' as never }), { code: 'invalid', field: 'kind', message: /NHS trust/ });
    expectRefused(doc, () => createPartner(doc, { name: 'X', kind: 'charity', colour: 'red' }), { code: 'invalid', field: 'colour' });
  });
});

describe('updatePartner', () => {
  it('renames a partner and sets its lead', () => {
    const { doc, trust, priya } = smallBoard();
    updatePartner(doc, trust, { name: 'Riverside Hospitals', leadPersonId: priya });
    expect(readBoard(doc).partners.find((p) => p.id === trust)).toMatchObject({ name: 'Riverside Hospitals', leadPersonId: priya });
  });

  it('refuses a lead from another organisation', () => {
    const { doc, trust, joanne } = smallBoard();
    expectRefused(doc, () => updatePartner(doc, trust, { leadPersonId: joanne }), { code: 'invalid', field: 'leadPersonId', message: /from that organisation/ });
  });

  it('refuses a partner that is not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => updatePartner(doc, 'gone', { name: 'X' }), { code: 'not_found' });
  });
});

describe('movePartner', () => {
  it('moves a partner to the top of the list', () => {
    const { doc, trust, council } = smallBoard();
    movePartner(doc, council, { after: null });
    expect(readBoard(doc).partners.map((p) => p.id)).toEqual([council, trust]);
  });
});

describe('deletePartner', () => {
  it('deletes a partner nobody belongs to', () => {
    const { doc } = smallBoard();
    const gp = createPartner(doc, { name: 'GP', kind: 'gp_practice' });
    deletePartner(doc, gp);
    expect(readBoard(doc).partners.map((p) => p.id)).not.toContain(gp);
  });

  it('refuses while people belong to it', () => {
    const { doc, council } = smallBoard();
    expectRefused(doc, () => deletePartner(doc, council), { code: 'conflict', field: 'movePeopleTo', message: /2 people belong/ });
  });

  it('moves its people to another organisation when told to', () => {
    const { doc, trust, council, joanne, liam } = smallBoard();
    deletePartner(doc, council, { movePeopleTo: trust });
    const people = readBoard(doc).people.filter((p) => p.id === joanne || p.id === liam);
    expect(people.map((p) => p.partnerId)).toEqual([trust, trust]);
  });

  it('refuses to move its people to itself or to an organisation not on the board', () => {
    const { doc, council } = smallBoard();
    expectRefused(doc, () => deletePartner(doc, council, { movePeopleTo: council }), { code: 'invalid', field: 'movePeopleTo' });
    expectRefused(doc, () => deletePartner(doc, council, { movePeopleTo: 'gone' }), { code: 'not_found', field: 'movePeopleTo' });
  });

  it('takes the partner off goals, decisions and the agreement, and deletes its commitments', () => {
    const { doc, trust } = smallBoard();
    const gp = createPartner(doc, { name: 'GP', kind: 'gp_practice' });
    const goal = createGoal(doc, { title: 'G', partnerIds: [trust, gp] });
    const decision = createDecision(doc, { title: 'D', agreedByPartnerIds: [gp, trust] });
    createCommitment(doc, { partnerId: gp, kind: 'staff_time' });
    setPartnerExpectations(doc, { partnerId: gp, text: 'Medicines review' });
    signAgreement(doc, { partnerId: gp, name: 'Dr Brooks' });
    addComment(doc, { itemId: gp, text: 'Welcome', authorName: 'Priya' });
    deletePartner(doc, gp);
    const board = readBoard(doc);
    expect(board.goals.find((g) => g.id === goal)?.partnerIds).toEqual([trust]);
    expect(board.decisions.find((d) => d.id === decision)?.agreedByPartnerIds).toEqual([trust]);
    expect(board.commitments).toEqual([]);
    expect(board.comments).toEqual([]);
    expect(board.meta.agreement.expectations[gp]).toBeUndefined();
    expect(board.meta.agreement.signOffs).toEqual([]);
    expect(board.dangling).toEqual([]);
  });

  it('refuses a partner that is not on the board', () => {
    const { doc } = smallBoard();
    expectRefused(doc, () => deletePartner(doc, 'gone'), { code: 'not_found' });
  });

  it('does not count people of other organisations', () => {
    const { doc, trust } = smallBoard();
    const gp = createPartner(doc, { name: 'GP', kind: 'gp_practice' });
    createPerson(doc, { name: 'Someone', partnerId: trust });
    deletePartner(doc, gp);
    expect(readBoard(doc).partners).toHaveLength(2);
  });
});
