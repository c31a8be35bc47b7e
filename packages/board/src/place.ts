import type * as Y from 'yjs';
import { collection, requireEntity } from './doc.js';
import { BoardError } from './errors.js';
import { applyRekeys, orderAtEnd, orderedItems, placeAmong, type NewOrder, type Placement } from './order.js';
import type { CollectionName, Id } from './types.js';

/** The order key for a new item: at the end, or right after `after` (null: first). */
export function orderForNew(doc: Y.Doc, name: CollectionName, after: Id | null | undefined): NewOrder {
  const items = collection(doc, name);
  return after === undefined ? orderAtEnd(items) : placeAmong(orderedItems(items), { after });
}

/** The order key for an existing item moved to `placement`; refuses placing an item next to itself. */
export function orderForMove(doc: Y.Doc, name: CollectionName, id: Id, placement: Placement): NewOrder {
  if (placement.before === id) throw new BoardError('invalid', 'An item cannot be placed before itself.', 'before');
  if (placement.after === id) throw new BoardError('invalid', 'An item cannot be placed after itself.', 'after');
  return placeAmong(orderedItems(collection(doc, name), id), placement);
}

/** Writes an item's new order and any neighbours' re-keys; call inside the caller's transaction. */
export function writeOrder(doc: Y.Doc, name: CollectionName, id: Id, newOrder: NewOrder): void {
  const items = collection(doc, name);
  applyRekeys(items, newOrder.rekeyed);
  requireEntity(doc, name, id).set('order', newOrder.order);
}
