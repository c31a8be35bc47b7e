import { createAction, createGoal, createPartner, createPerson, readBoard } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { filterActions } from './filterActions';
import { noFilters } from './ui';

function plan() {
  const doc = new Y.Doc();
  const ward = createPartner(doc, { name: 'Ward 7B', kind: 'nhs_trust' });
  const council = createPartner(doc, { name: 'City Council', kind: 'local_authority' });
  const priya = createPerson(doc, { name: 'Priya Shah', partnerId: ward });
  const jo = createPerson(doc, { name: 'Jo Evans', partnerId: council });
  const goal = createGoal(doc, { title: 'Safe discharge home' });
  createAction(doc, { title: 'Book transport', goalId: goal, ownerId: priya, status: 'todo', dueDate: '2026-01-10' });
  createAction(doc, { title: 'Fund the care package', goalId: goal, ownerId: jo, status: 'blocked', notes: 'Waiting for the panel' });
  createAction(doc, { title: 'Fit grab rails', goalId: goal, ownerId: jo, responsibleIds: [priya], status: 'done', dueDate: '2026-01-01' });
  return { board: readBoard(doc), ward, council, priya, jo };
}

const titles = (actions: readonly { title: string }[]) => actions.map((a) => a.title);
const today = '2026-01-05';
const me = { name: 'Priya Shah' };

describe('filterActions', () => {
  it('keeps every action, in board order, when nothing is filtered', () => {
    const { board } = plan();
    expect(titles(filterActions(board, noFilters, today, me))).toEqual(['Book transport', 'Fund the care package', 'Fit grab rails']);
  });

  it('matches an organisation through the owner or a responsible person', () => {
    const { board, ward } = plan();
    expect(titles(filterActions(board, { ...noFilters, partnerIds: [ward] }, today, me))).toEqual(['Book transport', 'Fit grab rails']);
  });

  it('matches owners and statuses', () => {
    const { board, jo } = plan();
    expect(titles(filterActions(board, { ...noFilters, ownerIds: [jo], statuses: ['blocked'] }, today, me))).toEqual(['Fund the care package']);
  });

  it('keeps only overdue actions that are not done', () => {
    const { board } = plan();
    expect(titles(filterActions(board, { ...noFilters, overdue: true }, '2026-01-11', me))).toEqual(['Book transport']);
  });

  it('finds my actions by my name, and only in my organisation when I picked one', () => {
    const { board, ward, council } = plan();
    expect(titles(filterActions(board, { ...noFilters, mine: true }, today, me))).toEqual(['Book transport', 'Fit grab rails']);
    expect(titles(filterActions(board, { ...noFilters, mine: true }, today, { name: 'priya shah', partnerId: ward }))).toHaveLength(2);
    expect(filterActions(board, { ...noFilters, mine: true }, today, { name: 'Priya Shah', partnerId: council })).toEqual([]);
  });

  it('searches titles, notes, goal, owner and organisation names, ignoring case', () => {
    const { board } = plan();
    const search = (text: string) => titles(filterActions(board, { ...noFilters, text }, today, me));
    expect(search('PANEL')).toEqual(['Fund the care package']);
    expect(search('city council')).toEqual(['Fund the care package', 'Fit grab rails']);
    expect(search('discharge')).toHaveLength(3);
    expect(search('nothing like this')).toEqual([]);
  });
});
