import { isBoardError, type BoardError } from '@partnerboard/board';
import { useCallback } from 'react';
import { useBoardSession } from '../session/BoardSession';

/** A write's outcome: its value, or the board package's refusal to show next to the field it is about. */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: BoardError };

/**
 * Runs a board-package write as my change (one transaction with my origin, so only I can undo it) and
 * hands a refusal back as a value, for forms that show it beside the field. For a toast instead, use
 * useWrite from session/write.
 */
export function useAttempt(): <T>(change: () => T) => WriteResult<T> {
  const { doc, origin } = useBoardSession();
  return useCallback(
    <T,>(change: () => T): WriteResult<T> => {
      try {
        let value: T | undefined;
        // Board writes open their own transaction; nested in this one they take its origin.
        doc.transact(() => {
          value = change();
        }, origin);
        return { ok: true, value: value as T };
      } catch (error) {
        if (isBoardError(error)) return { ok: false, error };
        throw error;
      }
    },
    [doc, origin],
  );
}
