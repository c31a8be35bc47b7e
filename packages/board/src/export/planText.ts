import { indexBoard, personLabel } from '../insights.js';
import type { Action, Board, Goal, Id } from '../types.js';

// What the report, the spreadsheet and the calendar say about the plan, worded once for all three.

/** Goals in board order, each with its actions in board order; actions whose goal is gone come last, under no goal. */
export function goalsWithActions(board: Board): { goal: Goal | null; actions: readonly Action[] }[] {
  const { actionsByGoal, goalById } = indexBoard(board);
  const sections: { goal: Goal | null; actions: readonly Action[] }[] = board.goals.map((goal) => ({ goal, actions: actionsByGoal.get(goal.id) ?? [] }));
  const orphans = board.actions.filter((action) => !goalById.has(action.goalId));
  if (orphans.length > 0) sections.push({ goal: null, actions: orphans });
  return sections;
}

/** The accountable owner's name and organisation, each '' when there is none. */
export function ownerOf(board: Board, personId: Id | null): { name: string; organisation: string } {
  if (personId === null) return { name: '', organisation: '' };
  const { personById, partnerById } = indexBoard(board);
  const person = personById.get(personId);
  if (!person) return { name: personLabel(board, personId), organisation: '' };
  return { name: person.name, organisation: partnerById.get(person.partnerId)?.name ?? '' };
}

/** A file name made from the board's title: letters, digits and dashes only, never empty. */
export function fileNameOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'partnerboard-plan';
}
