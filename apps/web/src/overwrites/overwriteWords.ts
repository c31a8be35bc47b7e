import {
  actionStatusLabel,
  decisionStatusLabel,
  goalStatusLabel,
  priorityLabel,
  riskCategoryLabel,
  riskResponseLabel,
  riskStatusLabel,
  type Author,
  type Board,
  type FieldValue,
  type IsoDate,
  type Overwrite,
  type OverwriteKind,
} from '@partnerboard/board';
import { formatDate } from '../components/dates';

/** How each watched field is named in a sentence. */
const fieldNames: Readonly<Record<string, string>> = {
  title: 'title',
  successMeasure: 'success measure',
  ownerId: 'owner',
  status: 'status',
  targetDate: 'target date',
  goalId: 'goal',
  dueDate: 'due date',
  priority: 'priority',
  decidedOn: 'decision date',
  decidedBy: 'decided by',
  reviewOn: 'review date',
  category: 'category',
  likelihood: 'likelihood',
  impact: 'impact',
  response: 'response',
  triggerOn: 'trigger date',
};

export function fieldName(field: string): string {
  return fieldNames[field] ?? field;
}

const statusLabels: Readonly<Record<OverwriteKind, Readonly<Record<string, string>>>> = {
  goal: goalStatusLabel,
  action: actionStatusLabel,
  decision: decisionStatusLabel,
  risk: riskStatusLabel,
};

const choiceLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  priority: priorityLabel,
  category: riskCategoryLabel,
  response: riskResponseLabel,
};

const dateFields = new Set(['targetDate', 'dueDate', 'decidedOn', 'reviewOn', 'triggerOn']);

function label(labels: Readonly<Record<string, string>> | undefined, value: string): string {
  return labels && Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

/** A field's value in words: a person's or goal's name for an id, a label for a status, a date as people write it. */
export function valueWords(board: Board, kind: OverwriteKind, field: string, value: FieldValue, today: IsoDate): string {
  if (value === null) return field === 'ownerId' ? 'no owner' : dateFields.has(field) ? 'no date' : 'nothing';
  if (typeof value === 'number') return String(value);
  if (field === 'ownerId') return board.people.find((p) => p.id === value)?.name ?? 'someone no longer on the board';
  if (field === 'goalId') return `“${board.goals.find((g) => g.id === value)?.title ?? 'a deleted goal'}”`;
  if (field === 'status') return label(statusLabels[kind], value);
  if (dateFields.has(field)) return formatDate(value, today);
  if (Object.hasOwn(choiceLabels, field)) return label(choiceLabels[field], value);
  return `“${value}”`;
}

/** The title of the goal, action, decision or risk an overwrite is about, or null when it is gone. */
export function itemTitle(board: Board, overwrite: Overwrite): string | null {
  const lists = { goal: board.goals, action: board.actions, decision: board.decisions, risk: board.risks } as const;
  const list: readonly { id: string; title: string }[] = lists[overwrite.kind];
  return list.find((item) => item.id === overwrite.itemId)?.title ?? null;
}

/** The field's value now, to tell whether what the overwrite left still stands. */
export function currentValue(board: Board, overwrite: Overwrite): FieldValue | undefined {
  const lists = { goal: board.goals, action: board.actions, decision: board.decisions, risk: board.risks } as const;
  const list: readonly object[] = lists[overwrite.kind];
  const item = list.find((entry) => (entry as { id: string }).id === overwrite.itemId);
  if (!item || !Object.hasOwn(item, overwrite.field)) return undefined;
  return (item as Record<string, FieldValue>)[overwrite.field];
}

export interface Someone {
  name: string;
  organisation: string;
}

function same(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** Whether the Yjs client `writer` was me: this open board, or a client the server bound to my name and organisation. */
export function wroteIt(writer: number, authors: ReadonlyMap<number, Author>, me: Someone & { clientId: number }): boolean {
  if (writer === me.clientId) return true;
  const author = authors.get(writer);
  return author !== undefined && same(author.name, me.name) && same(author.organisation, me.organisation);
}

/** Who wrote a value, for a sentence: "Priya Shah (Riverside NHS Trust)", or "someone" when the server never said. */
export function writerWords(writer: number, authors: ReadonlyMap<number, Author>): string {
  const author = authors.get(writer);
  if (!author) return 'someone';
  return author.organisation ? `${author.name} (${author.organisation})` : author.name;
}
