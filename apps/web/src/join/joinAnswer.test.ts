import { createPartner, createPerson, readBoard } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyJoinAnswer } from './joinAnswer';

function plan() {
  const doc = new Y.Doc();
  const ward = createPartner(doc, { name: 'Ward 7B', kind: 'nhs_trust' });
  const council = createPartner(doc, { name: 'City Council', kind: 'local_authority' });
  const priya = createPerson(doc, { name: 'Priya Shah', partnerId: ward, role: 'Discharge coordinator' });
  return { doc, ward, council, priya };
}

const origin = { joining: true };

describe('joining a board', () => {
  it('picks me from my organisation’s people: I am that person, by id, and nothing is written', () => {
    const { doc, ward, priya } = plan();
    const before = Y.encodeStateAsUpdate(doc);
    expect(applyJoinAnswer(doc, { name: 'typed', partnerId: ward, place: { kind: 'person', personId: priya } }, true, origin)).toEqual({
      name: 'Priya Shah',
      organisation: 'Ward 7B',
      partnerId: ward,
      personId: priya,
    });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses a person of another organisation, or one removed meanwhile', () => {
    const { doc, council, priya } = plan();
    expect(() => applyJoinAnswer(doc, { name: '', partnerId: council, place: { kind: 'person', personId: priya } }, true, origin)).toThrow(/Choose again/);
    expect(() => applyJoinAnswer(doc, { name: '', partnerId: 'gone', place: { kind: 'none' } }, true, origin)).toThrow(/removed from the board/);
  });

  it('adds me as a person in my organisation when my link can edit, with the given origin', () => {
    const { doc, council } = plan();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const me = applyJoinAnswer(doc, { name: 'Sam Lee', partnerId: council, place: { kind: 'add' } }, true, origin);
    const person = readBoard(doc).people.find((p) => p.id === me.personId);
    expect(person).toMatchObject({ name: 'Sam Lee', partnerId: council });
    expect(me).toMatchObject({ name: 'Sam Lee', organisation: 'City Council', partnerId: council });
    expect(origins).toEqual([origin]);
  });

  it('adds a new organisation and me in it in one go, or finds the organisation when it is there by name', () => {
    const { doc, ward } = plan();
    const me = applyJoinAnswer(doc, { name: 'Dee Khan', newOrganisation: { name: 'St Mary School', kind: 'school' }, place: { kind: 'add' } }, true, origin);
    const board = readBoard(doc);
    expect(board.partners.find((p) => p.id === me.partnerId)).toMatchObject({ name: 'St Mary School', kind: 'school' });
    expect(board.people.find((p) => p.id === me.personId)).toMatchObject({ name: 'Dee Khan', partnerId: me.partnerId });
    expect(applyJoinAnswer(doc, { name: 'Al', newOrganisation: { name: 'ward 7b', kind: 'other' }, place: { kind: 'none' } }, true, origin)).toEqual({
      name: 'Al',
      organisation: 'Ward 7B',
      partnerId: ward,
      personId: null,
    });
  });

  it('on a view-only link writes nothing: I can pick myself or go on without, never be added', () => {
    const { doc, ward } = plan();
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => applyJoinAnswer(doc, { name: 'Viewer', partnerId: ward, place: { kind: 'add' } }, false, origin)).toThrow(/view only/);
    expect(applyJoinAnswer(doc, { name: 'Viewer', newOrganisation: { name: 'Housing', kind: 'other' }, place: { kind: 'none' } }, false, origin)).toEqual({
      name: 'Viewer',
      organisation: 'Housing',
      personId: null,
    });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
