import { changesBetween, type BoardChange } from './changes.js';
import { indexBoard, isOverdue, personLabel, riskBand, riskScore } from './insights.js';
import type { Action, Board, Decision, Goal, Id, IsoDate, Risk } from './types.js';
import type { GoalStatus, RiskBand } from './vocabulary.js';

/** A goal whose status moved between the two readings. */
export interface GoalStatusChange {
  readonly id: Id;
  readonly title: string;
  readonly from: GoalStatus;
  readonly to: GoalStatus;
}

/** An action as the report names it: its title, the goal it serves and its accountable owner (with organisation). */
export interface ReportedAction {
  readonly id: Id;
  readonly title: string;
  readonly goalTitle: string;
  /** 'Name (Organisation)', or null when nobody owns it. */
  readonly owner: string | null;
  readonly dueDate: IsoDate | null;
}

/** An action whose accountable owner changed. */
export interface ReassignedAction extends ReportedAction {
  readonly fromOwner: string | null;
}

export interface ReportedRisk {
  readonly id: Id;
  readonly title: string;
  readonly score: number;
  readonly band: RiskBand;
}

/** What a partnership reads at a review: what moved on the plan between an earlier and a later reading. */
export interface ReviewReport {
  readonly goalsAdded: readonly Pick<Goal, 'id' | 'title' | 'status'>[];
  readonly goalStatusChanges: readonly GoalStatusChange[];
  readonly actionsCompleted: readonly ReportedAction[];
  readonly actionsAdded: readonly ReportedAction[];
  /** Overdue in the later reading and not in the earlier one (each judged on its own date). */
  readonly actionsOverdue: readonly ReportedAction[];
  readonly actionsReassigned: readonly ReassignedAction[];
  readonly decisionsAdded: readonly Pick<Decision, 'id' | 'title' | 'decidedOn'>[];
  readonly risksAdded: readonly ReportedRisk[];
}

/** The dates the two readings stand for: when the snapshot was taken, and when the later one was (today, for "now"). */
export interface ReportDates {
  readonly before: IsoDate;
  readonly after: IsoDate;
}

function ownerLabel(board: Board, personId: Id | null): string | null {
  return personId === null ? null : personLabel(board, personId);
}

function reported(board: Board, action: Action): ReportedAction {
  const goal = indexBoard(board).goalById.get(action.goalId);
  return { id: action.id, title: action.title, goalTitle: goal?.title ?? 'No goal', owner: ownerLabel(board, action.ownerId), dueDate: action.dueDate };
}

function ofKind(changes: readonly BoardChange[], collection: BoardChange['collection'], kind: BoardChange['kind']): BoardChange[] {
  return changes.filter((change) => change.collection === collection && change.kind === kind);
}

/**
 * The review comparison of two readings of one board (a review snapshot and now, or two snapshots):
 * goals whose status changed, actions completed, added, fallen overdue and reassigned, and the new
 * goals, decisions and risks, each in the later reading's display order.
 */
export function reviewReport(before: Board, after: Board, dates: ReportDates): ReviewReport {
  const changes = changesBetween(before, after);
  const earlier = indexBoard(before);
  const addedIds = (collection: BoardChange['collection']) => new Set(ofKind(changes, collection, 'added').map((c) => c.id));
  const changedFields = new Map(ofKind(changes, 'actions', 'changed').map((c) => [c.id, c.fields]));
  const goalChanges = new Map(ofKind(changes, 'goals', 'changed').map((c) => [c.id, c.fields]));
  const newGoals = addedIds('goals');
  const newActions = addedIds('actions');
  const newDecisions = addedIds('decisions');
  const newRisks = addedIds('risks');

  const goalStatusChanges: GoalStatusChange[] = [];
  for (const goal of after.goals) {
    const old = earlier.goalById.get(goal.id);
    if (old && goalChanges.get(goal.id)?.includes('status')) goalStatusChanges.push({ id: goal.id, title: goal.title, from: old.status, to: goal.status });
  }

  const actionsCompleted: ReportedAction[] = [];
  const actionsOverdue: ReportedAction[] = [];
  const actionsReassigned: ReassignedAction[] = [];
  for (const action of after.actions) {
    const old = earlier.actionById.get(action.id);
    if (action.status === 'done' && old?.status !== 'done') actionsCompleted.push(reported(after, action));
    if (isOverdue(action, dates.after) && !(old && isOverdue(old, dates.before))) actionsOverdue.push(reported(after, action));
    if (old && changedFields.get(action.id)?.includes('ownerId')) {
      actionsReassigned.push({ ...reported(after, action), fromOwner: ownerLabel(before, old.ownerId) });
    }
  }

  return {
    goalsAdded: after.goals.filter((goal) => newGoals.has(goal.id)).map(({ id, title, status }) => ({ id, title, status })),
    goalStatusChanges,
    actionsCompleted,
    actionsAdded: after.actions.filter((action) => newActions.has(action.id)).map((action) => reported(after, action)),
    actionsOverdue,
    actionsReassigned,
    decisionsAdded: after.decisions.filter((d) => newDecisions.has(d.id)).map(({ id, title, decidedOn }) => ({ id, title, decidedOn })),
    risksAdded: after.risks
      .filter((risk: Risk) => newRisks.has(risk.id))
      .map((risk) => ({ id: risk.id, title: risk.title, score: riskScore(risk), band: riskBand(riskScore(risk)) })),
  };
}

/** True when the report has nothing in it: nothing on the plan moved between the two readings. */
export function isQuietReport(report: ReviewReport): boolean {
  return Object.values(report).every((list: readonly unknown[]) => list.length === 0);
}
