import * as Y from 'yjs';
import { authorBinding, bindAuthors, BoardUpdateCheck, findOverwrites, readTitle, recordOverwrites, type AuthorBinding, type Overwrite } from '@partnerboard/board';
import { closeCodes } from '@partnerboard/protocol';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { AttributedUpdate, BoardStore } from '../storage/BoardStore.ts';
import { CommitQueue } from './CommitQueue.ts';
import type { Connection } from './Connection.ts';
import { isoTimestamp } from './isoTimestamp.ts';
import { MalformedMessageError, readIncomingMessage, type IncomingMessage } from './IncomingMessage.ts';
import { documentUpdate, syncStep1, syncStep2, syncStep2WithUpdate } from './OutgoingMessage.ts';
import { RoomPresence } from './RoomPresence.ts';
import { updateChangesDoc, type DecodedUpdate } from './updateChanges.ts';
import { frameBinary } from './wireFrame.ts';

export interface RoomOptions {
  store: BoardStore;
  /** The room names its board in each (rare) log line rather than making a pino child per board opened. */
  log: Logger;
  metrics: Metrics;
  compactAfterUpdates: number;
  /** Bytes of pending updates the board may hold (see dropPendingOverLimit). */
  maxPendingBytes: number;
  /** Called when the last connection leaves. */
  onEmpty: (room: BoardRoom) => void;
}

/**
 * An update waiting for its commit: only its bytes and its sender. Under load the reads of a whole
 * turn of the event loop wait together, and what they hold outlives the young generation's
 * collections; anything else an update needs (its attribution) is made when it is committed.
 */
interface PendingUpdate {
  update: Uint8Array;
  from: Connection;
  /** Set when the update failed the board's shape check: it is stored nowhere and shared with no one. */
  refused?: true;
  /** Set when the server merged into it the binding of the Yjs clients it introduced (see bindAuthors). */
  bound?: true;
  /** Set on the server's own record of what `from`'s update did (see recordOverwritesSoon): not checked, bound or refused. */
  server?: true;
}

/**
 * How often a board may apply again what it holds pending (see BoardRoom.retryPending): the work is
 * in proportion to what waits, about 20 ms for MAX_PENDING_BYTES' 1 MiB, and an editor could make
 * every later edit of someone else call for it.
 */
const retryPendingEveryMs = 1000;

/**
 * How often a board records overwrites (each record is written on a fresh copy of the board, work
 * in proportion to its size), and how many it keeps: they are for the people concerned to see soon.
 */
const recordOverwritesEveryMs = 1000;
const maxOverwritesPerRecord = 50;
const overwritesKept = 200;
/** Watched values whose arrival time a board remembers (see overwrites.ts); the oldest are forgotten first. */
const maxArrivalsKept = 20_000;

/**
 * Bytes of updates the document holds pending: structs waiting for changes it never received, and
 * deletions of items it does not have. Yjs keeps them (invisible) until those changes arrive, and
 * writes them into every snapshot.
 */
function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

/**
 * One board in memory: its document, the presence (awareness) of everyone on it, and their
 * connections. The document only ever holds committed updates: an update is validated, stored,
 * and only then applied and shared, so nothing anyone has seen can be lost by a crash.
 */
export class BoardRoom {
  readonly doc: Y.Doc;
  private readonly presence: RoomPresence;
  private readonly connections = new Set<Connection>();
  private readonly commits: CommitQueue<PendingUpdate>;
  /** Sequence number of the last update applied to `doc`. */
  private appliedSeq: number;
  /** Updates in the store's log since its snapshot. */
  private updatesSinceSnapshot: number;
  private compacting: Promise<void> | null = null;
  /** The whole board encoded once for every client that joins with nothing (most do), until it changes. */
  private wholeBoard: Uint8Array | null = null;
  /** Sync step 1 (the board's state vector) as sent to everyone who joins, until the board changes. */
  private step1: Uint8Array | null = null;
  /** The first clock of each client in the document's pending update, read from `update` (see retryPending). */
  private pendingStart: { update: Uint8Array; clocks: Map<number, number> } | null = null;
  /** When retryPending last applied what waits (performance.now()), and the retry it put off since. */
  private pendingRetriedAt = Number.NEGATIVE_INFINITY;
  private pendingRetryTimer: NodeJS.Timeout | null = null;
  /**
   * Writes the server's author bindings (bindAuthors), apart from the board so that they are
   * stored before they are applied. Made on the first binding: most boards opened bind no one new.
   */
  private authorsWriter: Y.Doc | null = null;
  /** The connection whose update is being applied: overwrites are looked for only in what clients send. */
  private applying: Connection | null = null;
  /** When the server applied each watched value it has seen arrive since it loaded the board, by `client:clock`. */
  private readonly arrivals = new Map<string, string>();
  /** Overwrites found and not yet recorded, and the connection whose update made the first of them. */
  private overwrites: { found: Omit<Overwrite, 'id'>[]; from: Connection } | null = null;
  private overwritesRecordedAt = Number.NEGATIVE_INFINITY;
  private overwritesTimer: NodeJS.Timeout | null = null;
  /** The title the store's board directory was last given (GET /api/boards/:id answers it). */
  private storedTitle: string;

  /** Loads a board from the store, or null when there is no such board. */
  static async load(boardId: string, options: RoomOptions): Promise<BoardRoom | null> {
    const stored = await options.store.loadBoard(boardId);
    if (!stored) return null;
    // Named by the board id: a Y.Doc without a guid draws a random UUID from 31 crypto calls.
    const doc = new Y.Doc({ guid: boardId });
    let failed = false;
    doc.transact(() => {
      for (const [index, update] of [stored.snapshot, ...stored.updates].entries()) {
        try {
          Y.applyUpdate(doc, update);
        } catch (error) {
          failed = true;
          options.log.error({ event: 'load-error', boardId, index, error: String(error) }, 'a stored update could not be applied');
        }
      }
    });
    const room = new BoardRoom(boardId, doc, stored.lastSeq, stored.updates.length, options);
    // Replayed in the order they arrived, the updates leave pending what they left pending then.
    if (!room.retryPending() || room.dropPendingOverLimit()) {
      // Stored before the limit was kept (or under a higher one), or unusable: the snapshot no longer carries it.
      void room.compact();
    } else if (stored.updates.length === 0 && !failed) {
      // A snapshot with nothing after it is the whole board, encoded by the compaction that wrote it.
      room.wholeBoard = stored.snapshot;
    }
    return room;
  }

  /** A board just created as `doc` and stored as its snapshot (`encoded`), with no updates yet. */
  static created(boardId: string, doc: Y.Doc, encoded: Uint8Array, options: RoomOptions): BoardRoom {
    const room = new BoardRoom(boardId, doc, 0, 0, options);
    room.wholeBoard = encoded;
    return room;
  }

  private constructor(
    readonly boardId: string,
    doc: Y.Doc,
    lastSeq: number,
    updatesSinceSnapshot: number,
    private readonly options: RoomOptions,
  ) {
    this.doc = doc;
    this.appliedSeq = lastSeq;
    this.updatesSinceSnapshot = updatesSinceSnapshot;
    this.storedTitle = readTitle(doc);
    this.presence = new RoomPresence(doc, { metrics: options.metrics, share: (frame) => this.broadcast(frame) });
    this.commits = new CommitQueue(
      (batch) => this.commit(batch),
      (batch, lastSeq) => this.applyCommitted(batch, lastSeq),
      (batch, error) => this.commitFailed(batch, error),
    );
    doc.on('update', (update: Uint8Array) => {
      this.wholeBoard = null;
      this.step1 = null;
      this.broadcast(documentUpdate(update));
    });
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (this.applying) this.noteOverwrites(transaction, this.applying);
    });
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Starts syncing a connection: sends it the server's state vector and everyone's presence. */
  join(connection: Connection): void {
    this.connections.add(connection);
    this.step1 ??= syncStep1(this.doc);
    connection.send(this.step1);
    if (!this.presence.isEmpty) connection.send(this.presence.everyone());
    connection.onClose(() => this.leave(connection));
    connection.onMessage((frame) => this.receive(connection, frame));
  }

  /** Closes every connection that `which` selects. */
  closeConnections(which: (connection: Connection) => boolean, code: number, reason: string, logReason: string): number {
    let closed = 0;
    for (const connection of this.connections) {
      if (!which(connection)) continue;
      connection.close(code, reason, logReason);
      closed += 1;
    }
    return closed;
  }

  /** Resolves when every update received so far is committed and applied, and any compaction is done. */
  async settled(): Promise<void> {
    await this.commits.idle();
    await this.compacting;
  }

  /** Waits for the commits under way, then frees the document without storing anything more: the board is being deleted. */
  async discard(): Promise<void> {
    // Overwrites found and not yet recorded are not recorded: there is no board to record them on.
    if (this.overwritesTimer) clearTimeout(this.overwritesTimer);
    await this.settled();
    if (this.pendingRetryTimer) clearTimeout(this.pendingRetryTimer);
    this.presence.destroy();
    this.doc.destroy();
  }

  /** Commits what is pending, folds the update log into a snapshot, and frees the document. */
  async unload(): Promise<void> {
    if (this.overwritesTimer) {
      clearTimeout(this.overwritesTimer);
      this.recordOverwrites();
    }
    await this.settled();
    // The snapshot carries what waits; the next load applies it again.
    if (this.pendingRetryTimer) clearTimeout(this.pendingRetryTimer);
    if (this.updatesSinceSnapshot > 0) await this.compact();
    this.presence.destroy();
    this.doc.destroy();
  }

  private receive(connection: Connection, frame: Uint8Array): void {
    let message: IncomingMessage;
    try {
      message = readIncomingMessage(frame);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      this.options.metrics.rejected('malformed');
      connection.close(closeCodes.malformedMessage, 'Malformed message', error.message);
      return;
    }
    switch (message.kind) {
      case 'sync-step1':
        connection.send(this.answerStep1(message.stateVector));
        break;
      case 'document-update':
        this.receiveUpdate(connection, message.update, message.decoded);
        break;
      case 'awareness':
        this.presence.receive(connection, message.entries);
        break;
      case 'query-awareness':
        connection.send(this.presence.everyone());
        break;
    }
  }

  /** Everything in the board that a client with `stateVector` lacks. */
  private answerStep1(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size > 0) return syncStep2(this.doc, stateVector);
    this.wholeBoard ??= Y.encodeStateAsUpdate(this.doc);
    return syncStep2WithUpdate(this.wholeBoard);
  }

  private receiveUpdate(connection: Connection, update: Uint8Array, decoded: DecodedUpdate): void {
    if (!updateChangesDoc(this.doc, decoded)) return;
    if (!connection.canEdit) {
      const { role } = connection.participant;
      this.options.metrics.rejected('viewer_write');
      connection.logInfo({ event: 'refused-write', role }, 'viewer update refused');
      connection.notify({ kind: 'write-refused', message: 'Your change was not saved: this link is view only.' });
      return;
    }
    this.commits.add({ update, from: connection });
  }

  private async commit(batch: PendingUpdate[]): Promise<number> {
    const started = performance.now();
    const accepted = this.checkShape(batch);
    if (accepted.length === 0) return this.appliedSeq;
    // Accepted as it is committed, a moment after it arrived (the batch waited at most one commit).
    const at = isoTimestamp();
    const attributed = accepted.map(({ update, from }): AttributedUpdate => {
      const { name, organisation, role, linkId } = from.participant;
      return { update, attribution: { name, organisation, role, linkId, at } };
    });
    // The queue commits one batch at a time, so appliedSeq is the last one committed.
    const lastSeq = await this.options.store.appendUpdates(this.boardId, this.appliedSeq, attributed);
    this.options.metrics.commitSeconds.observe((performance.now() - started) / 1000);
    return lastSeq;
  }

  /**
   * Checks each update of a batch against the board's shape, in the order they will be applied
   * (the document then holds every batch before it, and the check remembers the updates of this
   * one that it accepted). A refused update is marked, its sender told why; the rest are returned.
   */
  private checkShape(batch: PendingUpdate[]): PendingUpdate[] {
    const check = new BoardUpdateCheck(this.doc);
    const accepted: PendingUpdate[] = [];
    /** Clients bound by this batch, before their binding is in the document. */
    const bound = new Map<number, AuthorBinding>();
    for (const entry of batch) {
      if (entry.server) {
        accepted.push(entry);
        continue;
      }
      const { participant } = entry.from;
      const introduced = new Map<number, AuthorBinding>();
      const verdict = check.check(entry.update, (client) => {
        const binding = authorBinding(this.doc, client) ?? bound.get(client) ?? introduced.get(client);
        if (!binding) {
          const { name, organisation, linkId } = participant;
          introduced.set(client, { name, organisation, verified: linkId !== null, linkId });
          return null;
        }
        // A personal link's items stay its own: no one else may write as its clients.
        return binding.linkId === null || binding.linkId === participant.linkId ? null : "it was made as someone else's browser";
      });
      if (verdict.ok) {
        accepted.push(entry);
        if (introduced.size > 0) {
          for (const [client, binding] of introduced) bound.set(client, binding);
          // One update with the edit: stored, shared and counted in the activity as the edit.
          // Named, like the board's own document, so that Yjs draws no random guid for it.
          this.authorsWriter ??= new Y.Doc({ guid: `${this.boardId}/authors` });
          entry.update = Y.mergeUpdates([bindAuthors(this.authorsWriter, introduced), entry.update]);
          entry.bound = true;
        }
        continue;
      }
      entry.refused = true;
      this.options.metrics.rejected('invalid_update');
      entry.from.logInfo({ event: 'refused-update', problem: verdict.problem }, 'update outside the board shape refused');
      entry.from.notify({ kind: 'write-refused', message: `Your change was not saved: ${verdict.problem}.` });
    }
    return accepted;
  }

  private applyCommitted(batch: PendingUpdate[], lastSeq: number): void {
    const { metrics, maxPendingBytes } = this.options;
    let refused = false;
    /** Senders whose update took the board's pending updates past the limit. */
    const overLimit = new Set<Connection>();
    const accepted = batch.filter((entry) => !entry.refused);
    if (accepted.length === 0) return;
    for (const { update, from, server } of accepted) {
      try {
        this.applying = server ? null : from;
        Y.applyUpdate(this.doc, update, from);
        metrics.updatesApplied.add();
        metrics.updateBytes.add(update.byteLength);
        // Over the limit, the sender is to blame only if its own update left something waiting: Yjs
        // re-encodes what waits whenever it applies an update, so an honest one can tip it over.
        // Decoded again only then: the decoded form of every update waiting for its commit would
        // outlive the reads of a whole turn, and under load be promoted into the old generation.
        if (pendingBytes(this.doc) > maxPendingBytes && updateChangesDoc(this.doc, update)) overLimit.add(from);
      } catch (error) {
        // Decoding passed but Yjs could not integrate it; the sender's client is broken or hostile.
        this.options.log.error({ event: 'apply-error', boardId: this.boardId, connection: from.id, server, error: String(error) }, 'committed update could not be applied');
        metrics.rejected('malformed');
        if (!server) from.close(closeCodes.malformedMessage, 'Malformed update', 'apply_failed');
        refused = true;
        this.finishFailedTransaction();
      } finally {
        this.applying = null;
      }
    }
    if (!this.retryPending()) refused = true;
    this.appliedSeq = lastSeq;
    this.updatesSinceSnapshot += accepted.length;
    this.keepTitleInStep();
    if (overLimit.size > 0 && this.dropPendingOverLimit()) {
      for (const sender of overLimit) {
        metrics.rejected('too_much_pending');
        sender.close(closeCodes.tooMuchPending, 'Your changes depend on changes the server never received', 'too_much_pending');
      }
      refused = true;
    }
    if (refused) void this.compactAfterRefusal();
    else if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates) void this.compact();
  }

  /**
   * Yjs can throw part-way through an update it has begun to integrate (and the part it took is
   * shared like any change); replayed from the log on the next load, the whole update would be
   * applied again over a different state. A snapshot of the document holds exactly what was
   * applied, and compaction drops the update from the log.
   */
  private async compactAfterRefusal(): Promise<void> {
    // A compaction already under way started before the refused update was applied; the next one
    // (this one, or one begun meanwhile) starts after it.
    await this.compacting;
    await this.compact();
  }

  /**
   * Yjs can throw while it finishes a transaction (merging structs, collecting deletions), after it
   * has integrated the update. The transaction then stays registered: every later one runs inside
   * it and is never finished, so the document emits no more updates, and every edit after it is
   * stored but shared with nobody. Fuzzing found such updates (items and deletions of length 0,
   * now refused when they arrive, see IncomingMessage); should another kind get through, this
   * unregisters the transaction so that the board goes on being shared. What it integrated is not
   * shared: it is what made Yjs throw.
   */
  private finishFailedTransaction(): void {
    if (this.doc._transactionCleanups.length === 0) return;
    this.doc._transactionCleanups = [];
    this.doc._transaction = null;
    this.wholeBoard = null;
    this.step1 = null;
    this.options.log.error({ event: 'transaction-unfinished', boardId: this.boardId }, 'Yjs left a transaction unfinished; it was cleared');
  }

  /**
   * Applies again what the document holds pending, less what it already has, and says whether that
   * went without error. Yjs retries pending structs only when a change they wait for arrives, and
   * then whole: a struct the document already has (a client sent two different structs under one
   * id; fuzzing found it) still waits for its own dependency, and holds back every later struct of
   * its client, which the document could integrate. Everyone joining is sent the board with what
   * waits merged in, and that merge keeps the document's struct, so they integrate those later
   * structs and see a board that the server, and everyone already on it, do not. Retried here after
   * a batch that takes a client's clock past where what waits begins, the document integrates what
   * it can, shares it like any change, and sends newcomers only what it cannot. At most once every
   * retryPendingEveryMs: within it the retry is put off to its end, and someone joining meanwhile
   * may see the integrated part a moment before everyone else does.
   */
  private retryPending(): boolean {
    const { store } = this.doc;
    const pending = store.pendingStructs;
    if (!pending) return true;
    // Read again only when Yjs changed what waits (rare): not on every batch, whoever sent it.
    if (this.pendingStart?.update !== pending.update) this.pendingStart = { update: pending.update, clocks: Y.parseUpdateMetaV2(pending.update).from };
    const overlaps = [...this.pendingStart.clocks].some(([client, clock]) => Y.getState(store, client) > clock);
    if (!overlaps) return true;
    const wait = this.pendingRetriedAt + retryPendingEveryMs - performance.now();
    if (wait > 0) {
      this.pendingRetryTimer ??= setTimeout(() => {
        this.pendingRetryTimer = null;
        if (!this.retryPending()) void this.compactAfterRefusal();
      }, wait);
      return true;
    }
    this.pendingRetriedAt = performance.now();
    store.pendingStructs = null;
    this.wholeBoard = null;
    try {
      Y.applyUpdateV2(this.doc, Y.diffUpdateV2(pending.update, Y.encodeStateVector(this.doc)));
      return true;
    } catch (error) {
      // Bytes that Yjs accepted into its pending updates, and cannot integrate; nobody was sent them.
      // Yjs may have kept part of them pending before it threw.
      store.pendingStructs = null;
      this.options.log.error({ event: 'pending-apply-error', boardId: this.boardId, error: String(error) }, 'updates waiting for changes could not be applied; they were dropped');
      this.finishFailedTransaction();
      return false;
    }
  }

  /**
   * Drops the document's pending updates once they pass maxPendingBytes, and says whether it did.
   * Their dependencies may never come (a client can make them up), and Yjs would keep them, and
   * every snapshot would carry them, for ever. The compaction that follows writes a snapshot without
   * them and drops the updates that brought them from the log. An honest client whose waiting
   * change was dropped sends it again when it next syncs, as it does for anything the server lacks.
   */
  private dropPendingOverLimit(): boolean {
    const bytes = pendingBytes(this.doc);
    if (bytes <= this.options.maxPendingBytes) return false;
    this.doc.store.pendingStructs = null;
    this.doc.store.pendingDs = null;
    // The board as encoded for newcomers carried them.
    this.wholeBoard = null;
    this.options.log.warn({ event: 'pending-dropped', boardId: this.boardId, bytes, limit: this.options.maxPendingBytes }, 'updates waiting for changes never received were dropped');
    return true;
  }

  private commitFailed(batch: PendingUpdate[], error: unknown): void {
    // Its bindings were never stored: a writer that went on from them would write after a gap.
    if (batch.some((entry) => entry.bound)) this.authorsWriter = null;
    this.options.log.error({ event: 'commit-error', boardId: this.boardId, updates: batch.length, error: String(error) }, 'updates could not be stored');
    for (const sender of new Set(batch.filter((entry) => !entry.refused && !entry.server).map(({ from }) => from))) {
      this.options.metrics.rejected('store_failed');
      // Nothing of it was applied or shared; on reconnect the client sends it again.
      sender.close(closeCodes.serverError, 'Your latest change could not be saved; reconnecting', 'store_failed');
    }
  }

  /** Gives the store's board directory the board's title once a committed update renamed it. */
  private keepTitleInStep(): void {
    const title = readTitle(this.doc);
    if (title === this.storedTitle) return;
    this.storedTitle = title;
    this.options.store.setTitle(this.boardId, title).catch((error: unknown) => {
      // Compaction writes the title again.
      this.options.log.error({ event: 'title-error', boardId: this.boardId, error: String(error) }, 'the new title could not be stored');
    });
  }

  /** Replaces the store's snapshot with the current document; one compaction at a time. */
  private compact(): Promise<void> {
    this.compacting ??= this.compactNow().finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  private async compactNow(): Promise<void> {
    const uptoSeq = this.appliedSeq;
    const folded = this.updatesSinceSnapshot;
    try {
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      await this.options.store.compact(this.boardId, snapshot, uptoSeq);
      await this.options.store.setTitle(this.boardId, readTitle(this.doc));
      this.updatesSinceSnapshot -= folded;
      this.options.metrics.compactions.add();
      this.options.log.debug({ event: 'compacted', boardId: this.boardId, uptoSeq, updates: folded, bytes: snapshot.byteLength }, 'update log compacted');
    } catch (error) {
      this.options.log.error({ event: 'compact-error', boardId: this.boardId, error: String(error) }, 'compaction failed; the update log is kept');
    }
  }

  /**
   * Notes when each watched value of a client's update arrived, and the overwrites it made (see
   * overwrites.ts), to be recorded soon. Both sides' times are the server's: a device's clock says
   * nothing here.
   */
  private noteOverwrites(transaction: Y.Transaction, from: Connection): void {
    const at = isoTimestamp();
    const found = findOverwrites(transaction, ({ client, clock }) => {
      this.arrivals.set(`${client}:${clock}`, at);
      if (this.arrivals.size > maxArrivalsKept) this.arrivals.delete(this.arrivals.keys().next().value ?? '');
    });
    if (found.length === 0) return;
    const arrived = ({ client, clock }: Y.ID) =>
      this.arrivals.get(`${client}:${clock}`) ?? (clock >= (transaction.beforeState.get(client) ?? 0) ? at : null);
    this.overwrites ??= { found: [], from };
    for (const { kind, itemId, field, kept, replaced } of found) {
      this.overwrites.found.push({
        kind,
        itemId,
        field,
        kept: { value: kept.value, writer: kept.id.client, at: arrived(kept.id) },
        replaced: { value: replaced.value, writer: replaced.id.client, at: arrived(replaced.id) },
        at,
      });
    }
    from.logInfo({ event: 'overwrites', count: found.length }, 'an update replaced values its writer had not seen');
    if (this.overwritesTimer) return;
    const wait = Math.max(0, this.overwritesRecordedAt + recordOverwritesEveryMs - performance.now());
    this.overwritesTimer = setTimeout(() => this.recordOverwrites(), wait);
    this.overwritesTimer.unref();
  }

  /**
   * Commits the record of the overwrites found, like an update from the connection whose update
   * made them (it counts in that person's activity). Written on a fresh copy of the board, so that
   * the server can drop the oldest records whoever wrote them, and so that nothing of a record that
   * failed to commit lingers in a writer.
   */
  private recordOverwrites(): void {
    this.overwritesTimer = null;
    const pending = this.overwrites;
    if (!pending) return;
    const found = pending.found.splice(0, maxOverwritesPerRecord);
    if (pending.found.length === 0) this.overwrites = null;
    this.overwritesRecordedAt = performance.now();
    const writer = new Y.Doc({ guid: `${this.boardId}/overwrites` });
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(this.doc));
    const update = recordOverwrites(writer, found, overwritesKept);
    writer.destroy();
    if (update) this.commits.add({ update, from: pending.from, server: true });
    if (this.overwrites) this.overwritesTimer = setTimeout(() => this.recordOverwrites(), recordOverwritesEveryMs).unref();
  }

  private leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.presence.leave(connection);
    if (this.connections.size === 0) this.options.onEmpty(this);
  }

  private broadcast(frame: Uint8Array): void {
    if (this.connections.size === 0) return;
    const framed = frameBinary(frame);
    for (const connection of this.connections) connection.sendFramed(framed);
  }
}
