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

/** What the board view lays out: its cards in columns or lanes, and how many of the board's actions the filters show. */
export interface BoardLayout {
  containers: CardContainer[];
  lanes: Lane[] | null;
  shown: number;
  total: number;
}

/** The board view's layout of `actions` (those the filters show) among the board's `total`. */
export function layoutOf(goals: readonly Goal[], actions: readonly Action[], total: number, swimlanes: boolean): BoardLayout {
  const lanes = swimlanes ? lanesOf(goals, actions) : null;
  return { containers: lanes ? lanes.flatMap((lane) => lane.cells) : columnsOf(actions), lanes, shown: actions.length, total };
}

function sameContainers(a: readonly CardContainer[], b: readonly CardContainer[]): boolean {
  return (
    a.length === b.length &&
    a.every((container, index) => {
      const other = b[index];
      return other !== undefined && container.id === other.id && container.actionIds.length === other.actionIds.length && container.actionIds.every((id, at) => id === other.actionIds[at]);
    })
  );
}

/**
 * Equal when the same cards sit in the same places under the same goals: an edit that moves no
 * card (a title, an owner, a date) leaves the layout, and so the board view, as it was.
 */
export function sameLayout(a: BoardLayout, b: BoardLayout): boolean {
  if (a.shown !== b.shown || a.total !== b.total || (a.lanes === null) !== (b.lanes === null)) return false;
  if (a.lanes && b.lanes && (a.lanes.length !== b.lanes.length || a.lanes.some((lane, index) => lane.goal !== b.lanes?.[index]?.goal))) return false;
  return sameContainers(a.containers, b.containers);
}
