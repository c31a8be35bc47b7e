import * as Y from 'yjs';
import type { Board, Id } from './types.js';
import { actionStatusLabel, goalStatusLabel } from './vocabulary.js';

// What someone else just did, told in a sentence for the people looking at the board (a polite
// live region for screen readers): read from the transactions that applied their updates.

/** The plan's collections a change is told for, and the word for one of their items. */
const told = { goals: 'goal', actions: 'action', decisions: 'decision', risks: 'risk', comments: 'comment' } as const;
export type ToldCollection = keyof typeof told;

/** One item a transaction added, changed or removed, and the Yjs client that wrote it (null when a deletion does not say). */
export interface WrittenChange {
  readonly kind: 'added' | 'changed' | 'removed';
  readonly collection: ToldCollection;
  readonly id: Id;
  readonly fields: readonly string[];
  readonly writer: number | null;
}

function collectionNamed(doc: Y.Doc, type: unknown): ToldCollection | null {
  for (const name of Object.keys(told) as ToldCollection[]) if (doc.share.get(name) === type) return name;
  return null;
}

/** The items of the plan a transaction touched, one entry per item and writer. */
export function changesIn(transaction: Y.Transaction): WrittenChange[] {
  const { doc, beforeState, afterState } = transaction;
  const isNew = (item: Y.Item) => item.id.clock >= (beforeState.get(item.id.client) ?? 0);
  const advanced = [...afterState].filter(([client, clock]) => clock > (beforeState.get(client) ?? 0)).map(([client]) => client);
  const found = new Map<string, { kind: WrittenChange['kind']; collection: ToldCollection; id: Id; fields: Set<string>; writer: number | null }>();
  const note = (kind: WrittenChange['kind'], collection: ToldCollection, id: Id, field: string | null, writer: number | null) => {
    const key = `${collection}:${id}`;
    const entry = found.get(key) ?? { kind, collection, id, fields: new Set<string>(), writer };
    if (kind !== 'changed') entry.kind = kind;
    if (field !== null) entry.fields.add(field);
    entry.writer ??= writer;
    found.set(key, entry);
  };
  for (const [type, keys] of transaction.changed) {
    const topLevel = collectionNamed(doc, type);
    // A top-level map the document has not asked for by name is not a Y.Map yet: read its entries as they are.
    if (topLevel) {
      for (const key of keys) {
        const item = key === null ? undefined : type._map.get(key);
        if (!item || key === null) continue;
        if (item.deleted) note('removed', topLevel, key, null, null);
        else if (isNew(item)) note('added', topLevel, key, null, item.id.client);
      }
      continue;
    }
    const item = type._item;
    if (!item || item.parentSub === null) continue;
    const collection = collectionNamed(doc, item.parent);
    if (collection && type instanceof Y.Map) {
      // A field of an entity set or taken away.
      for (const key of keys) {
        if (key === null) continue;
        const value = type._map.get(key);
        note('changed', collection, item.parentSub, key, value && isNew(value) ? value.id.client : (advanced[0] ?? null));
      }
      continue;
    }
    // A text or list inside an entity (notes, a status history): told as a change of that field.
    const parent = item.parent instanceof Y.AbstractType ? item.parent._item : null;
    const owner = parent ? collectionNamed(doc, parent.parent) : null;
    if (parent && owner && parent.parentSub !== null) note('changed', owner, parent.parentSub, item.parentSub, advanced[0] ?? null);
  }
  return [...found.values()].map(({ fields, ...change }) => ({ ...change, fields: [...fields] }));
}

function titleOf(board: Board, change: WrittenChange): string | null {
  const items: readonly { id: Id; title?: string; text?: string }[] = board[change.collection];
  const item = items.find((candidate) => candidate.id === change.id);
  return item ? (item.title ?? item.text ?? null) : null;
}

/** "A", "A and B", "A, B and C", "A, B and 2 others". */
function names(list: readonly string[]): string {
  if (list.length <= 1) return list[0] ?? 'Someone';
  if (list.length > 3) return `${list.slice(0, 2).join(', ')} and ${list.length - 2} others`;
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function oneChange(change: WrittenChange, who: string, board: Board): string {
  const noun = told[change.collection];
  const title = titleOf(board, change);
  if (change.kind === 'removed') return `${who} deleted ${article(noun)}`;
  if (change.collection === 'comments') return change.kind === 'added' ? `${who} added a comment` : `${who} changed a comment`;
  const named = title ? `“${title}”` : article(noun);
  if (change.kind === 'added') return title ? `${who} added the ${noun} ${named}` : `${who} added ${named}`;
  const action = change.collection === 'actions' ? board.actions.find((a) => a.id === change.id) : undefined;
  const goal = change.collection === 'goals' ? board.goals.find((g) => g.id === change.id) : undefined;
  if (action && change.fields.includes('status')) return `${who} moved ${named} to ${actionStatusLabel[action.status]}`;
  if (goal && change.fields.includes('status')) return `${who} set ${named} to ${goalStatusLabel[goal.status]}`;
  if (action && change.fields.includes('ownerId')) {
    const owner = board.people.find((person) => person.id === action.ownerId);
    return owner ? `${who} made ${owner.name} accountable for ${named}` : `${who} changed who is accountable for ${named}`;
  }
  if (change.fields.every((field) => field === 'order' || field === 'goalId')) return `${who} moved ${named}`;
  return `${who} changed ${named}`;
}

/**
 * The sentence that tells the people looking what others changed: the change itself when there is
 * one ("Priya Shah moved “Key safe” to Done"), a count and the names when there are more ("5 changes
 * by Priya Shah and Sam Jones"), null when there is nothing to tell. `nameOf` names a writer.
 */
export function announcement(changes: readonly WrittenChange[], board: Board, nameOf: (writer: number | null) => string): string | null {
  const byItem = new Map<string, WrittenChange>();
  for (const change of changes) {
    const key = `${change.collection}:${change.id}`;
    const earlier = byItem.get(key);
    byItem.set(key, earlier ? { ...change, kind: earlier.kind === 'added' ? 'added' : change.kind, fields: [...new Set([...earlier.fields, ...change.fields])] } : change);
  }
  const items = [...byItem.values()];
  const first = items[0];
  if (!first) return null;
  const who = [...new Set(items.map((change) => nameOf(change.writer)))];
  if (items.length === 1) return oneChange(first, names(who), board);
  return `${items.length} changes by ${names(who)}`;
}
