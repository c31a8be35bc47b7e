import type { ActivityEntry } from '@partnerboard/protocol';

/**
 * Who worked on a board when, as runs of one person's edits (see activityRuns.ts), made from the
 * attributions the update log keeps with each update.
 */
export interface ActivityLog {
  /** Recent activity, newest first, up to `limit` entries; none for an unknown board. */
  activity(boardId: string, limit: number): Promise<ActivityEntry[]>;
}
