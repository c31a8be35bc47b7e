import type { Id } from './types.js';

// Where an item lands in a list that someone reorders by hand (drag and drop, keyboard moves), as
// the neighbours moveGoal and moveAction take. Works on the ids in the order the list shows them.

/** The neighbours around an item's new place: `after` is the item right before it, `before` the one right after. */
export interface Neighbours {
  readonly after: Id | null;
  readonly before: Id | null;
}

/** The neighbours when `moving` lands at `index` of `ids`, counted without `moving` itself. */
export function placeAt(ids: readonly Id[], moving: Id, index: number): Neighbours {
  const others = ids.filter((id) => id !== moving);
  const at = Math.max(0, Math.min(index, others.length));
  return { after: others[at - 1] ?? null, before: others[at] ?? null };
}

/**
 * The neighbours when `moving` is dropped on `over` in `ids`: dragged down, it lands right after
 * `over`; dragged up, right before it. Null when it is dropped where it was or either is not in the list.
 */
export function placeOnDrop(ids: readonly Id[], moving: Id, over: Id): Neighbours | null {
  const from = ids.indexOf(moving);
  const to = ids.indexOf(over);
  if (from < 0 || to < 0 || from === to) return null;
  return placeAt(ids, moving, to);
}
