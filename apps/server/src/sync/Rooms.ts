import * as Y from 'yjs';
import { closeCodes } from '@partnerboard/protocol';
import type { Logger } from '../logger.ts';
import { BoardFanOut } from '../scaleout/boardFanOut.ts';
import type { FanOut } from '../scaleout/FanOut.ts';
import type { Metrics } from '../metrics.ts';
import type { BoardStore } from '../storage/BoardStore.ts';
import { BoardRoom, type RoomOptions } from './BoardRoom.ts';
import { applyStored } from './applyStored.ts';
import type { Connection } from './Connection.ts';
import type { RoomExtension } from './RoomExtension.ts';
import { standardRoomExtensions } from './roomExtensions.ts';

export interface RoomsOptions {
  store: BoardStore;
  log: Logger;
  metrics: Metrics;
  compactAfterUpdates: number;
  /** Peers a board takes at once; one more is refused with boardFull. */
  maxConnectionsPerBoard: number;
  maxPendingBytes: number;
  unloadAfterMs: number;
  /** Features every board gets after the standard ones (see roomExtensions.ts), in the order their hooks run. */
  extensions?: readonly RoomExtension[];
  /** The channel to the other server processes serving the same boards (REDIS_URL), if any. */
  fanOut?: FanOut;
}

/**
 * The boards held in memory. A board is loaded when someone first connects (connections that
 * arrive while it loads share that one load) and unloaded a while after the last one leaves, so
 * memory follows the boards in use, not every board ever opened.
 */
export class Rooms {
  private readonly loading = new Map<string, Promise<BoardRoom | null>>();
  private readonly live = new Map<string, BoardRoom>();
  private readonly unloadTimers = new Map<BoardRoom, NodeJS.Timeout>();
  /** Boards being deleted: nobody joins them, and they are not loaded again. */
  private readonly deleting = new Set<string>();
  private closed = false;
  /** What every room is made with: one object for all of them, not one per board opened. */
  private readonly roomOptions: RoomOptions;
  private readonly boardFanOut: BoardFanOut | null;

  constructor(private readonly options: RoomsOptions) {
    const { fanOut } = options;
    this.boardFanOut = fanOut ? new BoardFanOut(fanOut, options.log) : null;
    const { boardFanOut } = this;
    const extensions = [
      ...standardRoomExtensions({ ...options, peersElsewhere: boardFanOut ? (boardId) => boardFanOut.peersElsewhere(boardId) : undefined, fanOut: boardFanOut }),
      ...(options.extensions ?? []),
    ];
    this.roomOptions = {
      ...options,
      extensions,
      onEmpty: (empty) => this.scheduleUnload(empty),
      sharedLog: fanOut !== undefined,
      publishElsewhere: boardFanOut ? (boardId, type, body) => boardFanOut.publishCustom(boardId, type, body) : undefined,
    };
    fanOut?.onControl((message) => {
      if (message.kind === 'deleted') void this.dropDeleted(message.boardId);
    });
  }

  get loadedCount(): number {
    return this.live.size;
  }

  /** The board's room if it is in memory. */
  loaded(boardId: string): BoardRoom | undefined {
    return this.live.get(boardId);
  }

  /**
   * The board's committed document as one update: from its room when it is in memory (a room holds
   * only committed updates), otherwise read from the store without loading a room. Null when there is no such board.
   */
  async encodedBoard(boardId: string): Promise<Uint8Array | null> {
    const room = await this.loading.get(boardId)?.catch(() => null);
    if (room && this.live.get(boardId) === room) return Y.encodeStateAsUpdate(room.doc);
    const stored = await this.options.store.loadBoard(boardId);
    if (!stored) return null;
    const doc = new Y.Doc({ guid: boardId });
    try {
      applyStored(doc, [stored.snapshot, ...stored.updates], this.options.log);
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Puts a connection in its board's room, loading the board if needed; false when the board does not exist. */
  async join(boardId: string, connection: Connection): Promise<boolean> {
    for (;;) {
      if (this.deleting.has(boardId)) return false;
      const room = await this.open(boardId);
      if (!room || this.deleting.has(boardId)) return false;
      // The room may have been unloaded while this connection waited; then load it again.
      if (this.live.get(boardId) !== room) continue;
      if (!connection.isOpen) return true;
      this.cancelUnload(room);
      room.join(connection);
      return true;
    }
  }

  /**
   * Holds a board just created (and stored) as `doc`, `encoded` as a whole: its creator usually
   * opens it next, and then joins without the board being read back from storage or encoded again. Unloaded like any board nobody is on
   * (so with unloadAfterMs 0 not kept at all).
   */
  adopt(boardId: string, doc: Y.Doc, encoded: Uint8Array): void {
    // Served by several processes, a board is loaded after its channel is subscribed (see BoardFanOut).
    if (this.closed || this.boardFanOut || this.options.unloadAfterMs === 0 || this.loading.has(boardId)) {
      doc.destroy();
      return;
    }
    const room = BoardRoom.created(boardId, doc, encoded, this.roomOptions);
    this.live.set(boardId, room);
    this.loading.set(boardId, Promise.resolve(room));
    this.scheduleUnload(room);
  }

  /**
   * Deletes a board: closes its connections (boardDeleted), lets the commits under way finish,
   * drops it from memory without storing anything more, and removes it from the store. Resolves
   * with the number of connections closed, or null when the store had no such board.
   */
  async deleteBoard(boardId: string): Promise<number | null> {
    this.deleting.add(boardId);
    try {
      const closed = await this.dropDeleted(boardId);
      const deleted = await this.options.store.deleteBoard(boardId);
      if (deleted) this.options.fanOut?.publishControl({ kind: 'deleted', boardId });
      return deleted ? closed : null;
    } finally {
      this.deleting.delete(boardId);
    }
  }

  /**
   * Closes the board's connections (boardDeleted), lets the commits under way finish and drops it
   * from memory without storing anything more; resolves with the number of connections closed.
   */
  private async dropDeleted(boardId: string): Promise<number> {
    const room = await this.loading.get(boardId)?.catch(() => null);
    if (!room || this.live.get(boardId) !== room) return 0;
    const closed = room.closeConnections(() => true, closeCodes.boardDeleted, 'This board has been deleted', 'board_deleted');
    this.live.delete(boardId);
    this.loading.delete(boardId);
    this.cancelUnload(room);
    await room.discard();
    return closed;
  }

  /** Closes every connection with `code` and unloads every board (committing what is pending). */
  async closeAll(code: number, reason: string): Promise<void> {
    this.closed = true;
    this.boardFanOut?.close();
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await Promise.allSettled(this.loading.values());
    const rooms = [...this.live.values()];
    for (const room of rooms) room.closeConnections(() => true, code, reason, 'shutting_down');
    this.live.clear();
    this.loading.clear();
    await Promise.all(rooms.map((room) => this.unloadSafely(room)));
  }

  private open(boardId: string): Promise<BoardRoom | null> {
    let room = this.loading.get(boardId);
    if (!room) {
      const { extensions } = this.roomOptions;
      room = this.beforeLoad(boardId).then(() => BoardRoom.load(boardId, this.roomOptions)).then(
        (loaded) => {
          if (loaded) {
            this.live.set(boardId, loaded);
            this.options.log.info({ event: 'board-loaded', boardId }, 'board loaded');
          } else {
            this.loading.delete(boardId);
            for (const extension of extensions) extension.loadFailed?.(boardId);
          }
          return loaded;
        },
        (error: unknown) => {
          this.loading.delete(boardId);
          for (const extension of extensions) extension.loadFailed?.(boardId);
          throw error;
        },
      );
      this.loading.set(boardId, room);
    }
    return room;
  }

  private async beforeLoad(boardId: string): Promise<void> {
    for (const extension of this.roomOptions.extensions) await extension.beforeLoad?.(boardId);
  }

  private scheduleUnload(room: BoardRoom): void {
    if (this.closed) return;
    this.cancelUnload(room);
    const timer = setTimeout(() => void this.unload(room), this.options.unloadAfterMs);
    timer.unref();
    this.unloadTimers.set(room, timer);
  }

  private cancelUnload(room: BoardRoom): void {
    clearTimeout(this.unloadTimers.get(room));
    this.unloadTimers.delete(room);
  }

  private async unload(room: BoardRoom): Promise<void> {
    this.unloadTimers.delete(room);
    await room.settled();
    // Someone joined while the last edits were committed: keep the board.
    if (room.connectionCount > 0 || this.live.get(room.boardId) !== room) return;
    this.live.delete(room.boardId);
    this.loading.delete(room.boardId);
    await this.unloadSafely(room);
  }

  private async unloadSafely(room: BoardRoom): Promise<void> {
    try {
      await room.unload();
      this.options.log.info({ event: 'board-unloaded', boardId: room.boardId }, 'board unloaded');
    } catch (error) {
      this.options.log.error({ event: 'unload-error', boardId: room.boardId, error: String(error) }, 'board unload failed');
    }
  }
}
