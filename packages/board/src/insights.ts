import type { Action, Board, Comment, Goal, Id, IsoDate, Partner, Person, Risk } from './types.js';
import type { RiskBand } from './vocabulary.js';

// Pure questions a view asks of a board. Each builds on one index per board (made once, then
// remembered), so a view asking per row stays linear.

export interface BoardIndex {
  readonly partnerById: ReadonlyMap<Id, Partner>;
  readonly personById: ReadonlyMap<Id, Person>;
  readonly goalById: ReadonlyMap<Id, Goal>;
  readonly actionById: ReadonlyMap<Id, Action>;
  /** Actions of each goal, in board order. */
  readonly actionsByGoal: ReadonlyMap<Id, readonly Action[]>;
  /** Comments on each item, oldest first. */
  readonly commentsByItem: ReadonlyMap<Id, readonly Comment[]>;
}

const indexes = new WeakMap<Board, BoardIndex>();

function groupBy<T>(items: readonly T[], key: (item: T) => Id): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  for (const item of items) {
    const id = key(item);
    const group = groups.get(id);
    if (group) group.push(item);
    else groups.set(id, [item]);
  }
  return groups;
}

/** Lookups by id for one board, made once per board object. */
export function indexBoard(board: Board): BoardIndex {
  let index = indexes.get(board);
  if (!index) {
    index = {
      partnerById: new Map(board.partners.map((p) => [p.id, p])),
      personById: new Map(board.people.map((p) => [p.id, p])),
      goalById: new Map(board.goals.map((g) => [g.id, g])),
      actionById: new Map(board.actions.map((a) => [a.id, a])),
      actionsByGoal: groupBy(board.actions, (a) => a.goalId),
      commentsByItem: groupBy(board.comments, (c) => c.itemId),
    };
    indexes.set(board, index);
  }
  return index;
}

/** True when an action is not done and its due date has passed (due today is not overdue). */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: IsoDate): boolean {
  return action.status !== 'done' && action.dueDate !== null && action.dueDate < today;
}

/** True when a goal is not yet achieved and its target date has passed (the target date itself is not past). */
export function isPastTarget(goal: Pick<Goal, 'status' | 'targetDate'>, today: IsoDate): boolean {
  return goal.status !== 'achieved' && goal.targetDate !== null && goal.targetDate < today;
}

/** How many of a goal's actions are done, out of how many. */
export function goalProgress(board: Board, goalId: Id): { done: number; total: number } {
  const actions = indexBoard(board).actionsByGoal.get(goalId) ?? [];
  return { done: actions.filter((a) => a.status === 'done').length, total: actions.length };
}

/** The actions of a goal, in board order. */
export function actionsOfGoal(board: Board, goalId: Id): readonly Action[] {
  return indexBoard(board).actionsByGoal.get(goalId) ?? [];
}

/** The comments on an item, oldest first. */
export function commentsOn(board: Board, itemId: Id): readonly Comment[] {
  return indexBoard(board).commentsByItem.get(itemId) ?? [];
}

/** Actions whose goal is no longer on the board (left when someone deleted the goal while another added to it). */
export function orphanedActions(board: Board): readonly Action[] {
  const { goalById } = indexBoard(board);
  return board.actions.filter((a) => !goalById.has(a.goalId));
}

/** The organisation a person belongs to, if it is still on the board. */
export function partnerOf(board: Board, personId: Id | null): Partner | undefined {
  if (personId === null) return undefined;
  const { personById, partnerById } = indexBoard(board);
  const person = personById.get(personId);
  return person && partnerById.get(person.partnerId);
}

/** A person as shown everywhere: 'Name (Organisation)'. Says so when nobody is set or they have left the board. */
export function personLabel(board: Board, personId: Id | null): string {
  if (personId === null) return 'Nobody yet';
  const person = indexBoard(board).personById.get(personId);
  if (!person) return 'Someone no longer on the board';
  const partner = partnerOf(board, personId);
  return partner ? `${person.name} (${partner.name})` : person.name;
}

export interface Load {
  /** Open (not done) actions they are accountable for. */
  readonly open: number;
  readonly overdue: number;
  readonly blocked: number;
  /** Open actions where they are Responsible (doing the work) though maybe not accountable. */
  readonly responsible: number;
  /** Their share of all open actions that have an owner, 0-1. */
  readonly share: number;
}

export interface Workload {
  readonly people: readonly (Load & { readonly personId: Id })[];
  readonly partners: readonly (Load & { readonly partnerId: Id })[];
  /** Open actions with no accountable owner. */
  readonly unowned: number;
}

type Counts = { open: number; overdue: number; blocked: number; responsible: number };

function emptyCounts(): Counts {
  return { open: 0, overdue: 0, blocked: 0, responsible: 0 };
}

/**
 * The load on each person and each organisation: open, overdue and blocked actions they are
 * accountable for, and their share of the open work, so nobody silently carries the whole burden.
 */
export function workload(board: Board, today: IsoDate): Workload {
  const { personById } = indexBoard(board);
  const byPerson = new Map(board.people.map((p) => [p.id, emptyCounts()]));
  const byPartner = new Map(board.partners.map((p) => [p.id, emptyCounts()]));
  let owned = 0;
  let unowned = 0;
  for (const action of board.actions) {
    if (action.status === 'done') continue;
    const responsiblePartners = new Set<Id>();
    for (const personId of action.responsibleIds) {
      const counts = byPerson.get(personId);
      if (counts) counts.responsible++;
      const partnerId = personById.get(personId)?.partnerId;
      if (partnerId !== undefined) responsiblePartners.add(partnerId);
    }
    for (const partnerId of responsiblePartners) {
      const partnerCounts = byPartner.get(partnerId);
      if (partnerCounts) partnerCounts.responsible++;
    }
    const counts = action.ownerId === null ? undefined : byPerson.get(action.ownerId);
    if (!counts) {
      unowned++;
      continue;
    }
    owned++;
    const partnerCounts = byPartner.get(personById.get(action.ownerId ?? '')?.partnerId ?? '');
    for (const target of partnerCounts ? [counts, partnerCounts] : [counts]) {
      target.open++;
      if (isOverdue(action, today)) target.overdue++;
      if (action.status === 'blocked') target.blocked++;
    }
  }
  const withShare = (counts: Counts) => ({ ...counts, share: owned === 0 ? 0 : counts.open / owned });
  return {
    people: board.people.map((p) => ({ personId: p.id, ...withShare(byPerson.get(p.id) ?? emptyCounts()) })),
    partners: board.partners.map((p) => ({ partnerId: p.id, ...withShare(byPartner.get(p.id) ?? emptyCounts()) })),
    unowned,
  };
}

/**
 * True when one person or organisation carries a disproportionate share of the open work: at least
 * three open actions, at least a quarter of all owned open work, and at least twice an even share
 * among `groupSize` people (or organisations).
 */
export function carriesTooMuch(load: Pick<Load, 'open' | 'share'>, groupSize: number): boolean {
  if (groupSize < 2 || load.open < 3) return false;
  return load.share >= 0.25 && load.share >= 2 / groupSize;
}

export type RaciRole = 'R' | 'A' | 'C' | 'I';

export interface RaciRow {
  readonly actionId: Id;
  readonly goalId: Id;
  /** Each person's roles on this action, by person id (a Map: ids come from the document and may be any string). */
  readonly byPerson: ReadonlyMap<Id, readonly RaciRole[]>;
  /** Each organisation's roles on this action (the union of its people's), by partner id. */
  readonly byPartner: ReadonlyMap<Id, readonly RaciRole[]>;
  /** No one accountable, or no one responsible: the gaps a partnership must close. */
  readonly missing: readonly ('A' | 'R')[];
}

const raciOrder: readonly RaciRole[] = ['R', 'A', 'C', 'I'];

/** The responsibility matrix across people and organisations, one row per action in board order. */
export function raciMatrix(board: Board): readonly RaciRow[] {
  const { personById } = indexBoard(board);
  return board.actions.map((action) => {
    const byPerson = new Map<Id, RaciRole[]>();
    const byPartner = new Map<Id, RaciRole[]>();
    const add = (personId: Id | null, role: RaciRole) => {
      if (personId === null) return;
      const person = personById.get(personId);
      if (!person) return;
      for (const [cells, key] of [
        [byPerson, personId],
        [byPartner, person.partnerId],
      ] as const) {
        const roles = cells.get(key) ?? [];
        if (!roles.includes(role)) roles.push(role);
        cells.set(key, roles);
      }
    };
    add(action.ownerId, 'A');
    for (const id of action.responsibleIds) add(id, 'R');
    for (const id of action.consultedIds) add(id, 'C');
    for (const id of action.informedIds) add(id, 'I');
    for (const cells of [byPerson, byPartner]) for (const roles of cells.values()) roles.sort((a, b) => raciOrder.indexOf(a) - raciOrder.indexOf(b));
    const missing: ('A' | 'R')[] = [];
    if (action.ownerId === null || !personById.has(action.ownerId)) missing.push('A');
    if (!action.responsibleIds.some((id) => personById.has(id))) missing.push('R');
    return { actionId: action.id, goalId: action.goalId, byPerson, byPartner, missing };
  });
}

export interface MatrixSection {
  /** Null for actions whose goal is no longer on the board. */
  readonly goal: Goal | null;
  readonly rows: readonly RaciRow[];
}

/** Matrix rows grouped under their goals, in board order (goals without rows included); actions whose goal is gone come last. */
export function matrixSections(board: Board, rows: readonly RaciRow[]): MatrixSection[] {
  const byGoal = groupBy(rows, (row) => row.goalId);
  const sections: MatrixSection[] = board.goals.map((goal) => ({ goal, rows: byGoal.get(goal.id) ?? [] }));
  const { goalById } = indexBoard(board);
  const orphans = rows.filter((row) => !goalById.has(row.goalId));
  if (orphans.length > 0) sections.push({ goal: null, rows: orphans });
  return sections;
}

/** Likelihood × impact, 1-25. */
export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
  return risk.likelihood * risk.impact;
}

/** The band of a risk score on the usual 5 × 5 matrix: 1-4 green, 5-12 amber, 15-25 red. */
export function riskBand(score: number): RiskBand {
  if (score >= 15) return 'red';
  if (score >= 5) return 'amber';
  return 'green';
}

export interface Responsibilities {
  readonly goals: readonly Id[];
  readonly actions: readonly Id[];
  readonly risks: readonly Id[];
  readonly leadProfessional: boolean;
}

/** What a person is accountable for: ask before deletePerson, which refuses while any of it is theirs. */
export function responsibilitiesOf(board: Board, personId: Id): Responsibilities {
  const owned = (items: readonly { id: Id; ownerId: Id | null }[]) => items.filter((item) => item.ownerId === personId).map((item) => item.id);
  return {
    goals: owned(board.goals),
    actions: owned(board.actions),
    risks: owned(board.risks),
    leadProfessional: board.meta.leadPersonId === personId,
  };
}
