import { indexBoard, isOverdue, isPastTarget } from './insights.js';
import type { Action, Board, Goal, Id, IsoDate, Partner, Person } from './types.js';
import type { ActionStatus, GoalStatus } from './vocabulary.js';

// What the filter bar narrows each view to. One set of filters is shared by the views; each view
// applies the ones that mean something for what it shows.

/** The filter bar's state: organisations, owners, statuses, lateness, mine and free text. */
export interface PlanFilters {
  readonly partnerIds: readonly Id[];
  readonly ownerIds: readonly Id[];
  /** Action statuses (the board view). */
  readonly statuses: readonly ActionStatus[];
  /** Goal statuses (the goals view). */
  readonly goalStatuses: readonly GoalStatus[];
  /** Actions past their due date (the board view). */
  readonly overdue: boolean;
  /** Goals past their target date (the goals view). */
  readonly pastTarget: boolean;
  readonly mine: boolean;
  readonly text: string;
}

export const noPlanFilters: PlanFilters = {
  partnerIds: [],
  ownerIds: [],
  statuses: [],
  goalStatuses: [],
  overdue: false,
  pastTarget: false,
  mine: false,
  text: '',
};

/** Who "mine" means: the person in the plan I said I am (null when I am not in it, so nothing is mine). */
export interface FilterViewer {
  readonly personId: Id | null;
}

function isMe(person: Person | undefined, me: FilterViewer): boolean {
  return person !== undefined && me.personId !== null && person.id === me.personId;
}

/** The text a search looks in, lower-cased: the given parts, skipping empty ones. */
function searchable(parts: readonly (string | undefined)[]): string {
  return parts.filter(Boolean).join('\n').toLocaleLowerCase();
}

/**
 * The actions that pass the filters, in board order. Organisation matches an action whose owner or a
 * responsible person belongs to it; "mine" likewise matches me as owner or responsible; text matches
 * title, notes, goal, owner and the owner's organisation, ignoring case. The goal filters are ignored.
 */
export function filterActions(board: Board, filters: PlanFilters, today: IsoDate, me: FilterViewer): readonly Action[] {
  const { personById, partnerById, goalById } = indexBoard(board);
  const partners = new Set(filters.partnerIds);
  const owners = new Set(filters.ownerIds);
  const statuses = new Set(filters.statuses);
  const text = filters.text.trim().toLocaleLowerCase();
  const carriers = (action: Action) => (action.ownerId ? [action.ownerId, ...action.responsibleIds] : action.responsibleIds);

  return board.actions.filter((action) => {
    if (statuses.size > 0 && !statuses.has(action.status)) return false;
    if (owners.size > 0 && !(action.ownerId && owners.has(action.ownerId))) return false;
    if (filters.overdue && !isOverdue(action, today)) return false;
    if (partners.size > 0 && !carriers(action).some((id) => partners.has(personById.get(id)?.partnerId ?? ''))) return false;
    if (filters.mine && !carriers(action).some((id) => isMe(personById.get(id), me))) return false;
    if (text) {
      const owner = action.ownerId ? personById.get(action.ownerId) : undefined;
      const haystack = searchable([
        action.title,
        action.notes,
        goalById.get(action.goalId)?.title,
        owner?.name,
        owner ? partnerById.get(owner.partnerId)?.name : undefined,
      ]);
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}

/**
 * The goals that pass the filters, in board order. Organisation matches a goal the organisation owns
 * or contributes to; owner and "mine" match its accountable owner; text matches title, success
 * measure, description and owner, ignoring case. The action filters (statuses, overdue) are ignored.
 */
export function filterGoals(board: Board, filters: PlanFilters, today: IsoDate, me: FilterViewer): readonly Goal[] {
  const { personById } = indexBoard(board);
  const partners = new Set(filters.partnerIds);
  const owners = new Set(filters.ownerIds);
  const statuses = new Set(filters.goalStatuses);
  const text = filters.text.trim().toLocaleLowerCase();
  if (partners.size === 0 && owners.size === 0 && statuses.size === 0 && !filters.pastTarget && !filters.mine && !text) return board.goals;

  return board.goals.filter((goal) => {
    const owner = goal.ownerId ? personById.get(goal.ownerId) : undefined;
    if (statuses.size > 0 && !statuses.has(goal.status)) return false;
    if (partners.size > 0 && ![...goal.partnerIds, owner?.partnerId].some((id) => id !== undefined && partners.has(id))) return false;
    if (owners.size > 0 && !(goal.ownerId && owners.has(goal.ownerId))) return false;
    if (filters.pastTarget && !isPastTarget(goal, today)) return false;
    if (filters.mine && !isMe(owner, me)) return false;
    if (text && !searchable([goal.title, goal.successMeasure, goal.description, owner?.name]).includes(text)) return false;
    return true;
  });
}

/**
 * The people that pass the organisation and text filters, in board order. Text matches name, role,
 * contact and organisation name, ignoring case. The other filters are about goals and actions.
 */
export function filterPeople(board: Board, filters: Pick<PlanFilters, 'partnerIds' | 'text'>): readonly Person[] {
  const { partnerById } = indexBoard(board);
  const partners = new Set(filters.partnerIds);
  const text = filters.text.trim().toLocaleLowerCase();
  if (partners.size === 0 && !text) return board.people;
  return board.people.filter((person) => {
    if (partners.size > 0 && !partners.has(person.partnerId)) return false;
    if (text && !searchable([person.name, person.role, person.contact, partnerById.get(person.partnerId)?.name]).includes(text)) return false;
    return true;
  });
}

/**
 * The partner organisations that pass the organisation and text filters, in board order. Text
 * matches the organisation's name, or anyone in it (as filterPeople matches them).
 */
export function filterPartners(board: Board, filters: Pick<PlanFilters, 'partnerIds' | 'text'>): readonly Partner[] {
  const partners = new Set(filters.partnerIds);
  const text = filters.text.trim().toLocaleLowerCase();
  if (partners.size === 0 && !text) return board.partners;
  const withMatches = new Set(filterPeople(board, { partnerIds: [], text }).map((person) => person.partnerId));
  return board.partners.filter((partner) => {
    if (partners.size > 0 && !partners.has(partner.id)) return false;
    return !text || partner.name.toLocaleLowerCase().includes(text) || withMatches.has(partner.id);
  });
}
