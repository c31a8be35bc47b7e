import { indexBoard } from './insights.js';
import type { Action, Board, Goal, Id, IsoDateTime } from './types.js';

// Who delivered what: achieved goals and completed actions credited to people and organisations,
// so that the partnership can acknowledge them.

/** An achieved goal or a completed action. */
export interface Delivered {
  readonly kind: 'goal' | 'action';
  readonly id: Id;
  readonly title: string;
  /** When it was achieved or completed, when the board knows. */
  readonly on: IsoDateTime | null;
  /** The goal a completed action served (null for a goal, or when that goal is gone). */
  readonly goalId: Id | null;
}

export interface PersonContribution {
  readonly personId: Id;
  /** Newest first. */
  readonly delivered: readonly Delivered[];
}

export interface PartnerContribution {
  readonly partnerId: Id;
  /** Everything the organisation is credited with, each once, newest first. */
  readonly delivered: readonly Delivered[];
  /** Its people who are credited, in board order. */
  readonly people: readonly PersonContribution[];
}

export interface Contributions {
  /** Organisations credited with anything, in board order. */
  readonly partners: readonly PartnerContribution[];
  /** Delivered with no one on the board named for it, newest first. */
  readonly uncredited: readonly Delivered[];
  readonly goalsAchieved: number;
  readonly actionsCompleted: number;
}

/** When a goal last became achieved, from its status history. */
function achievedOn(goal: Goal): IsoDateTime | null {
  for (let i = goal.statusHistory.length - 1; i >= 0; i--) {
    const change = goal.statusHistory[i];
    if (change?.status === 'achieved') return change.at;
  }
  return null;
}

function newestFirst(a: Delivered, b: Delivered): number {
  return (b.on ?? '').localeCompare(a.on ?? '') || a.title.localeCompare(b.title);
}

/**
 * Achieved goals (credited to their accountable owner and their contributing organisations) and
 * completed actions (credited to their accountable owner and the people responsible for them), by
 * organisation and person.
 */
export function contributions(board: Board): Contributions {
  const { personById, goalById, partnerById } = indexBoard(board);
  const byPerson = new Map<Id, Delivered[]>();
  const byPartner = new Map<Id, Delivered[]>();
  const uncredited: Delivered[] = [];
  const credit = (item: Delivered, personIds: readonly (Id | null)[], partnerIds: readonly Id[] = []) => {
    const people = new Set(personIds.filter((id): id is Id => id !== null && personById.has(id)));
    const partners = new Set(partnerIds.filter((id) => partnerById.has(id)));
    for (const personId of people) {
      byPerson.set(personId, [...(byPerson.get(personId) ?? []), item]);
      const partnerId = personById.get(personId)?.partnerId;
      if (partnerId !== undefined && partnerById.has(partnerId)) partners.add(partnerId);
    }
    for (const partnerId of partners) byPartner.set(partnerId, [...(byPartner.get(partnerId) ?? []), item]);
    if (people.size === 0 && partners.size === 0) uncredited.push(item);
  };

  const achieved = board.goals.filter((goal) => goal.status === 'achieved');
  for (const goal of achieved) {
    credit({ kind: 'goal', id: goal.id, title: goal.title, on: achievedOn(goal), goalId: null }, [goal.ownerId], goal.partnerIds);
  }
  const completed = board.actions.filter((action: Action) => action.status === 'done');
  for (const action of completed) {
    const item: Delivered = { kind: 'action', id: action.id, title: action.title, on: action.completedAt, goalId: goalById.has(action.goalId) ? action.goalId : null };
    credit(item, [action.ownerId, ...action.responsibleIds]);
  }

  const sorted = (items: readonly Delivered[] | undefined) => [...(items ?? [])].sort(newestFirst);
  const partners = board.partners
    .filter((partner) => byPartner.has(partner.id))
    .map((partner) => ({
      partnerId: partner.id,
      delivered: sorted(byPartner.get(partner.id)),
      people: board.people.filter((person) => person.partnerId === partner.id && byPerson.has(person.id)).map((person) => ({ personId: person.id, delivered: sorted(byPerson.get(person.id)) })),
    }));
  return { partners, uncredited: sorted(uncredited), goalsAchieved: achieved.length, actionsCompleted: completed.length };
}
