import { clearDocument } from 'y-indexeddb';

/** The IndexedDB database that holds this browser's copy of a board (y-indexeddb). */
export function localCopyName(boardId: string): string {
  return `partnerboard:${boardId}`;
}

/**
 * Deletes this browser's copy of a board, so that the board is not opened from it offline. Waits
 * while a tab still has the copy open; resolves even when IndexedDB is unavailable.
 */
export async function deleteLocalCopy(boardId: string): Promise<void> {
  try {
    await clearDocument(localCopyName(boardId));
  } catch {
    // No IndexedDB (private mode) means no copy to delete.
  }
}
