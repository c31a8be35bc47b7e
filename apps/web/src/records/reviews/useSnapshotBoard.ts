import { useEffect, useState } from 'react';
import { fetchSnapshotBoard, type SnapshotBoard } from './snapshotsApi';

export type SnapshotBoardState = { status: 'none' } | { status: 'loading' } | { status: 'ready'; value: SnapshotBoard } | { status: 'failed'; message: string };

// A snapshot never changes: each is read from the server once per page.
const cache = new Map<string, Promise<SnapshotBoard>>();

function load(boardId: string, snapshotId: string): Promise<SnapshotBoard> {
  const key = `${boardId}/${snapshotId}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchSnapshotBoard(boardId, snapshotId);
    // A failure is not kept: asking again tries again.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** The board as a snapshot holds it, read from the server; `none` when no snapshot is asked for. */
export function useSnapshotBoard(boardId: string, snapshotId: string | null): SnapshotBoardState {
  const key = snapshotId === null ? null : `${boardId}/${snapshotId}`;
  const [answer, setAnswer] = useState<{ key: string; state: SnapshotBoardState } | null>(null);
  useEffect(() => {
    if (snapshotId === null || key === null) return;
    let current = true;
    load(boardId, snapshotId).then(
      (value) => current && setAnswer({ key, state: { status: 'ready', value } }),
      (failure: unknown) =>
        current && setAnswer({ key, state: { status: 'failed', message: failure instanceof Error ? failure.message : 'The snapshot could not be read.' } }),
    );
    return () => {
      current = false;
    };
  }, [boardId, snapshotId, key]);
  if (key === null) return { status: 'none' };
  return answer?.key === key ? answer.state : { status: 'loading' };
}
