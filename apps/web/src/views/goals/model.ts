import type { Board, Goal, Id, IsoDate } from '@partnerboard/board';
import type { ActionFilters } from '../../state/ui';

// Pure rules of the goals view. They belong in packages/board beside filterActions' rules (see report).

/** Who "mine" means for goals: people on the board with my name (in my organisation, when I picked one). */
export interface GoalViewer {
  name: string;
  partnerId?: string;
}

/**
 * The goals that pass the filter bar, in board order. Partner matches a goal the organisation owns or
 * contributes to; owner and "mine" match its accountable owner; text matches title, success measure,
 * description and owner. Status and overdue filters are about actions, so they do not hide goals.
 */
export function filterGoals(board: Board, filters: ActionFilters, me: GoalViewer): readonly Goal[] {
  const people = new Map(board.people.map((person) => [person.id, person]));
  const partners = new Set(filters.partnerIds);
  const owners = new Set(filters.ownerIds);
  const myName = me.name.trim().toLocaleLowerCase();
  const text = filters.text.trim().toLocaleLowerCase();
  if (partners.size === 0 && owners.size === 0 && !filters.mine && !text) return board.goals;

  return board.goals.filter((goal) => {
    const owner = goal.ownerId ? people.get(goal.ownerId) : undefined;
    if (partners.size > 0) {
      const involved = [...goal.partnerIds, ...(owner ? [owner.partnerId] : [])];
      if (!involved.some((id) => partners.has(id))) return false;
    }
    if (owners.size > 0 && !(goal.ownerId && owners.has(goal.ownerId))) return false;
    if (filters.mine) {
      const mine = owner && owner.name.trim().toLocaleLowerCase() === myName && (!me.partnerId || owner.partnerId === me.partnerId);
      if (!mine) return false;
    }
    if (text) {
      const haystack = [goal.title, goal.successMeasure, goal.description, owner?.name].filter(Boolean).join('\n').toLocaleLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}

/** True when a goal is not yet achieved and its target date has passed. */
export function isPastTarget(goal: Goal, today: IsoDate): boolean {
  return goal.status !== 'achieved' && goal.targetDate !== null && goal.targetDate < today;
}

/**
 * Where a goal lands when dragged from one place in `ids` to another: the goals that will be right
 * before (`after`) and right after (`before`) it, as moveGoal takes them.
 */
export function dropPlace(ids: readonly Id[], moving: Id, over: Id): { after: Id | null; before: Id | null } | null {
  const from = ids.indexOf(moving);
  const to = ids.indexOf(over);
  if (from < 0 || to < 0 || from === to) return null;
  const rest = ids.filter((id) => id !== moving);
  const at = rest.indexOf(over) + (to > from ? 1 : 0);
  return { after: rest[at - 1] ?? null, before: rest[at] ?? null };
}
