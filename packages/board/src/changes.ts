import type { Board, CollectionName, Id } from './types.js';

/** One difference between two readings of a board. */
export interface BoardChange {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly collection: CollectionName;
  readonly id: Id;
  /** The item's title or name (as it is now, or as it was when removed). */
  readonly label: string;
  /** For 'changed': the fields that differ, e.g. ['status', 'dueDate']. 'order' means it was moved. */
  readonly fields: readonly string[];
}

const compared: readonly CollectionName[] = ['partners', 'people', 'goals', 'actions', 'decisions', 'risks', 'comments', 'commitments', 'reviews'];

// Derived fields that change with another field; reporting them too would only repeat it.
const derived = new Set(['statusHistory', 'completedAt']);

function labelOf(item: object): string {
  const { title, name, text, heldOn } = item as { title?: unknown; name?: unknown; text?: unknown; heldOn?: unknown };
  for (const value of [title, name, text, heldOn]) if (typeof value === 'string') return value;
  return '';
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What changed between an earlier and a later reading of the same board ("since you last looked",
 * "since the last review"): items added, removed, and the fields changed on the rest.
 */
export function changesBetween(before: Board, after: Board): BoardChange[] {
  const changes: BoardChange[] = [];
  for (const collection of compared) {
    const earlier = new Map<Id, object>(before[collection].map((item) => [item.id, item]));
    for (const item of after[collection] as readonly ({ readonly id: Id } & object)[]) {
      const old = earlier.get(item.id);
      earlier.delete(item.id);
      if (!old) {
        changes.push({ kind: 'added', collection, id: item.id, label: labelOf(item), fields: [] });
        continue;
      }
      if (old === item) continue;
      const fields = Object.entries(item)
        .filter(([key, value]) => !derived.has(key) && !same((old as Record<string, unknown>)[key], value))
        .map(([key]) => key);
      if (fields.length > 0) changes.push({ kind: 'changed', collection, id: item.id, label: labelOf(item), fields });
    }
    for (const [id, old] of earlier) changes.push({ kind: 'removed', collection, id, label: labelOf(old), fields: [] });
  }
  return changes;
}
