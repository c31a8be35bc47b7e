import type { Board, Decision } from './types.js';

/** When a decision was taken, for ordering: its decision date, or the day it was recorded when that is not set. */
function takenOn(decision: Decision): string {
  return decision.decidedOn ?? decision.createdAt.slice(0, 10);
}

/** True when every word of the search appears in the decision's title, context, rationale or alternatives. */
export function decisionMatches(decision: Decision, search: string): boolean {
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [decision.title, decision.context, decision.rationale, decision.alternatives].join('\n').toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The decision log: the decisions that match the search, newest first (by decision date, then by when recorded). */
export function decisionLog(board: Pick<Board, 'decisions'>, search = ''): readonly Decision[] {
  return board.decisions
    .filter((decision) => decisionMatches(decision, search))
    .sort((a, b) => takenOn(b).localeCompare(takenOn(a)) || b.createdAt.localeCompare(a.createdAt));
}
