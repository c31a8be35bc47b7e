import type { SnapshotSummary } from '@partnerboard/protocol';
import { useCallback, useEffect, useState } from 'react';
import { fetchSnapshots } from './snapshotsApi';

export interface Snapshots {
  /** Newest first; empty until the first answer. */
  list: SnapshotSummary[];
  /** Why the list could not be read, in words, or null. */
  error: string | null;
  refresh(): void;
}

/**
 * The board's review snapshots from the server, read again whenever `reviewsKey` changes (a review
 * held in another browser brings a new snapshot id onto the board).
 */
export function useSnapshots(boardId: string, reviewsKey: string): Snapshots {
  const [list, setList] = useState<SnapshotSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let current = true;
    fetchSnapshots(boardId).then(
      (snapshots) => {
        if (!current) return;
        setList(snapshots);
        setError(null);
      },
      (failure: unknown) => {
        if (current) setError(failure instanceof Error ? failure.message : 'The snapshots could not be read.');
      },
    );
    return () => {
      current = false;
    };
  }, [boardId, reviewsKey, asked]);

  const refresh = useCallback(() => setAsked((n) => n + 1), []);
  return { list, error, refresh };
}
