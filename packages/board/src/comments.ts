import type * as Y from 'yjs';
import { nowIso } from './clock.js';
import { collection, collectionNames, readString, requireEntity } from './doc.js';
import { BoardError } from './errors.js';
import { newId } from './ids.js';
import { commentInput, type CommentInput } from './schema.js';
import type { Id } from './types.js';
import { parse } from './validate.js';
import * as YMap from './ymap.js';

/** Adds a comment to any item on the board (goal, action, decision, risk, commitment, review, partner, person). */
export function addComment(doc: Y.Doc, input: CommentInput): Id {
  const value = parse(commentInput, input, 'comment');
  const onBoard = collectionNames.some((name) => name !== 'comments' && collection(doc, name).has(value.itemId));
  if (!onBoard) throw new BoardError('not_found', 'The item you are commenting on is no longer on the board.', 'itemId');
  const id = newId();
  doc.transact(() => {
    collection(doc, 'comments').set(
      id,
      YMap.of({
        itemId: value.itemId,
        text: value.text,
        authorName: value.authorName,
        authorPartner: value.authorPartner ?? '',
        at: nowIso(),
      }),
    );
  });
  return id;
}

/** Removes a comment. */
export function deleteComment(doc: Y.Doc, id: Id): void {
  requireEntity(doc, 'comments', id);
  doc.transact(() => collection(doc, 'comments').delete(id));
}

/** Deletes every comment on the given items; call inside the transaction that deletes them. */
export function deleteCommentsOn(doc: Y.Doc, itemIds: ReadonlySet<Id>): void {
  const comments = collection(doc, 'comments');
  for (const [id, comment] of Array.from(comments.entries())) {
    if (itemIds.has(readString(comment, 'itemId'))) comments.delete(id);
  }
}
