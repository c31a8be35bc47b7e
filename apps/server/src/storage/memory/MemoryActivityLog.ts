import type { ActivityEntry } from '@partnerboard/protocol';
import type { ActivityLog } from '../ActivityLog.ts';
import { activityKept, foldActivity } from '../activityRuns.ts';
import type { AttributedUpdate } from '../UpdateLog.ts';

/** What the attributions of `updates` make of `activity` (oldest first): its newest run carried on, and the runs they start. */
function withActivityOf(activity: readonly ActivityEntry[], updates: readonly AttributedUpdate[]): ActivityEntry[] {
  const latest = activity.at(-1);
  const { extendedLatest, added } = foldActivity(
    latest,
    updates.map(({ update, attribution }) => ({ ...attribution, bytes: update.byteLength })),
  );
  const before = extendedLatest ? [...activity.slice(0, -1), extendedLatest] : activity;
  return [...before, ...added];
}

/** The activity log in process memory: runs up to the snapshot, carried on by the updates not yet compacted (as SQLite does). */
export class MemoryActivityLog implements ActivityLog {
  /** Runs by board, oldest first. */
  private readonly runs = new Map<string, ActivityEntry[]>();

  constructor(
    /** The board's updates not yet compacted, or null for an unknown board. */
    private readonly uncompacted: (boardId: string) => readonly AttributedUpdate[] | null,
  ) {}

  async activity(boardId: string, limit: number): Promise<ActivityEntry[]> {
    const updates = this.uncompacted(boardId);
    if (!updates) return [];
    return withActivityOf(this.runs.get(boardId) ?? [], updates)
      .slice(-limit)
      .reverse()
      .map((entry) => ({ ...entry }));
  }

  /** Folds the attributions of compacted updates into the board's runs, keeping the newest `activityKept`. */
  fold(boardId: string, compacted: readonly AttributedUpdate[]): void {
    this.runs.set(boardId, withActivityOf(this.runs.get(boardId) ?? [], compacted).slice(-activityKept));
  }

  forget(boardId: string): void {
    this.runs.delete(boardId);
  }
}
