import type { Board, Commitment, Goal, Id, Partner } from './types.js';
import { commitmentKinds, type CommitmentKind } from './vocabulary.js';

// What each partner puts in, and whether one of them carries most of it, for the resources view.

/** One partner's part of one kind of resource. */
export interface ResourceShare {
  readonly partnerId: Id;
  /** Their amount (when measured by amount) or how many commitments they made (when measured by count). */
  readonly measure: number;
  /** Their part of the total, 0-1. */
  readonly share: number;
}

/** How one kind of resource (staff time, funding, ...) is spread across the partners. */
export interface KindShares {
  readonly kind: CommitmentKind;
  /**
   * By amount when every live commitment of the kind has an amount in one unit (e.g. all 'hours a
   * week'): shares of different units cannot be added. Otherwise by how many commitments each made.
   */
  readonly by: 'amount' | 'count';
  /** The unit of the amounts, when measured by amount ('' when they have none). */
  readonly unit: string;
  readonly total: number;
  /** Partners that put any of it in, largest share first (then board order). */
  readonly partners: readonly ResourceShare[];
  /** The partner that puts in more than half of it, on a board of two or more partners; else null. */
  readonly carriedMostlyBy: Id | null;
}

/** Pledged and delivered commitments count; withdrawn ones no longer do. */
export function isLiveCommitment(commitment: Pick<Commitment, 'status'>): boolean {
  return commitment.status !== 'withdrawn';
}

const unitKey = (unit: string) => unit.trim().toLowerCase();

/** For each kind of resource that partners have committed, who puts in how much of it. */
export function resourceShares(board: Board): readonly KindShares[] {
  const partnerOrder = new Map(board.partners.map((partner, index) => [partner.id, index]));
  const live = board.commitments.filter((c) => isLiveCommitment(c) && partnerOrder.has(c.partnerId));
  const result: KindShares[] = [];
  for (const kind of commitmentKinds) {
    const ofKind = live.filter((c) => c.kind === kind);
    if (ofKind.length === 0) continue;
    const units = new Set(ofKind.map((c) => unitKey(c.unit)));
    const byAmount = units.size === 1 && ofKind.every((c) => c.amount !== null && c.amount > 0);
    const measures = new Map<Id, number>();
    for (const c of ofKind) measures.set(c.partnerId, (measures.get(c.partnerId) ?? 0) + (byAmount ? (c.amount ?? 0) : 1));
    const total = [...measures.values()].reduce((sum, value) => sum + value, 0);
    const partners = [...measures.entries()]
      .map(([partnerId, measure]) => ({ partnerId, measure, share: total === 0 ? 0 : measure / total }))
      .sort((a, b) => b.measure - a.measure || (partnerOrder.get(a.partnerId) ?? 0) - (partnerOrder.get(b.partnerId) ?? 0));
    const top = partners[0];
    result.push({
      kind,
      by: byAmount ? 'amount' : 'count',
      unit: byAmount ? (ofKind[0]?.unit.trim() ?? '') : '',
      total,
      partners,
      carriedMostlyBy: board.partners.length >= 2 && top !== undefined && top.share > 0.5 ? top.partnerId : null,
    });
  }
  return result;
}

/** A partner and the commitments it made, in the order they were made. */
export interface PartnerCommitments {
  readonly partner: Partner;
  readonly commitments: readonly Commitment[];
  /** Live (pledged or delivered) commitments, and how many of them are delivered. */
  readonly live: number;
  readonly delivered: number;
}

/** A goal (null: the plan as a whole) and the commitments made towards it, and by how many partners. */
export interface GoalCommitments {
  readonly goal: Goal | null;
  readonly commitments: readonly Commitment[];
  /** Partners with a live commitment towards it. */
  readonly partnerIds: readonly Id[];
}

/** Every partner with its commitments, in board order (partners with none included). */
export function commitmentsByPartner(board: Board): readonly PartnerCommitments[] {
  return board.partners.map((partner) => {
    const commitments = board.commitments.filter((c) => c.partnerId === partner.id);
    const live = commitments.filter(isLiveCommitment);
    return { partner, commitments, live: live.length, delivered: live.filter((c) => c.status === 'delivered').length };
  });
}

/**
 * Every goal with the commitments towards it, in board order (goals with none included), then those
 * towards the plan as a whole; commitments whose goal is gone count towards the whole plan.
 */
export function commitmentsByGoal(board: Board): readonly GoalCommitments[] {
  const goalIds = new Set(board.goals.map((goal) => goal.id));
  const section = (goal: Goal | null, commitments: readonly Commitment[]): GoalCommitments => ({
    goal,
    commitments,
    partnerIds: [...new Set(commitments.filter(isLiveCommitment).map((c) => c.partnerId))],
  });
  const sections = board.goals.map((goal) => section(goal, board.commitments.filter((c) => c.goalId === goal.id)));
  sections.push(section(null, board.commitments.filter((c) => c.goalId === null || !goalIds.has(c.goalId))));
  return sections;
}
