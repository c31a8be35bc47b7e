import { createGoal, createPartner, createPerson, readBoard } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { noFilters } from '../../state/ui';
import { dropPlace, filterGoals, isPastTarget } from './model';

function plan() {
  const doc = new Y.Doc();
  const trust = createPartner(doc, { name: 'City Hospital Trust', kind: 'nhs_trust' });
  const council = createPartner(doc, { name: 'City Council', kind: 'local_authority' });
  const nurse = createPerson(doc, { name: 'Priya Shah', partnerId: trust });
  const socialWorker = createPerson(doc, { name: 'Tom Ellis', partnerId: council });
  const home = createGoal(doc, { title: 'Home by Friday', ownerId: nurse, partnerIds: [trust] });
  const care = createGoal(doc, { title: 'Care package in place', ownerId: socialWorker, successMeasure: 'Four visits a day' });
  const loose = createGoal(doc, { title: 'Equipment delivered', partnerIds: [council] });
  return { board: readBoard(doc), trust, council, nurse, socialWorker, home, care, loose };
}

describe('filterGoals', () => {
  it('returns every goal when no filter is set', () => {
    const { board } = plan();
    expect(filterGoals(board, noFilters, { name: 'Anyone' })).toBe(board.goals);
  });

  it('keeps goals an organisation owns or contributes to', () => {
    const { board, council, care, loose } = plan();
    const ids = filterGoals(board, { ...noFilters, partnerIds: [council] }, { name: 'Anyone' }).map((goal) => goal.id);
    expect(ids).toEqual([care, loose]);
  });

  it('keeps goals owned by the chosen people', () => {
    const { board, nurse, home } = plan();
    expect(filterGoals(board, { ...noFilters, ownerIds: [nurse] }, { name: 'Anyone' }).map((goal) => goal.id)).toEqual([home]);
  });

  it('keeps my goals when "mine" is on, matching my name and organisation', () => {
    const { board, trust, council, home } = plan();
    expect(filterGoals(board, { ...noFilters, mine: true }, { name: 'priya shah', partnerId: trust }).map((goal) => goal.id)).toEqual([home]);
    expect(filterGoals(board, { ...noFilters, mine: true }, { name: 'Priya Shah', partnerId: council })).toEqual([]);
  });

  it('matches text in the success measure and the owner name, ignoring case', () => {
    const { board, care } = plan();
    expect(filterGoals(board, { ...noFilters, text: 'VISITS' }, { name: 'Anyone' }).map((goal) => goal.id)).toEqual([care]);
    expect(filterGoals(board, { ...noFilters, text: 'ellis' }, { name: 'Anyone' }).map((goal) => goal.id)).toEqual([care]);
  });

  it('does not hide goals for action-only filters (status, overdue)', () => {
    const { board } = plan();
    expect(filterGoals(board, { ...noFilters, statuses: ['blocked'], overdue: true }, { name: 'Anyone' })).toHaveLength(3);
  });
});

describe('isPastTarget', () => {
  const goal = plan().board.goals[0]!;

  it('is true once the target date has passed and the goal is not achieved', () => {
    expect(isPastTarget({ ...goal, targetDate: '2026-01-01', status: 'on_track' }, '2026-01-02')).toBe(true);
  });

  it('is false on the target date itself, for an achieved goal, and without a target date', () => {
    expect(isPastTarget({ ...goal, targetDate: '2026-01-02', status: 'on_track' }, '2026-01-02')).toBe(false);
    expect(isPastTarget({ ...goal, targetDate: '2026-01-01', status: 'achieved' }, '2026-01-02')).toBe(false);
    expect(isPastTarget({ ...goal, targetDate: null, status: 'at_risk' }, '2026-01-02')).toBe(false);
  });
});

describe('dropPlace', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('places a goal dragged down right after the goal it was dropped on', () => {
    expect(dropPlace(ids, 'a', 'c')).toEqual({ after: 'c', before: 'd' });
  });

  it('places a goal dragged up right before the goal it was dropped on', () => {
    expect(dropPlace(ids, 'd', 'b')).toEqual({ after: 'a', before: 'b' });
  });

  it('uses no neighbour at the ends of the list', () => {
    expect(dropPlace(ids, 'c', 'a')).toEqual({ after: null, before: 'a' });
    expect(dropPlace(ids, 'b', 'd')).toEqual({ after: 'd', before: null });
  });

  it('is null when the goal is dropped where it was', () => {
    expect(dropPlace(ids, 'b', 'b')).toBeNull();
  });
});
