import { isOverdue, riskBand, riskScore } from './insights.js';
import type { Action, Board, Id, IsoDate, Risk } from './types.js';
import type { RiskBand } from './vocabulary.js';

/** What needs attention on a risk now: its mitigation actions past their due date, and whether its trigger date has passed. */
export interface RiskAlarm {
  readonly overdueActions: readonly Action[];
  readonly triggerPassed: boolean;
}

/** A risk's alarms; a closed risk raises none. */
export function riskAlarm(risk: Risk, actions: readonly Action[], today: IsoDate): RiskAlarm {
  if (risk.status === 'closed') return { overdueActions: [], triggerPassed: false };
  const linked = new Set(risk.mitigationActionIds);
  return {
    overdueActions: actions.filter((action) => linked.has(action.id) && isOverdue(action, today)),
    triggerPassed: risk.triggerOn !== null && risk.triggerOn < today,
  };
}

/** True when the risk's mitigation is overdue in any way. */
export function isRiskOverdue(alarm: RiskAlarm): boolean {
  return alarm.triggerPassed || alarm.overdueActions.length > 0;
}

/** The risk register in reading order: risks still open first, then by score (highest first), then by title. */
export function riskRegister(board: Pick<Board, 'risks'>): readonly Risk[] {
  const closed = (risk: Risk) => (risk.status === 'closed' ? 1 : 0);
  return [...board.risks].sort((a, b) => closed(a) - closed(b) || riskScore(b) - riskScore(a) || a.title.localeCompare(b.title));
}

export interface RiskMatrixCell {
  readonly likelihood: number;
  readonly impact: number;
  readonly band: RiskBand;
  readonly riskIds: readonly Id[];
}

/**
 * The 5 × 5 matrix of the risks not closed: rows from likelihood 5 (top) down to 1, columns from
 * impact 1 to 5, each cell banded by its score and holding the risks placed there.
 */
export function riskMatrix(risks: readonly Risk[]): readonly (readonly RiskMatrixCell[])[] {
  const open = risks.filter((risk) => risk.status !== 'closed');
  return [5, 4, 3, 2, 1].map((likelihood) =>
    [1, 2, 3, 4, 5].map((impact) => ({
      likelihood,
      impact,
      band: riskBand(likelihood * impact),
      riskIds: open.filter((risk) => risk.likelihood === likelihood && risk.impact === impact).map((risk) => risk.id),
    })),
  );
}
