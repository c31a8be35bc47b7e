import type { Board, Goal, Id, Load, RaciRow } from '@partnerboard/board';

// Pure rules of the people view. They belong in packages/board beside workload() and raciMatrix() (see report).

/**
 * True when one person or organisation carries a disproportionate share of the open work: at least
 * three open actions, at least a quarter of all owned open work, and at least twice an even share
 * among `groupSize` people (or organisations).
 */
export function carriesTooMuch(load: Pick<Load, 'open' | 'share'>, groupSize: number): boolean {
  if (groupSize < 2 || load.open < 3) return false;
  return load.share >= 0.25 && load.share >= 2 / groupSize;
}

/** A share as people read it: "38%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export interface MatrixSection {
  /** Null for actions whose goal is no longer on the board. */
  goal: Goal | null;
  rows: readonly RaciRow[];
}

/** The matrix rows grouped under their goals, in board order; actions whose goal is gone come last. */
export function matrixSections(board: Board, rows: readonly RaciRow[]): MatrixSection[] {
  const byGoal = new Map<Id, RaciRow[]>();
  for (const row of rows) {
    const list = byGoal.get(row.goalId);
    if (list) list.push(row);
    else byGoal.set(row.goalId, [row]);
  }
  const sections: MatrixSection[] = board.goals.map((goal) => ({ goal, rows: byGoal.get(goal.id) ?? [] }));
  const goalIds = new Set(board.goals.map((goal) => goal.id));
  const orphans = rows.filter((row) => !goalIds.has(row.goalId));
  if (orphans.length > 0) sections.push({ goal: null, rows: orphans });
  return sections;
}

/** What someone is accountable for, in words, before they are removed: "2 goals, 3 actions and the lead professional role". */
export function accountabilities(board: Board, personId: Id): string[] {
  const count = (n: number, word: string) => (n === 0 ? [] : [`${n} ${word}${n === 1 ? '' : 's'}`]);
  return [
    ...count(board.goals.filter((goal) => goal.ownerId === personId).length, 'goal'),
    ...count(board.actions.filter((action) => action.ownerId === personId).length, 'action'),
    ...count(board.risks.filter((risk) => risk.ownerId === personId).length, 'risk'),
    ...(board.meta.leadPersonId === personId ? ['the lead professional role'] : []),
  ];
}

/** A list in words: "a, b and c". */
export function inWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
