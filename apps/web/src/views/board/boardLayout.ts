import { actionStatuses, type Action, type ActionStatus, type Goal, type Id } from '@partnerboard/board';

/** One place cards can be dropped: a status column, or one goal's cell of it in swimlanes. */
export interface CardContainer {
  id: string;
  status: ActionStatus;
  /** The goal of a swimlane cell; null for a whole column (a drop keeps the card's goal). */
  goalId: Id | null;
  actionIds: Id[];
}

export interface Lane {
  /** The goal of the lane; null for actions whose goal is no longer on the board. */
  goal: Goal | null;
  cells: CardContainer[];
}

export function containerId(status: ActionStatus, goalId: Id | null): string {
  return goalId === null ? `column:${status}` : `lane:${goalId}:${status}`;
}

function byStatus(actions: readonly Action[], goalId: Id | null): CardContainer[] {
  const ids = new Map<ActionStatus, Id[]>(actionStatuses.map((status) => [status, []]));
  for (const action of actions) ids.get(action.status)?.push(action.id);
  return actionStatuses.map((status) => ({
    id: containerId(status, goalId),
    status,
    goalId,
    actionIds: ids.get(status) ?? [],
  }));
}

/** The four status columns, cards in board order. */
export function columnsOf(actions: readonly Action[]): CardContainer[] {
  return byStatus(actions, null);
}

/**
 * One lane per goal in goal order, each with the four status cells; actions whose goal was deleted
 * meanwhile (by someone offline) gather in a last lane so they are never hidden.
 */
export function lanesOf(goals: readonly Goal[], actions: readonly Action[]): Lane[] {
  const byGoal = new Map<Id, Action[]>(goals.map((goal) => [goal.id, []]));
  const orphans: Action[] = [];
  for (const action of actions) (byGoal.get(action.goalId) ?? orphans).push(action);
  const lanes: Lane[] = goals.map((goal) => ({ goal, cells: byStatus(byGoal.get(goal.id) ?? [], goal.id) }));
  if (orphans.length > 0) {
    lanes.push({ goal: null, cells: byStatus(orphans, null).map((cell) => ({ ...cell, id: `orphans:${cell.status}` })) });
  }
  return lanes;
}
