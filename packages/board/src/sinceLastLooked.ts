import * as Y from 'yjs';
import * as z from 'zod/mini';
import { reviewReport, type ReviewReport } from './reviewReport.js';
import type { Action, Board, Goal, Id, IsoDate } from './types.js';
import { actionStatuses, goalStatuses } from './vocabulary.js';

// "Since you last looked": a browser keeps a compact reading of the board as it was when its person
// last had it open (only what the summary compares: titles, statuses, owners, due dates, which
// decisions and risks there were), and on their return the review comparison runs between that
// reading and the board now, with their own changes counted as already seen.

/** The compact reading a browser keeps of a board as it last looked at it. */
export interface LookedReading {
  readonly version: 1;
  /** The day of the reading: an action overdue then is not news. */
  readonly on: IsoDate;
  /** Per goal: [title, status]. */
  readonly goals: Readonly<Record<Id, readonly [string, Goal['status']]>>;
  /** Per action: [title, status, ownerId, dueDate, goalId]. */
  readonly actions: Readonly<Record<Id, readonly [string, Action['status'], Id | null, IsoDate | null, Id]>>;
  readonly decisions: readonly Id[];
  readonly risks: readonly Id[];
}

/** The collections the summary looks at, and the fields of each it compares. */
export const lookedFields = {
  goals: ['title', 'status'],
  actions: ['title', 'status', 'ownerId', 'dueDate', 'goalId'],
  decisions: [],
  risks: [],
} as const;

export type LookedCollection = keyof typeof lookedFields;

/** Whether the current value of an item's field (or, with field null, the item itself) was written by the person looking. */
export type MadeByMe = (collection: LookedCollection, id: Id, field: string | null) => boolean;

/** How an item is marked for the person coming back: new since they looked, or changed. */
export type SinceMark = 'new' | 'changed';

/** What is new to a returning person: the review comparison, and a mark per goal, action, decision and risk that has news. */
export interface SinceLastLooked {
  readonly report: ReviewReport;
  readonly marks: ReadonlyMap<Id, SinceMark>;
}

const id = z.string();
const dateOrNull = z.nullable(z.string());
const readingSchema = z.object({
  version: z.literal(1),
  on: z.string(),
  goals: z.record(id, z.tuple([z.string(), z.enum(goalStatuses)])),
  actions: z.record(id, z.tuple([z.string(), z.enum(actionStatuses), z.nullable(id), dateOrNull, id])),
  decisions: z.array(id),
  risks: z.array(id),
});

/** The compact reading of a board on a day. */
export function readingOf(board: Board, on: IsoDate): LookedReading {
  return {
    version: 1,
    on,
    goals: Object.fromEntries(board.goals.map((goal) => [goal.id, [goal.title, goal.status] as const])),
    actions: Object.fromEntries(board.actions.map((a) => [a.id, [a.title, a.status, a.ownerId, a.dueDate, a.goalId] as const])),
    decisions: board.decisions.map((decision) => decision.id),
    risks: board.risks.map((risk) => risk.id),
  };
}

/** A stored reading, or null when it is missing, from another version or damaged (then nothing is called new). */
export function parseReading(value: unknown): LookedReading | null {
  const parsed = readingSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A field as the reading saw it, unless its value now is one I wrote (asked only when it differs, the board may be large). */
function was<T extends { id: Id }, K extends keyof T & string>(mine: MadeByMe, collection: LookedCollection, item: T, field: K, looked: T[K]): T[K] {
  return item[field] === looked || mine(collection, item.id, field) ? item[field] : looked;
}

/**
 * The board as the reading saw it, for the comparison: each item the reading has, with the reading's
 * values except where the current value is mine; items it lacks only when I added them. Everything
 * the reading does not keep is taken from now, so it never counts as changed.
 */
function boardAsLooked(reading: LookedReading, now: Board, mine: MadeByMe): Board {
  const seen = (collection: LookedCollection, item: { id: Id }, known: boolean) => known || mine(collection, item.id, null);
  const goals = now.goals.flatMap((goal): Goal[] => {
    const looked = reading.goals[goal.id];
    if (!looked) return seen('goals', goal, false) ? [goal] : [];
    const [title, status] = looked;
    return [{ ...goal, title: was(mine, 'goals', goal, 'title', title), status: was(mine, 'goals', goal, 'status', status) }];
  });
  const actions = now.actions.flatMap((action): Action[] => {
    const looked = reading.actions[action.id];
    if (!looked) return seen('actions', action, false) ? [action] : [];
    const [title, status, ownerId, dueDate, goalId] = looked;
    const field = <K extends keyof Action>(name: K, value: Action[K]) => was(mine, 'actions', action, name, value);
    return [{ ...action, title: field('title', title), status: field('status', status), ownerId: field('ownerId', ownerId), dueDate: field('dueDate', dueDate), goalId: field('goalId', goalId) }];
  });
  const decisionIds = new Set(reading.decisions);
  const riskIds = new Set(reading.risks);
  return {
    ...now,
    goals,
    actions,
    decisions: now.decisions.filter((decision) => seen('decisions', decision, decisionIds.has(decision.id))),
    risks: now.risks.filter((risk) => seen('risks', risk, riskIds.has(risk.id))),
  };
}

/**
 * What is new or changed on `now` since `reading` was taken, for the person who took it: goals whose
 * status changed, actions added, completed, fallen overdue and reassigned, new decisions and risks,
 * and a mark per item. Changes whose current value `mine` says they made themselves are not news.
 */
export function sinceLastLooked(reading: LookedReading, now: Board, today: IsoDate, mine: MadeByMe = () => false): SinceLastLooked {
  const before = boardAsLooked(reading, now, mine);
  const report = reviewReport(before, now, { before: reading.on, after: today });
  const marks = new Map<Id, SinceMark>();
  const earlierGoals = new Map(before.goals.map((goal) => [goal.id, goal]));
  const earlierActions = new Map(before.actions.map((action) => [action.id, action]));
  for (const goal of now.goals) {
    const old = earlierGoals.get(goal.id);
    if (!old) marks.set(goal.id, 'new');
    else if (lookedFields.goals.some((field) => old[field] !== goal[field])) marks.set(goal.id, 'changed');
  }
  for (const action of now.actions) {
    const old = earlierActions.get(action.id);
    if (!old) marks.set(action.id, 'new');
    else if (lookedFields.actions.some((field) => old[field] !== action[field])) marks.set(action.id, 'changed');
  }
  for (const { id: added } of [...report.decisionsAdded, ...report.risksAdded]) marks.set(added, 'new');
  return { report, marks };
}

/** The Yjs client that wrote an item's current field value (or, with field null, the item), or null when the board does not hold it. */
export function writerOfLooked(doc: Y.Doc, collection: LookedCollection, id: Id, field: string | null): number | null {
  const entity = doc.getMap(collection).get(id);
  if (!(entity instanceof Y.Map)) return null;
  if (field === null) return entity._item?.id.client ?? null;
  return entity._map.get(field)?.id.client ?? null;
}
