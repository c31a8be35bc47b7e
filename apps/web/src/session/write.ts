import { isBoardError, type BoardError } from '@partnerboard/board';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { showToast } from '../components/Toasts';
import { useBoardSession } from './BoardSession';

/** A write's outcome: its value, or the board package's refusal (the board is then unchanged). */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: BoardError };

export interface WriteOptions {
  /**
   * Show a refusal as a toast (the default, for buttons, menus and drags). A form that shows the
   * refusal beside its field passes false and reads it from the result.
   */
  toast?: boolean;
}

/**
 * Runs board-package writes as one local transaction with my origin, so undo covers them and only
 * them. A refusal (BoardError) comes back in the result, and is shown as a toast unless asked not to;
 * any other error is a bug and is thrown.
 */
export function runWrite<T>(doc: Y.Doc, origin: object, change: (doc: Y.Doc) => T, { toast = true }: WriteOptions = {}): WriteResult<T> {
  try {
    let value: T | undefined;
    // Board writes open their own transaction; nested in this one they take its origin.
    doc.transact(() => {
      value = change(doc);
    }, origin);
    return { ok: true, value: value as T };
  } catch (error) {
    if (!isBoardError(error)) throw error;
    if (toast) showToast({ tone: 'error', message: error.message });
    return { ok: false, error };
  }
}

export type Write = <T>(change: (doc: Y.Doc) => T, options?: WriteOptions) => WriteResult<T>;

/** runWrite bound to the open board: `const write = useWrite(); write((doc) => updateAction(doc, id, patch, actor))`. */
export function useWrite(): Write {
  const { doc, origin } = useBoardSession();
  return useCallback<Write>((change, options) => runWrite(doc, origin, change, options), [doc, origin]);
}
