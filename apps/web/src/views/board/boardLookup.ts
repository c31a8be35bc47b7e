import type { Action, Board, Goal, Id, IsoDate, Partner, Person } from '@partnerboard/board';
import { isOverdue } from '@partnerboard/board';

/** What a card needs to show about an action, looked up by id once per board change. */
export interface BoardLookup {
  action(id: Id): Action | undefined;
  person(id: Id | null): Person | undefined;
  partnerOf(person: Person | undefined): Partner | undefined;
  goal(id: Id): Goal | undefined;
  isOverdue(action: Action): boolean;
  /** Swimlanes name the goal already; cards then leave it out. */
  showGoal: boolean;
  canEdit: boolean;
  openAction(id: Id): void;
}

export function boardLookup(
  board: Board,
  today: IsoDate,
  options: { showGoal: boolean; canEdit: boolean; openAction(id: Id): void },
): BoardLookup {
  const actions = new Map(board.actions.map((a) => [a.id, a]));
  const people = new Map(board.people.map((p) => [p.id, p]));
  const partners = new Map(board.partners.map((p) => [p.id, p]));
  const goals = new Map(board.goals.map((g) => [g.id, g]));
  return {
    action: (id) => actions.get(id),
    person: (id) => (id ? people.get(id) : undefined),
    partnerOf: (person) => (person ? partners.get(person.partnerId) : undefined),
    goal: (id) => goals.get(id),
    isOverdue: (action) => isOverdue(action, today),
    ...options,
  };
}
