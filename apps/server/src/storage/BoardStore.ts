import type { ActivityLines } from './ActivityLines.ts';
import type { ActivityLog } from './ActivityLog.ts';
import type { BoardDirectory } from './BoardDirectory.ts';
import type { NamedSnapshots } from './NamedSnapshots.ts';
import type { UpdateLog } from './UpdateLog.ts';

export * from './ActivityLines.ts';
export * from './ActivityLog.ts';
export * from './BoardDirectory.ts';
export * from './NamedSnapshots.ts';
export * from './UpdateLog.ts';

/**
 * Where boards live: one interface per job (the update log with its named snapshots, the board
 * directory, the activity log and its lines in words), which an implementation keeps in one database so that a board's
 * creation and deletion reach every job at once.
 */
export interface BoardStore extends UpdateLog, NamedSnapshots, BoardDirectory, ActivityLog, ActivityLines {
  close(): Promise<void>;
  /** Whether the store's database answers now; a store without one (SQLite, memory) leaves it out. */
  health?(): Promise<boolean>;
}
