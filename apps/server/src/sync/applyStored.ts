import * as Y from 'yjs';
import type { Logger } from '../logger.ts';

/**
 * Applies a board's stored snapshot and updates to `doc` one at a time, so that one that cannot be
 * applied does not lose the rest; says whether every one applied.
 */
export function applyStored(doc: Y.Doc, updates: readonly Uint8Array[], log: Logger): boolean {
  let applied = true;
  for (const [index, update] of updates.entries()) {
    try {
      Y.applyUpdate(doc, update);
    } catch (error) {
      applied = false;
      log.error({ event: 'load-error', boardId: doc.guid, index, error: String(error) }, 'a stored update could not be applied');
    }
  }
  return applied;
}
