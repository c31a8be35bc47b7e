import { isBoardError } from '@partnerboard/board';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { showToast } from '../components/Toasts';
import { useBoardSession } from './BoardSession';

/**
 * Runs board-package writes as one local transaction with my origin (so undo covers them, and only
 * them). A refusal (BoardError) is shown as a toast and returns undefined; the board is unchanged.
 */
export function runWrite<T>(doc: Y.Doc, origin: object, change: (doc: Y.Doc) => T): T | undefined {
  try {
    let result: T | undefined;
    // Board writes open their own transaction; nested in this one they take its origin.
    doc.transact(() => {
      result = change(doc);
    }, origin);
    return result;
  } catch (error) {
    if (!isBoardError(error)) throw error;
    showToast({ tone: 'error', message: error.message });
    return undefined;
  }
}

/** runWrite bound to the open board: `const write = useWrite(); write((doc) => updateAction(doc, id, patch, actor))`. */
export function useWrite(): <T>(change: (doc: Y.Doc) => T) => T | undefined {
  const { doc, origin } = useBoardSession();
  return useCallback(<T,>(change: (doc: Y.Doc) => T) => runWrite(doc, origin, change), [doc, origin]);
}
