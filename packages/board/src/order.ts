import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { readString, type EntityMap } from './doc.js';
import { BoardError } from './errors.js';
import type { Id } from './types.js';

// Order is a fractional-index string per item, never array position, so that two people moving
// different cards at once both keep their move. Every list is ordered by (order, id): two clients
// that insert at the same spot at once make the same key, and the id breaks that tie the same way
// on every client. A view may show a filtered list (one column, one goal); neighbours are resolved
// in the whole collection, so "right after X" is right after X in every view.

export interface Ordered {
  readonly id: Id;
  readonly order: string;
}

/** Where an item goes: `after` is the item right before it, `before` the item right after it. */
export interface Placement {
  readonly before?: Id | null | undefined;
  readonly after?: Id | null | undefined;
}

/** The comparison every reader uses: order, then id. */
export function compareOrder(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** The collection's items as {id, order}, in display order, leaving out `exclude` (the item being moved). */
export function orderedItems(items: Y.Map<EntityMap>, exclude?: Id): Ordered[] {
  const list: Ordered[] = [];
  items.forEach((entity, id) => {
    // Only entities can be placed (a board stored before updates were checked may hold anything).
    if (id !== exclude && entity instanceof Y.Map) list.push({ id, order: readString(entity, 'order') });
  });
  return list.sort(compareOrder);
}

/** A new key for an item placed as `placement` says, plus new keys for any tied neighbours that had to be spread out. */
export interface NewOrder {
  readonly order: string;
  readonly rekeyed: readonly Ordered[];
}

function indexOf(siblings: readonly Ordered[], id: Id, field: 'before' | 'after'): number {
  const index = siblings.findIndex((item) => item.id === id);
  if (index < 0) throw new BoardError('not_found', `The item to place it ${field} is no longer in this list.`, field);
  return index;
}

/** The gap the item goes into: 0 is first, siblings.length is last (also when no neighbour is named). */
function gapFor(siblings: readonly Ordered[], placement: Placement): number {
  const beforeIndex = typeof placement.before === 'string' ? indexOf(siblings, placement.before, 'before') : undefined;
  if (typeof placement.after === 'string') return indexOf(siblings, placement.after, 'after') + 1;
  if (beforeIndex !== undefined) return beforeIndex;
  return placement.after === null ? 0 : siblings.length;
}

/**
 * Computes the key for an item placed among `siblings` (sorted by compareOrder, without the item).
 * Refuses a neighbour that is not in the list. When the neighbours share one key (two clients
 * inserted at the same spot), the tied run is given fresh keys so the item lands exactly in the gap.
 */
export function placeAmong(siblings: readonly Ordered[], placement: Placement): NewOrder {
  const gap = gapFor(siblings, placement);
  try {
    return keyForGap(siblings, gap);
  } catch (error) {
    if (error instanceof BoardError) throw error;
    // A key that is not a valid fractional index (written by a broken client): renumber the list.
    const keys = generateNKeysBetween(null, null, siblings.length + 1);
    const rekeyed = siblings.map((item, index) => ({ id: item.id, order: keys[index < gap ? index : index + 1] ?? '' }));
    return { order: keys[gap] ?? '', rekeyed };
  }
}

function keyForGap(siblings: readonly Ordered[], gap: number): NewOrder {
  const low = siblings[gap - 1]?.order ?? null;
  const high = siblings[gap]?.order ?? null;
  if (low === null || high === null || low < high) return { order: generateKeyBetween(low, high), rekeyed: [] };
  let start = gap - 1;
  while (start > 0 && siblings[start - 1]?.order === low) start--;
  let end = gap;
  while (end < siblings.length - 1 && siblings[end + 1]?.order === low) end++;
  const run = siblings.slice(start, end + 1);
  const keys = generateNKeysBetween(siblings[start - 1]?.order ?? null, siblings[end + 1]?.order ?? null, run.length + 1);
  const at = gap - start;
  const rekeyed = run.map((item, index) => ({ id: item.id, order: keys[index < at ? index : index + 1] ?? '' }));
  return { order: keys[at] ?? '', rekeyed };
}

/** Writes the new keys of tied neighbours; run inside the caller's transaction. */
export function applyRekeys(items: Y.Map<EntityMap>, rekeyed: readonly Ordered[]): void {
  for (const { id, order } of rekeyed) items.get(id)?.set('order', order);
}

/** The key for a new item at the end of the collection (cheap: one pass, no sort). */
export function orderAtEnd(items: Y.Map<EntityMap>): NewOrder {
  let last: string | null = null;
  items.forEach((entity) => {
    const order = readString(entity, 'order');
    if (last === null || order > last) last = order;
  });
  try {
    return { order: generateKeyBetween(last, null), rekeyed: [] };
  } catch {
    return placeAmong(orderedItems(items), {});
  }
}
