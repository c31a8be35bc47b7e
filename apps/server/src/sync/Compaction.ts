import * as Y from 'yjs';
import { readTitle } from '@partnerboard/board';
import type { Logger } from '../logger.ts';
import { applyStored } from './applyStored.ts';
import type { Metrics } from '../metrics.ts';
import type { BoardStore } from '../storage/BoardStore.ts';

export interface CompactionOptions {
  boardId: string;
  store: BoardStore;
  log: Logger;
  metrics: Metrics;
  /** Sequence number of the last update applied to the document. */
  appliedSeq: () => number;
  /**
   * Other processes append to the log too: the document may lack updates they stored before this
   * one's (still on their way through the fan-out), so the snapshot is made from the store's own.
   */
  sharedLog: boolean;
}

/**
 * Folds a board's update log into a snapshot of its document, one compaction at a time, and keeps
 * the board directory's title in step with the document.
 */
export class Compaction {
  /** Updates in the store's log since its snapshot. */
  updatesSinceSnapshot: number;
  private running: Promise<void> | null = null;
  /** The title the store's board directory was last given (GET /api/boards/:id answers it). */
  private storedTitle: string;

  constructor(
    private readonly doc: Y.Doc,
    updatesSinceSnapshot: number,
    private readonly options: CompactionOptions,
  ) {
    this.updatesSinceSnapshot = updatesSinceSnapshot;
    this.storedTitle = readTitle(doc);
  }

  /** Resolves when the compaction under way (if any) is done. */
  get done(): Promise<void> | null {
    return this.running;
  }

  /** Replaces the store's snapshot with the current document. */
  compact(): Promise<void> {
    this.running ??= this.compactNow().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * After a refused apply: a snapshot holds exactly what was applied, where replaying the update
   * from the log would apply all of it again over a different state. A compaction already under
   * way started before the refusal; the next one starts after it.
   */
  async afterRefusal(): Promise<void> {
    await this.running;
    await this.compact();
  }

  /** Gives the store's board directory the board's title once a committed update renamed it. */
  keepTitleInStep(): void {
    const title = readTitle(this.doc);
    if (title === this.storedTitle) return;
    this.storedTitle = title;
    const { store, boardId, log } = this.options;
    store.setTitle(boardId, title).catch((error: unknown) => {
      // Compaction writes the title again.
      log.error({ event: 'title-error', boardId, error: String(error) }, 'the new title could not be stored');
    });
  }

  private async compactNow(): Promise<void> {
    const { store, boardId, log, metrics } = this.options;
    const folded = this.updatesSinceSnapshot;
    try {
      const { snapshot, uptoSeq } = this.options.sharedLog
        ? await this.storedState()
        : { snapshot: Y.encodeStateAsUpdate(this.doc), uptoSeq: this.options.appliedSeq() };
      await store.compact(boardId, snapshot, uptoSeq);
      await store.setTitle(boardId, readTitle(this.doc));
      this.updatesSinceSnapshot -= folded;
      metrics.compactions.add();
      log.debug({ event: 'compacted', boardId, uptoSeq, updates: folded, bytes: snapshot.byteLength }, 'update log compacted');
    } catch (error) {
      log.error({ event: 'compact-error', boardId, error: String(error) }, 'compaction failed; the update log is kept');
    }
  }

  /** The board as the store holds it, with the document's own state folded in (Yjs updates are idempotent). */
  private async storedState(): Promise<{ snapshot: Uint8Array; uptoSeq: number }> {
    const { store, boardId, log } = this.options;
    const stored = await store.loadBoard(boardId);
    if (!stored) throw new Error(`Board ${boardId} is not in the store`);
    const copy = new Y.Doc({ guid: boardId });
    try {
      applyStored(copy, [stored.snapshot, ...stored.updates, Y.encodeStateAsUpdate(this.doc)], log);
      return { snapshot: Y.encodeStateAsUpdate(copy), uptoSeq: stored.lastSeq };
    } finally {
      copy.destroy();
    }
  }
}
