import * as Y from 'yjs';
import { closeCodes } from '@partnerboard/protocol';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { StoreUnavailableError, type AttributedUpdate, type BoardStore } from '../storage/BoardStore.ts';
import { BatchCheck } from './BatchCheck.ts';
import { CommitQueue } from './CommitQueue.ts';
import { Compaction } from './Compaction.ts';
import { isoTimestamp } from './isoTimestamp.ts';
import type { Peer } from './Peer.ts';
import { PendingRepair } from './PendingRepair.ts';
import type { Refusal, Write } from './RoomExtension.ts';
import type { RoomHooks } from './RoomHooks.ts';
import { updateChangesDoc } from './updateChanges.ts';

export interface CommitPathOptions {
  boardId: string;
  store: BoardStore;
  log: Logger;
  metrics: Metrics;
  maxPendingBytes: number;
  hooks: RoomHooks;
  /** Sequence number of the last update in the store's log, and how many updates follow its snapshot. */
  lastSeq: number;
  updatesSinceSnapshot: number;
  /** The document changed outside an update it shared: what the room encoded for newcomers is stale. */
  invalidate: () => void;
  /** Other processes append to the board's log too (see RoomOptions.sharedLog). */
  sharedLog: boolean;
}

/** Parts of an update not yet checked. */
const noParts: ReadonlySet<string> = new Set();

/**
 * The life of an edit on one board, whoever sends it: checked (shape, then the extensions'
 * beforeCommit hooks), committed to the store in batches, and only then applied to the document,
 * which shares it with everyone on the board; then the extensions' afterCommit hooks.
 */
export class CommitPath {
  readonly compaction: Compaction;
  readonly repair: PendingRepair;
  private readonly check: BatchCheck;
  private readonly commits: CommitQueue<Write>;
  /** Sequence number of the last update applied to the document. */
  private appliedSeq: number;

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: CommitPathOptions,
  ) {
    const { boardId, store, log, metrics, maxPendingBytes, hooks, invalidate } = options;
    this.appliedSeq = options.lastSeq;
    this.check = new BatchCheck(doc, { boardId, beforeCommit: (write) => hooks.beforeCommit(write), refuse: (write, refusal, shape) => this.refuse(write, refusal, shape) });
    this.compaction = new Compaction(doc, options.updatesSinceSnapshot, { boardId, store, log, metrics, appliedSeq: () => this.appliedSeq, sharedLog: options.sharedLog });
    this.repair = new PendingRepair(doc, { boardId, log, maxPendingBytes, invalidate, retryFailed: () => void this.compaction.afterRefusal() });
    this.commits = new CommitQueue(
      (batch) => this.commit(batch),
      (batch, seq) => this.applyCommitted(batch, seq),
      (batch, error) => this.commitFailed(batch, error),
    );
  }

  /** Queues `update` from `peer` for the next batch. */
  write(peer: Peer, update: Uint8Array): void {
    this.commits.add({ update, from: peer, parts: noParts });
  }

  /** Resolves when every update written so far is committed and applied, and any compaction is done. */
  async settled(): Promise<void> {
    await this.commits.idle();
    await this.compaction.done;
  }

  private refuse(write: Write, { reason, problem }: Refusal, shape: boolean): void {
    write.refused = true;
    this.options.metrics.rejected(reason);
    const { role } = write.from.participant;
    write.from.logInfo({ event: shape ? 'refused-update' : 'refused-write', reason, role, problem }, 'update refused');
    write.from.notify({ kind: 'write-refused', message: `Your change was not saved: ${problem}.` });
  }

  private async commit(batch: Write[]): Promise<number> {
    const started = performance.now();
    const accepted = this.check.accepted(batch);
    if (accepted.length === 0) return this.appliedSeq;
    // Accepted as it is committed, a moment after it arrived (the batch waited at most one commit).
    const at = isoTimestamp();
    const attributed = accepted.map(({ update, from }): AttributedUpdate => {
      const { name, organisation, role, linkId } = from.participant;
      return { update, attribution: { name, organisation, role, linkId, at } };
    });
    // The queue commits one batch at a time, so appliedSeq is the last one committed; a shared log orders appends itself.
    const lastSeq = await this.options.store.appendUpdates(this.options.boardId, this.options.sharedLog ? null : this.appliedSeq, attributed);
    this.options.metrics.commitSeconds.observe((performance.now() - started) / 1000);
    return lastSeq;
  }

  private applyCommitted(batch: Write[], lastSeq: number): void {
    const { metrics, log, boardId } = this.options;
    let refused = false;
    /** Peers whose update took the board's pending updates past the limit. */
    let overLimit: Set<Peer> | null = null;
    const accepted = batch.filter((write) => !write.refused);
    if (accepted.length === 0) return;
    for (const { update, from } of accepted) {
      try {
        Y.applyUpdate(this.doc, update, from);
        metrics.updatesApplied.add();
        metrics.updateBytes.add(update.byteLength);
        // Over the limit, the sender is to blame only if its own update left something waiting: Yjs
        // re-encodes what waits whenever it applies an update, so an honest one can tip it over.
        if (this.repair.overLimit && updateChangesDoc(this.doc, update)) (overLimit ??= new Set()).add(from);
      } catch (error) {
        // Decoding passed but Yjs could not integrate it; the sender's client is broken or hostile.
        log.error({ event: 'apply-error', boardId, peer: from.id, kind: from.kind, error: String(error) }, 'committed update could not be applied');
        metrics.rejected('malformed');
        from.close(closeCodes.malformedMessage, 'Malformed update', 'apply_failed');
        refused = true;
        this.repair.finishFailedTransaction();
      }
    }
    if (!this.repair.retry()) refused = true;
    this.appliedSeq = lastSeq;
    this.compaction.updatesSinceSnapshot += accepted.length;
    this.compaction.keepTitleInStep();
    if (overLimit && this.repair.dropOverLimit()) {
      for (const sender of overLimit) {
        metrics.rejected('too_much_pending');
        sender.close(closeCodes.tooMuchPending, 'Your changes depend on changes the server never received', 'too_much_pending');
      }
      refused = true;
    }
    // A snapshot holds exactly what was applied, where the log would replay a refused update whole.
    if (refused) void this.compaction.afterRefusal();
    this.options.hooks.afterCommit(accepted);
  }

  private commitFailed(batch: Write[], error: unknown): void {
    this.check.failed(batch);
    this.options.log.error({ event: 'commit-error', boardId: this.options.boardId, updates: batch.length, error: String(error) }, 'updates could not be stored');
    const unavailable = error instanceof StoreUnavailableError;
    for (const sender of new Set(batch.filter((write) => !write.refused).map(({ from }) => from))) {
      this.options.metrics.rejected('store_failed');
      if (unavailable) {
        sender.notify({ kind: 'write-refused', message: 'Your change was not saved: the server cannot reach its database just now. It stays on this device and is sent again when you reconnect.' });
      }
      // Nothing of it was applied or shared; on reconnect the client sends it again.
      sender.close(closeCodes.serverError, 'Your latest change could not be saved; reconnecting', 'store_failed');
    }
  }
}
