import * as Y from 'yjs';
import type { BoardStore } from '../storage/BoardStore.ts';
import type { Rooms } from '../sync/Rooms.ts';

/**
 * A copy of a board's document as it is now, for a reader that needs the whole board once (an
 * export), or null for an unknown board. The caller destroys it. A copy, not the room's own
 * document: readBoard keeps a cache and observers on a document for its life.
 */
export async function boardDocument(store: BoardStore, rooms: Rooms, boardId: string): Promise<Y.Doc | null> {
  const doc = new Y.Doc({ guid: boardId });
  const room = rooms.loaded(boardId);
  if (room) {
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
    return doc;
  }
  // Committed before it is applied anywhere, so the store holds all a room would.
  const stored = await store.loadBoard(boardId);
  if (!stored) {
    doc.destroy();
    return null;
  }
  doc.transact(() => {
    for (const update of [stored.snapshot, ...stored.updates]) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // Unreadable: the room logs it when it loads the board, and reads the board without it as here.
      }
    }
  });
  return doc;
}
