import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction } from './actions.js';
import { createGoal } from './goals.js';
import { filterActions, filterGoals, filterPartners, filterPeople, noPlanFilters } from './insights-filters.js';
import { createPartner } from './partners.js';
import { createPerson } from './people.js';
import { readBoard } from './read.js';

function plan() {
  const doc = new Y.Doc();
  const ward = createPartner(doc, { name: 'Ward 7B', kind: 'nhs_trust' });
  const council = createPartner(doc, { name: 'City Council', kind: 'local_authority' });
  const priya = createPerson(doc, { name: 'Priya Shah', partnerId: ward, role: 'Discharge coordinator' });
  const jo = createPerson(doc, { name: 'Jo Evans', partnerId: council, role: 'Social worker', contact: 'jo@council.example' });
  const home = createGoal(doc, { title: 'Home by Friday', ownerId: priya, partnerIds: [ward], status: 'on_track', targetDate: '2026-01-09' });
  const care = createGoal(doc, { title: 'Care package in place', ownerId: jo, successMeasure: 'Four visits a day', status: 'at_risk' });
  const equipment = createGoal(doc, { title: 'Equipment delivered', partnerIds: [council], status: 'achieved', targetDate: '2026-01-02' });
  createAction(doc, { title: 'Book transport', goalId: home, ownerId: priya, status: 'todo', dueDate: '2026-01-10' });
  createAction(doc, { title: 'Fund the care package', goalId: care, ownerId: jo, status: 'blocked', notes: 'Waiting for the panel' });
  createAction(doc, { title: 'Fit grab rails', goalId: equipment, ownerId: jo, responsibleIds: [priya], status: 'done', dueDate: '2026-01-01' });
  return { board: readBoard(doc), ward, council, priya, jo, home, care, equipment };
}

const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);
const names = (people: readonly { name: string }[]) => people.map((person) => person.name);
const today = '2026-01-05';
const me = { personId: null };

describe('filterActions', () => {
  it('keeps every action, in board order, when nothing is filtered', () => {
    const { board } = plan();
    expect(titles(filterActions(board, noPlanFilters, today, me))).toEqual(['Book transport', 'Fund the care package', 'Fit grab rails']);
  });

  it('matches an organisation through the owner or a responsible person', () => {
    const { board, ward } = plan();
    expect(titles(filterActions(board, { ...noPlanFilters, partnerIds: [ward] }, today, me))).toEqual(['Book transport', 'Fit grab rails']);
  });

  it('matches owners and statuses', () => {
    const { board, jo } = plan();
    expect(titles(filterActions(board, { ...noPlanFilters, ownerIds: [jo], statuses: ['blocked'] }, today, me))).toEqual(['Fund the care package']);
  });

  it('keeps only overdue actions that are not done', () => {
    const { board } = plan();
    expect(titles(filterActions(board, { ...noPlanFilters, overdue: true }, '2026-01-11', me))).toEqual(['Book transport']);
  });

  it('finds the actions I own or am responsible for, by the person in the plan I am', () => {
    const { board, priya, jo } = plan();
    expect(titles(filterActions(board, { ...noPlanFilters, mine: true }, today, { personId: priya }))).toEqual(['Book transport', 'Fit grab rails']);
    expect(titles(filterActions(board, { ...noPlanFilters, mine: true }, today, { personId: jo }))).toEqual(['Fund the care package', 'Fit grab rails']);
    expect(filterActions(board, { ...noPlanFilters, mine: true }, today, { personId: null })).toEqual([]);
    expect(filterActions(board, { ...noPlanFilters, mine: true }, today, { personId: 'gone' })).toEqual([]);
  });

  it('searches titles, notes, goal, owner and organisation names, ignoring case', () => {
    const { board } = plan();
    const search = (text: string) => titles(filterActions(board, { ...noPlanFilters, text }, today, me));
    expect(search('PANEL')).toEqual(['Fund the care package']);
    expect(search('city council')).toEqual(['Fund the care package', 'Fit grab rails']);
    expect(search('friday')).toEqual(['Book transport']);
    expect(search('nothing like this')).toEqual([]);
  });

  it('ignores the filters for goals', () => {
    const { board } = plan();
    expect(filterActions(board, { ...noPlanFilters, goalStatuses: ['achieved'], pastTarget: true }, '2026-01-11', me)).toHaveLength(3);
  });
});

describe('filterGoals', () => {
  it('returns every goal when no filter is set', () => {
    const { board } = plan();
    expect(filterGoals(board, noPlanFilters, today, me)).toBe(board.goals);
  });

  it('keeps goals an organisation owns or contributes to', () => {
    const { board, council } = plan();
    expect(titles(filterGoals(board, { ...noPlanFilters, partnerIds: [council] }, today, me))).toEqual(['Care package in place', 'Equipment delivered']);
  });

  it('keeps goals owned by the chosen people', () => {
    const { board, priya } = plan();
    expect(titles(filterGoals(board, { ...noPlanFilters, ownerIds: [priya] }, today, me))).toEqual(['Home by Friday']);
  });

  it('keeps goals with the chosen statuses', () => {
    const { board } = plan();
    expect(titles(filterGoals(board, { ...noPlanFilters, goalStatuses: ['at_risk', 'achieved'] }, today, me))).toEqual([
      'Care package in place',
      'Equipment delivered',
    ]);
  });

  it('keeps goals past their target date, not achieved ones, when asked', () => {
    const { board } = plan();
    expect(titles(filterGoals(board, { ...noPlanFilters, pastTarget: true }, '2026-01-10', me))).toEqual(['Home by Friday']);
  });

  it('keeps my goals when "mine" is on, by the person in the plan I am', () => {
    const { board, priya } = plan();
    expect(titles(filterGoals(board, { ...noPlanFilters, mine: true }, today, { personId: priya }))).toEqual(['Home by Friday']);
    expect(filterGoals(board, { ...noPlanFilters, mine: true }, today, { personId: null })).toEqual([]);
  });

  it('matches text in the success measure and the owner name, ignoring case', () => {
    const { board } = plan();
    expect(titles(filterGoals(board, { ...noPlanFilters, text: 'VISITS' }, today, me))).toEqual(['Care package in place']);
    expect(titles(filterGoals(board, { ...noPlanFilters, text: 'evans' }, today, me))).toEqual(['Care package in place']);
  });

  it('ignores the filters for actions', () => {
    const { board } = plan();
    expect(filterGoals(board, { ...noPlanFilters, statuses: ['blocked'], overdue: true }, '2026-01-10', me)).toHaveLength(3);
  });
});

describe('filterPeople', () => {
  it('returns everyone when no filter is set', () => {
    const { board } = plan();
    expect(filterPeople(board, noPlanFilters)).toBe(board.people);
  });

  it('keeps the people of the chosen organisations', () => {
    const { board, council } = plan();
    expect(names(filterPeople(board, { partnerIds: [council], text: '' }))).toEqual(['Jo Evans']);
  });

  it('matches name, role, contact and organisation, ignoring case', () => {
    const { board } = plan();
    const search = (text: string) => names(filterPeople(board, { partnerIds: [], text }));
    expect(search('SHAH')).toEqual(['Priya Shah']);
    expect(search('social worker')).toEqual(['Jo Evans']);
    expect(search('council.example')).toEqual(['Jo Evans']);
    expect(search('ward 7b')).toEqual(['Priya Shah']);
  });
});

describe('filterPartners', () => {
  it('returns every organisation when no filter is set', () => {
    const { board } = plan();
    expect(filterPartners(board, noPlanFilters)).toBe(board.partners);
  });

  it('keeps the chosen organisations, even one with nobody in it yet', () => {
    const { board, ward } = plan();
    expect(names(filterPartners(board, { partnerIds: [ward], text: '' }))).toEqual(['Ward 7B']);
  });

  it('keeps organisations whose name or whose people match the text', () => {
    const { board } = plan();
    expect(names(filterPartners(board, { partnerIds: [], text: 'council' }))).toEqual(['City Council']);
    expect(names(filterPartners(board, { partnerIds: [], text: 'coordinator' }))).toEqual(['Ward 7B']);
    expect(filterPartners(board, { partnerIds: [], text: 'housing' })).toEqual([]);
  });
});
