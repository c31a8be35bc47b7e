import * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import { clearUnfinishedTransaction, forgetAllPending, forgetPendingStructs, pendingBytes, pendingStructsUpdate } from './yjsInternals.ts';

/**
 * How often a board may apply again what it holds pending (see retry): the work is in proportion
 * to what waits, and an editor could make every later edit of someone else call for it.
 */
const retryPendingEveryMs = 1000;

export interface PendingRepairOptions {
  boardId: string;
  log: Logger;
  /** Bytes of pending updates the board may hold (see dropOverLimit). */
  maxPendingBytes: number;
  /** The document changed outside an update the room shared: what it encoded for newcomers is stale. */
  invalidate: () => void;
  /** A retry put off by the timer failed: what was applied must be written as a snapshot. */
  retryFailed: () => void;
}

/**
 * Repairs to what Yjs keeps pending in a board's document: updates waiting for changes the server
 * never received, which Yjs would keep (and write into every snapshot) for ever, and transactions
 * Yjs left unfinished when it threw.
 */
export class PendingRepair {
  /** The first clock of each client in the document's pending update, read from `update` (see retry). */
  private pendingStart: { update: Uint8Array; clocks: Map<number, number> } | null = null;
  /** When retry last applied what waits (performance.now()), and the retry it put off since. */
  private retriedAt = Number.NEGATIVE_INFINITY;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: PendingRepairOptions,
  ) {}

  /** Whether the pending updates are over the limit. */
  get overLimit(): boolean {
    return pendingBytes(this.doc) > this.options.maxPendingBytes;
  }

  /**
   * Applies again what the document holds pending, less what it already has, and says whether that
   * went without error. Yjs retries pending structs only when a change they wait for arrives, and
   * then whole: a struct the document already has (a client sent two different structs under one
   * id; fuzzing found it) still waits for its own dependency, and holds back every later struct of
   * its client, which the document could integrate. Everyone joining is sent the board with what
   * waits merged in, and that merge keeps the document's struct, so they would see a board that the
   * server, and everyone already on it, do not. Retried here after a batch that takes a client's
   * clock past where what waits begins, the document integrates what it can and shares it like any
   * change. At most once every retryPendingEveryMs: within it the retry is put off to its end.
   */
  retry(): boolean {
    const pending = pendingStructsUpdate(this.doc);
    if (!pending) return true;
    // Read again only when Yjs changed what waits (rare): not on every batch, whoever sent it.
    if (this.pendingStart?.update !== pending) this.pendingStart = { update: pending, clocks: Y.parseUpdateMetaV2(pending).from };
    const { store } = this.doc;
    const overlaps = [...this.pendingStart.clocks].some(([client, clock]) => Y.getState(store, client) > clock);
    if (!overlaps) return true;
    const wait = this.retriedAt + retryPendingEveryMs - performance.now();
    if (wait > 0) {
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = null;
        if (!this.retry()) this.options.retryFailed();
      }, wait);
      return true;
    }
    this.retriedAt = performance.now();
    forgetPendingStructs(this.doc);
    this.options.invalidate();
    try {
      Y.applyUpdateV2(this.doc, Y.diffUpdateV2(pending, Y.encodeStateVector(this.doc)));
      return true;
    } catch (error) {
      // Bytes that Yjs accepted into its pending updates, and cannot integrate; nobody was sent them.
      // Yjs may have kept part of them pending before it threw.
      forgetPendingStructs(this.doc);
      this.options.log.error({ event: 'pending-apply-error', boardId: this.options.boardId, error: String(error) }, 'updates waiting for changes could not be applied; they were dropped');
      this.finishFailedTransaction();
      return false;
    }
  }

  /**
   * Drops the document's pending updates once they pass maxPendingBytes, and says whether it did.
   * Their dependencies may never come (a client can make them up). The compaction that follows
   * writes a snapshot without them; an honest client whose waiting change was dropped sends it
   * again when it next syncs.
   */
  dropOverLimit(): boolean {
    const bytes = pendingBytes(this.doc);
    if (bytes <= this.options.maxPendingBytes) return false;
    forgetAllPending(this.doc);
    this.options.invalidate();
    this.options.log.warn({ event: 'pending-dropped', boardId: this.options.boardId, bytes, limit: this.options.maxPendingBytes }, 'updates waiting for changes never received were dropped');
    return true;
  }

  /**
   * Yjs can throw while it finishes a transaction, after it has integrated the update, and leave the
   * transaction registered: the document then emits no more updates, and every later edit would be
   * stored but shared with nobody. Fuzzing found such updates (refused on arrival, see
   * IncomingMessage); should another kind get through, this lets the board go on being shared.
   */
  finishFailedTransaction(): void {
    if (!clearUnfinishedTransaction(this.doc)) return;
    this.options.invalidate();
    this.options.log.error({ event: 'transaction-unfinished', boardId: this.options.boardId }, 'Yjs left a transaction unfinished; it was cleared');
  }

  /** Stops a retry put off: the snapshot carries what waits, and the next load applies it again. */
  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
