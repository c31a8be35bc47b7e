import {
  OutdatedSequenceError,
  StaleWriterError,
  type AttributedUpdate,
  type StoredBoard,
  type UpdateLog,
  type WriterFence,
} from '../UpdateLog.ts';
import type { MemoryActivityLog } from './MemoryActivityLog.ts';

interface MemoryLog {
  snapshot: Uint8Array;
  snapshotSeq: number;
  /** Each with its attribution, folded into the activity log when it is compacted away (as SQLite does). */
  updates: (AttributedUpdate & { seq: number })[];
  lastSeq: number;
  fence: WriterFence;
}

/** The update log in process memory. */
export class MemoryUpdateLog implements UpdateLog {
  private readonly logs = new Map<string, MemoryLog>();

  /** `activityLog`: where compaction folds the attributions of the updates it drops. */
  constructor(private readonly activityLog: MemoryActivityLog) {}

  start(boardId: string, initialState: Uint8Array): void {
    this.logs.set(boardId, { snapshot: initialState.slice(), snapshotSeq: 0, updates: [], lastSeq: 0, fence: 0 });
  }

  forget(boardId: string): void {
    this.logs.delete(boardId);
  }

  /** The board's updates not yet compacted, or null for an unknown board. */
  uncompacted(boardId: string): readonly AttributedUpdate[] | null {
    return this.logs.get(boardId)?.updates ?? null;
  }

  async claimBoard(boardId: string): Promise<WriterFence> {
    const log = this.mustGet(boardId);
    log.fence += 1;
    return log.fence;
  }

  async appendUpdates(boardId: string, afterSeq: number | null, updates: readonly AttributedUpdate[], fence?: WriterFence): Promise<number> {
    const log = this.mustGet(boardId, fence);
    if (afterSeq !== null && afterSeq !== log.lastSeq) throw new OutdatedSequenceError(boardId, afterSeq);
    for (const { update, attribution } of updates) {
      log.lastSeq += 1;
      log.updates.push({ seq: log.lastSeq, update: update.slice(), attribution });
    }
    return log.lastSeq;
  }

  async loadBoard(boardId: string): Promise<StoredBoard | null> {
    const log = this.logs.get(boardId);
    if (!log) return null;
    return { snapshot: log.snapshot.slice(), updates: log.updates.map(({ update }) => update.slice()), lastSeq: log.lastSeq };
  }

  async compact(boardId: string, snapshot: Uint8Array, uptoSeq: number, fence?: WriterFence): Promise<void> {
    const log = this.mustGet(boardId, fence);
    if (uptoSeq < log.snapshotSeq) return;
    log.snapshot = snapshot.slice();
    log.snapshotSeq = uptoSeq;
    this.activityLog.fold(
      boardId,
      log.updates.filter(({ seq }) => seq <= uptoSeq),
    );
    log.updates = log.updates.filter(({ seq }) => seq > uptoSeq);
  }

  /** The board's log, refusing a stale `fence`. */
  private mustGet(boardId: string, fence?: WriterFence): MemoryLog {
    const log = this.logs.get(boardId);
    if (!log) throw new Error(`Unknown board ${boardId}`);
    if (fence !== undefined && fence !== log.fence) throw new StaleWriterError(boardId, fence);
    return log;
  }
}
