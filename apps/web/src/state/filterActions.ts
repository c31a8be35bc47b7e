import { isOverdue, type Action, type Board, type Id, type IsoDate } from '@partnerboard/board';
import type { ActionFilters } from './ui';

/** Who "mine" means: the people on the board with my name (in my organisation, when I picked one). */
export interface FilterViewer {
  name: string;
  partnerId?: string;
}

function myPersonIds(board: Board, me: FilterViewer): Set<Id> {
  const name = me.name.trim().toLocaleLowerCase();
  return new Set(
    board.people
      .filter((person) => person.name.trim().toLocaleLowerCase() === name)
      .filter((person) => !me.partnerId || person.partnerId === me.partnerId)
      .map((person) => person.id),
  );
}

/** The people who carry an action: its accountable owner and the responsible. */
function carriers(action: Action): Id[] {
  return action.ownerId ? [action.ownerId, ...action.responsibleIds] : [...action.responsibleIds];
}

/**
 * The actions that pass every filter, in board order. Partner matches an action whose owner or a
 * responsible person belongs to one of the partners; text matches title, notes, goal, owner and
 * organisation names, ignoring case.
 */
export function filterActions(board: Board, filters: ActionFilters, today: IsoDate, me: FilterViewer): Action[] {
  const personPartner = new Map(board.people.map((person) => [person.id, person.partnerId]));
  const personName = new Map(board.people.map((person) => [person.id, person.name]));
  const partnerName = new Map(board.partners.map((partner) => [partner.id, partner.name]));
  const goalTitle = new Map(board.goals.map((goal) => [goal.id, goal.title]));
  const partners = new Set(filters.partnerIds);
  const owners = new Set(filters.ownerIds);
  const statuses = new Set(filters.statuses);
  const mine = filters.mine ? myPersonIds(board, me) : null;
  const text = filters.text.trim().toLocaleLowerCase();

  return board.actions.filter((action) => {
    if (statuses.size > 0 && !statuses.has(action.status)) return false;
    if (owners.size > 0 && !(action.ownerId && owners.has(action.ownerId))) return false;
    if (filters.overdue && !isOverdue(action, today)) return false;
    if (partners.size > 0 && !carriers(action).some((id) => partners.has(personPartner.get(id) ?? ''))) return false;
    if (mine && !carriers(action).some((id) => mine.has(id))) return false;
    if (text) {
      const ownerPartner = action.ownerId ? personPartner.get(action.ownerId) : undefined;
      const haystack = [
        action.title,
        action.notes,
        goalTitle.get(action.goalId),
        action.ownerId ? personName.get(action.ownerId) : undefined,
        ownerPartner ? partnerName.get(ownerPartner) : undefined,
      ]
        .filter(Boolean)
        .join('\n')
        .toLocaleLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}
