import * as Y from 'yjs';
import { closeCodes, encodeCustomMessage } from '@partnerboard/protocol';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { BoardStore } from '../storage/BoardStore.ts';
import { applyStored } from './applyStored.ts';
import { CommitPath } from './CommitPath.ts';
import type { Participant } from './Connection.ts';
import { MalformedMessageError, readIncomingMessage, type IncomingMessage } from './IncomingMessage.ts';
import { documentUpdate, syncStep1, syncStep2, syncStep2WithUpdate } from './OutgoingMessage.ts';
import type { Peer, RemotePeer } from './Peer.ts';
import { RoomHooks } from './RoomHooks.ts';
import type { RoomContext, RoomExtension } from './RoomExtension.ts';
import { fromElsewhere, RoomPresence } from './RoomPresence.ts';
import { ServerPeer, serverParticipant } from './ServerPeer.ts';
import { updateChangesDoc } from './updateChanges.ts';
import { frameBinary } from './wsInternals.ts';

export interface RoomOptions {
  store: BoardStore;
  /** The room names its board in each (rare) log line rather than making a pino child per board opened. */
  log: Logger;
  metrics: Metrics;
  /** Bytes of pending updates the board may hold (see PendingRepair). */
  maxPendingBytes: number;
  /** The room's features, in the order their hooks run (see RoomExtension). */
  extensions: readonly RoomExtension[];
  /** Called when the last peer leaves. */
  onEmpty: (room: BoardRoom) => void;
  /**
   * Other server processes append to the board's update log too (REDIS_URL): the store orders the
   * updates, and a compaction folds in what the store holds (ADR 0007).
   */
  sharedLog?: boolean;
  /** Sends an extension's message to the other processes serving the board (see RoomContext.publishElsewhere). */
  publishElsewhere?: (boardId: string, type: string, body: unknown) => void;
}

/**
 * One board in memory: its document, everyone's presence, and the peers on it. The document only
 * ever holds committed updates: an update is checked, stored, and only then applied and shared, so
 * nothing anyone has seen can be lost by a crash. Features plug in through extensions' hooks.
 */
export class BoardRoom implements RoomContext {
  readonly doc: Y.Doc;
  readonly peers = new Set<Peer>();
  readonly state = new Map<string, unknown>();
  private readonly presence: RoomPresence;
  private readonly hooks: RoomHooks;
  private readonly commits: CommitPath;
  /** The whole board encoded once for every client that joins with nothing (most do), until it changes. */
  private wholeBoard: Uint8Array | null = null;
  /** Sync step 1 (the board's state vector) as sent to everyone who joins, until the board changes. */
  private step1: Uint8Array | null = null;

  /** Loads a board from the store, or null when there is no such board. */
  static async load(boardId: string, options: RoomOptions): Promise<BoardRoom | null> {
    const stored = await options.store.loadBoard(boardId);
    if (!stored) return null;
    // Named by the board id: a Y.Doc without a guid draws a random UUID.
    const doc = new Y.Doc({ guid: boardId });
    let failed = false;
    doc.transact(() => {
      failed = !applyStored(doc, [stored.snapshot, ...stored.updates], options.log);
    });
    const room = new BoardRoom(boardId, doc, stored.lastSeq, stored.updates.length, options);
    // Replayed in the order they arrived, the updates leave pending what they left pending then.
    const { repair } = room.commits;
    if (!repair.retry() || repair.dropOverLimit()) {
      // Stored before the limit was kept (or under a higher one), or unusable: the snapshot no longer carries it.
      void room.compact();
    } else if (stored.updates.length === 0 && !failed && !options.sharedLog) {
      // A snapshot with nothing after it is the whole board, encoded by the compaction that wrote it
      // (unless other processes' updates arrived while it loaded).
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
    const { log, metrics, store, maxPendingBytes } = options;
    this.hooks = new RoomHooks(options.extensions, this);
    const { hooks } = this;
    this.presence = new RoomPresence(doc, { metrics, share: (frame) => this.broadcast(frame), changed: { listening: hooks.hearsPresence, hear: (change) => hooks.onPresence(change) } });
    const invalidate = () => {
      this.wholeBoard = null;
      this.step1 = null;
    };
    this.commits = new CommitPath(doc, { boardId, store, log, metrics, maxPendingBytes, hooks: this.hooks, lastSeq, updatesSinceSnapshot, invalidate, sharedLog: options.sharedLog ?? false });
    doc.on('update', (update: Uint8Array) => {
      invalidate();
      this.broadcast(documentUpdate(update));
    });
    this.hooks.onLoad();
  }

  get log(): Logger {
    return this.options.log;
  }

  get metrics(): Metrics {
    return this.options.metrics;
  }

  get connectionCount(): number {
    return this.peers.size;
  }

  /** Updates in the store's log since its snapshot. */
  get updatesSinceSnapshot(): number {
    return this.commits.compaction.updatesSinceSnapshot;
  }

  /** Starts syncing a peer, unless an extension refuses it: sends it the server's state vector and everyone's presence. */
  join(peer: RemotePeer): void {
    const refusal = this.hooks.authenticate(peer);
    if (refusal) {
      this.options.metrics.refused(refusal.reason);
      peer.close(refusal.code, refusal.message, refusal.reason);
      return;
    }
    this.peers.add(peer);
    this.step1 ??= syncStep1(this.doc);
    peer.send(this.step1);
    if (!this.presence.isEmpty) peer.send(this.presence.everyone());
    peer.onClose(() => this.leave(peer));
    peer.onMessage((frame) => this.receive(peer, frame));
    this.hooks.onJoin(peer);
  }

  serverPeer(participant: Participant = serverParticipant(this.boardId)): ServerPeer {
    return new ServerPeer(participant, (peer, update) => this.write(peer, update), this.options.log);
  }

  sendCustom(peer: Peer, type: string, body: unknown): void {
    if (peer.participant.wantsNotices) peer.send(encodeCustomMessage(type, body));
  }

  broadcastCustom(type: string, body: unknown, to?: (peer: Peer) => boolean): void {
    let frame: Uint8Array | null = null;
    for (const peer of this.peers) {
      if (peer.participant.wantsNotices && (!to || to(peer))) peer.send((frame ??= encodeCustomMessage(type, body)));
    }
  }

  applyFromElsewhere(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, fromElsewhere);
    } catch (error) {
      this.options.log.error({ event: 'apply-error', boardId: this.boardId, from: 'elsewhere', error: String(error) }, 'an update from another process could not be applied');
      this.commits.repair.finishFailedTransaction();
    }
  }

  presenceFromElsewhere(update: Uint8Array): void {
    try {
      this.presence.receiveFromElsewhere(update);
    } catch (error) {
      this.options.log.warn({ event: 'presence-error', boardId: this.boardId, from: 'elsewhere', error: String(error) }, 'presence from another process could not be applied');
    }
  }

  encodePresence(ids: readonly number[]): Uint8Array {
    return this.presence.encode(ids);
  }

  localPresenceIds(): number[] {
    return this.presence.localIds();
  }

  publishElsewhere(type: string, body: unknown): void {
    this.options.publishElsewhere?.(this.boardId, type, body);
  }

  customFromElsewhere(type: string, body: unknown): void {
    this.hooks.fromElsewhere(type, body);
  }

  async readStoredAgain(): Promise<void> {
    const stored = await this.options.store.loadBoard(this.boardId);
    if (!stored) return;
    for (const update of [stored.snapshot, ...stored.updates]) this.applyFromElsewhere(update);
  }

  /** Closes every peer that `which` selects. */
  closeConnections(which: (peer: Peer) => boolean, code: number, reason: string, logReason: string): number {
    let closed = 0;
    for (const peer of this.peers) {
      if (!which(peer)) continue;
      peer.close(code, reason, logReason);
      closed += 1;
    }
    return closed;
  }

  /** Resolves when every update received so far is committed and applied, and any compaction is done. */
  settled(): Promise<void> {
    return this.commits.settled();
  }

  /** Replaces the store's snapshot with the current document; one compaction at a time. */
  compact(): Promise<void> {
    return this.commits.compaction.compact();
  }

  /** Waits for the commits under way, then frees the document without storing anything more: the board is being deleted. */
  async discard(): Promise<void> {
    this.hooks.onDestroy();
    await this.settled();
    this.free();
  }

  /** Commits what is pending, folds the update log into a snapshot, and frees the document. */
  async unload(): Promise<void> {
    this.hooks.beforeUnload();
    this.hooks.onDestroy();
    await this.settled();
    // The snapshot carries what waits; the next load applies it again.
    this.commits.repair.stop();
    if (this.updatesSinceSnapshot > 0) await this.compact();
    this.free();
  }

  /** Checks `update` from `peer`, commits it, then applies it and shares it; a refusal is told to the peer. */
  write(peer: Peer, update: Uint8Array): void {
    this.commits.write(peer, update);
  }

  private free(): void {
    this.commits.repair.stop();
    this.presence.destroy();
    this.doc.destroy();
  }

  private receive(peer: Peer, frame: Uint8Array): void {
    let message: IncomingMessage;
    try {
      message = readIncomingMessage(frame);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      this.options.metrics.rejected('malformed');
      peer.close(closeCodes.malformedMessage, 'Malformed message', error.message);
      return;
    }
    switch (message.kind) {
      case 'sync-step1':
        peer.send(this.answerStep1(message.stateVector));
        break;
      case 'document-update':
        if (updateChangesDoc(this.doc, message.decoded)) this.write(peer, message.update);
        break;
      case 'awareness':
        this.presence.receive(peer, message.entries);
        break;
      case 'query-awareness':
        peer.send(this.presence.everyone());
        break;
      case 'custom':
        this.hooks.customMessage(peer, message.type, message.body);
        break;
    }
  }

  /** Everything in the board that a client with `stateVector` lacks. */
  private answerStep1(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size > 0) return syncStep2(this.doc, stateVector);
    this.wholeBoard ??= Y.encodeStateAsUpdate(this.doc);
    return syncStep2WithUpdate(this.wholeBoard);
  }

  private leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    this.presence.leave(peer);
    this.hooks.onLeave(peer);
    if (this.peers.size === 0) this.options.onEmpty(this);
  }

  private broadcast(frame: Uint8Array): void {
    if (this.peers.size === 0) return;
    const framed = frameBinary(frame);
    for (const peer of this.peers) peer.sendFramed(framed);
  }
}
