import { createAction, createGoal, createPartner, createPerson, initBoard, raciMatrix, readBoard, updateMeta } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { accountabilities, carriesTooMuch, inWords, matrixSections, percent } from './model';

describe('carriesTooMuch', () => {
  it('flags someone with a quarter or more of the open work and twice an even share', () => {
    expect(carriesTooMuch({ open: 6, share: 0.5 }, 5)).toBe(true);
  });

  it('does not flag an even share', () => {
    expect(carriesTooMuch({ open: 4, share: 0.2 }, 5)).toBe(false);
  });

  it('does not flag twice an even share that is still under a quarter of the work', () => {
    expect(carriesTooMuch({ open: 4, share: 0.15 }, 20)).toBe(false);
  });

  it('does not flag a large share of very little work', () => {
    expect(carriesTooMuch({ open: 2, share: 1 }, 5)).toBe(false);
  });

  it('does not flag anyone when only one person or organisation is on the board', () => {
    expect(carriesTooMuch({ open: 10, share: 1 }, 1)).toBe(false);
  });
});

describe('percent', () => {
  it('rounds a share to a whole percentage', () => {
    expect(percent(0.375)).toBe('38%');
    expect(percent(0)).toBe('0%');
  });
});

function plan() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Discharge plan' });
  const trust = createPartner(doc, { name: 'City Hospital Trust', kind: 'nhs_trust' });
  const nurse = createPerson(doc, { name: 'Priya Shah', partnerId: trust });
  const first = createGoal(doc, { title: 'Home by Friday', ownerId: nurse });
  const second = createGoal(doc, { title: 'Care package in place' });
  const a1 = createAction(doc, { title: 'Book transport', goalId: second, ownerId: nurse });
  const a2 = createAction(doc, { title: 'Medicines to take home', goalId: first });
  return { doc, trust, nurse, first, second, a1, a2 };
}

describe('matrixSections', () => {
  it('groups action rows under their goals in board order, goals without actions included', () => {
    const { doc, first, second, a1, a2 } = plan();
    const board = readBoard(doc);
    const sections = matrixSections(board, raciMatrix(board));
    expect(sections.map((section) => section.goal?.id)).toEqual([first, second]);
    expect(sections.map((section) => section.rows.map((row) => row.actionId))).toEqual([[a2], [a1]]);
  });

  it('puts actions whose goal is gone in a last section without a goal', () => {
    const { doc, a1 } = plan();
    const board = readBoard(doc);
    const rows = raciMatrix(board).map((row) => (row.actionId === a1 ? { ...row, goalId: 'gone' } : row));
    const sections = matrixSections(board, rows);
    expect(sections.at(-1)).toEqual({ goal: null, rows: [rows.find((row) => row.actionId === a1)] });
  });
});

describe('accountabilities', () => {
  it('lists the goals, actions and lead professional role someone holds', () => {
    const { doc, nurse } = plan();
    updateMeta(doc, { leadPersonId: nurse });
    expect(accountabilities(readBoard(doc), nurse)).toEqual(['1 goal', '1 action', 'the lead professional role']);
  });

  it('is empty for someone accountable for nothing', () => {
    const { doc, trust } = plan();
    const helper = createPerson(doc, { name: 'Sam Green', partnerId: trust });
    expect(accountabilities(readBoard(doc), helper)).toEqual([]);
  });
});

describe('inWords', () => {
  it('joins parts with commas and a final "and"', () => {
    expect(inWords(['2 goals', '1 action', 'the lead professional role'])).toBe('2 goals, 1 action and the lead professional role');
    expect(inWords(['1 goal'])).toBe('1 goal');
  });
});
