import type { Board, IsoDate } from './types.js';
import { goalStatuses, type GoalStatus } from './vocabulary.js';

/** What the plan's front page shows at a glance. */
export interface PlanAtAGlance {
  readonly goals: number;
  readonly goalsByStatus: Readonly<Record<GoalStatus, number>>;
  readonly nextReviewOn: IsoDate | null;
  /** The next review date has passed without the date moving on. */
  readonly reviewOverdue: boolean;
  /** Consent records not withdrawn. */
  readonly consentInForce: number;
}

/** Goal counts by status, the next review and whether it is overdue, and the consent still in force. */
export function planAtAGlance(board: Pick<Board, 'goals' | 'meta'>, today: IsoDate): PlanAtAGlance {
  const goalsByStatus = Object.fromEntries(goalStatuses.map((status) => [status, 0])) as Record<GoalStatus, number>;
  for (const goal of board.goals) goalsByStatus[goal.status] += 1;
  const { nextReviewOn, consent } = board.meta;
  return {
    goals: board.goals.length,
    goalsByStatus,
    nextReviewOn,
    reviewOverdue: nextReviewOn !== null && nextReviewOn < today,
    consentInForce: consent.filter((entry) => entry.withdrawnOn === null || entry.withdrawnOn > today).length,
  };
}
