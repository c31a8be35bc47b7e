import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createAction } from './actions.js';
import { createGoal } from './goals.js';
import {
  actionsOfGoal,
  carriesTooMuch,
  commentsOn,
  goalProgress,
  isOverdue,
  isPastTarget,
  matrixSections,
  partnerOf,
  personLabel,
  raciMatrix,
  responsibilitiesOf,
  riskBand,
  riskScore,
  workload,
} from './insights.js';
import { addComment } from './comments.js';
import { createPartner } from './partners.js';
import { createPerson, deletePerson } from './people.js';
import { readBoard } from './read.js';
import { smallBoard } from './test-support.js';
import { of } from './ymap.js';

describe('isOverdue', () => {
  it('is true for an open action due before today', () => {
    expect(isOverdue({ status: 'in_progress', dueDate: '2026-03-09' }, '2026-03-10')).toBe(true);
  });

  it('is false when due today, done, or without a due date', () => {
    expect(isOverdue({ status: 'todo', dueDate: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-03-01' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'blocked', dueDate: null }, '2026-03-10')).toBe(false);
  });
});

describe('goalProgress and actionsOfGoal', () => {
  it('counts done actions out of all actions of the goal', () => {
    const { doc, goal } = smallBoard();
    const other = createGoal(doc, { title: 'Other' });
    createAction(doc, { title: 'A', goalId: goal, status: 'done' });
    createAction(doc, { title: 'B', goalId: goal });
    createAction(doc, { title: 'C', goalId: other, status: 'done' });
    const board = readBoard(doc);
    expect(goalProgress(board, goal)).toEqual({ done: 1, total: 2 });
    expect(actionsOfGoal(board, goal).map((a) => a.title)).toEqual(['A', 'B']);
    expect(goalProgress(board, 'none')).toEqual({ done: 0, total: 0 });
  });
});

describe('personLabel and partnerOf', () => {
  it("shows a person with their organisation", () => {
    const { doc, priya, trust } = smallBoard();
    const board = readBoard(doc);
    expect(personLabel(board, priya)).toBe('Priya Shah (Riverside NHS Trust)');
    expect(partnerOf(board, priya)?.id).toBe(trust);
  });

  it('says when nobody is set, or the person has left the board', () => {
    const { doc, liam } = smallBoard();
    deletePerson(doc, liam);
    const board = readBoard(doc);
    expect(personLabel(board, null)).toBe('Nobody yet');
    expect(personLabel(board, liam)).toBe('Someone no longer on the board');
  });
});

describe('workload', () => {
  it('counts open, overdue and blocked actions per accountable person and organisation, with their share', () => {
    const { doc, goal, priya, joanne, liam, trust, council } = smallBoard();
    createAction(doc, { title: 'A', goalId: goal, ownerId: joanne, dueDate: '2026-03-01', responsibleIds: [liam, joanne] });
    createAction(doc, { title: 'B', goalId: goal, ownerId: joanne, status: 'blocked' });
    createAction(doc, { title: 'C', goalId: goal, ownerId: priya });
    createAction(doc, { title: 'D', goalId: goal, ownerId: priya, status: 'done', dueDate: '2026-03-01' });
    createAction(doc, { title: 'E', goalId: goal });
    const load = workload(readBoard(doc), '2026-03-10');
    expect(load.people.find((p) => p.personId === joanne)).toEqual({ personId: joanne, open: 2, overdue: 1, blocked: 1, responsible: 1, share: 2 / 3 });
    expect(load.people.find((p) => p.personId === liam)).toEqual({ personId: liam, open: 0, overdue: 0, blocked: 0, responsible: 1, share: 0 });
    expect(load.partners.find((p) => p.partnerId === council)).toEqual({ partnerId: council, open: 2, overdue: 1, blocked: 1, responsible: 1, share: 2 / 3 });
    expect(load.partners.find((p) => p.partnerId === trust)).toMatchObject({ open: 1, share: 1 / 3 });
    expect(load.unowned).toBe(1);
  });
});

describe('raciMatrix', () => {
  it('gives each person’s and organisation’s roles per action, and the missing A or R', () => {
    const { doc, goal, priya, joanne, liam, trust, council } = smallBoard();
    const a = createAction(doc, { title: 'A', goalId: goal, ownerId: joanne, responsibleIds: [liam, joanne], consultedIds: [priya], informedIds: [priya] });
    const b = createAction(doc, { title: 'B', goalId: goal });
    const [rowA, rowB] = raciMatrix(readBoard(doc));
    expect(rowA).toEqual({
      actionId: a,
      goalId: goal,
      byPerson: new Map([
        [joanne, ['R', 'A']],
        [liam, ['R']],
        [priya, ['C', 'I']],
      ]),
      byPartner: new Map([
        [council, ['R', 'A']],
        [trust, ['C', 'I']],
      ]),
      missing: [],
    });
    expect(rowB).toMatchObject({ actionId: b, byPerson: new Map(), missing: ['A', 'R'] });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('keeps the roles of a person and an organisation whose id is %s', (name) => {
    const { doc, goal } = smallBoard();
    const action = createAction(doc, { title: 'A', goalId: goal });
    // Ids a client chose itself, as an old board may hold them: stored straight into the document.
    doc.transact(() => {
      doc.getMap<Y.Map<unknown>>('partners').set(name, of({ name: 'Odd Org', kind: 'other', colour: '#123456', order: 'a0' }));
      doc.getMap<Y.Map<unknown>>('people').set(name, of({ name: 'Odd Person', partnerId: name, role: '', contact: '', order: 'a0' }));
      const entity = doc.getMap<Y.Map<unknown>>('actions').get(action);
      entity?.set('ownerId', name);
      (entity?.get('responsibleIds') as Y.Map<boolean>).set(name, true);
    });
    const [row] = raciMatrix(readBoard(doc));
    expect(row?.byPerson.get(name)).toEqual(['R', 'A']);
    expect(row?.byPartner.get(name)).toEqual(['R', 'A']);
    expect(row?.missing).toEqual([]);
  });

  it('gives no roles to a person whose organisation id is a prototype name but is not on the board', () => {
    const { doc, goal } = smallBoard();
    const person = createPerson(doc, { name: 'Lost', partnerId: createPartner(doc, { name: 'Gone', kind: 'other' }) });
    doc.getMap<Y.Map<unknown>>('people').get(person)?.set('partnerId', '__proto__');
    createAction(doc, { title: 'A', goalId: goal, ownerId: person, consultedIds: [person] });
    const [row] = raciMatrix(readBoard(doc));
    expect(row?.byPerson.get(person)).toEqual(['A', 'C']);
    expect([...(row?.byPartner.keys() ?? [])]).toEqual(['__proto__']);
    expect(row?.byPartner.get('constructor')).toBeUndefined();
  });
});

describe('riskScore and riskBand', () => {
  it('scores likelihood × impact and bands it green, amber or red', () => {
    expect(riskScore({ likelihood: 4, impact: 5 })).toBe(20);
    expect(riskBand(4)).toBe('green');
    expect(riskBand(5)).toBe('amber');
    expect(riskBand(12)).toBe('amber');
    expect(riskBand(15)).toBe('red');
  });
});

describe('commentsOn', () => {
  it('lists the comments on one item, oldest first', () => {
    const { doc, goal } = smallBoard();
    addComment(doc, { itemId: goal, text: 'First', authorName: 'P' });
    addComment(doc, { itemId: goal, text: 'Second', authorName: 'J' });
    expect(commentsOn(readBoard(doc), goal).map((c) => c.text)).toEqual(['First', 'Second']);
  });
});

describe('responsibilitiesOf', () => {
  it('lists the goals, actions and risks a person is accountable for', () => {
    const { doc, goal, priya } = smallBoard();
    const action = createAction(doc, { title: 'A', goalId: goal, ownerId: priya });
    expect(responsibilitiesOf(readBoard(doc), priya)).toEqual({ goals: [goal], actions: [action], risks: [], leadProfessional: false });
  });
});

describe('isPastTarget', () => {
  it('is true once the target date has passed and the goal is not achieved', () => {
    expect(isPastTarget({ targetDate: '2026-01-01', status: 'on_track' }, '2026-01-02')).toBe(true);
  });

  it('is false on the target date itself, for an achieved goal, and without a target date', () => {
    expect(isPastTarget({ targetDate: '2026-01-02', status: 'on_track' }, '2026-01-02')).toBe(false);
    expect(isPastTarget({ targetDate: '2026-01-01', status: 'achieved' }, '2026-01-02')).toBe(false);
    expect(isPastTarget({ targetDate: null, status: 'at_risk' }, '2026-01-02')).toBe(false);
  });
});

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

describe('matrixSections', () => {
  it('groups action rows under their goals in board order, goals without actions included', () => {
    const { doc, goal, priya } = smallBoard();
    const second = createGoal(doc, { title: 'Care package in place' });
    const empty = createGoal(doc, { title: 'Equipment delivered' });
    const transport = createAction(doc, { title: 'Book transport', goalId: second, ownerId: priya });
    const medicines = createAction(doc, { title: 'Medicines to take home', goalId: goal });
    const board = readBoard(doc);
    const sections = matrixSections(board, raciMatrix(board));
    expect(sections.map((section) => section.goal?.id)).toEqual([goal, second, empty]);
    expect(sections.map((section) => section.rows.map((row) => row.actionId))).toEqual([[medicines], [transport], []]);
  });

  it('puts actions whose goal is gone in a last section without a goal', () => {
    const { doc, goal } = smallBoard();
    const lost = createAction(doc, { title: 'Book transport', goalId: goal });
    const board = readBoard(doc);
    const rows = raciMatrix(board).map((row) => (row.actionId === lost ? { ...row, goalId: 'gone' } : row));
    expect(matrixSections(board, rows).at(-1)).toEqual({ goal: null, rows: [rows[0]] });
  });
});
