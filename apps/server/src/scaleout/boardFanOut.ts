import * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import type { RoomContext, RoomExtension } from '../sync/RoomExtension.ts';
import type { BoardMessage, FanOut, Unsubscribe } from './FanOut.ts';

/**
 * How often a process renews its peer count on each board it serves; a count older than three rounds
 * is dropped, so that a killed process's peers stop filling the board's cap within seconds, while its
 * clients reconnect to the others.
 */
const peersEveryMs = 1_000;
/** Joins and leaves within this long are told once. */
const peersCoalesceMs = 100;

interface Channel {
  room: RoomContext | null;
  /** What arrived between the subscription and the board's load, applied once it is loaded. */
  early: { message: BoardMessage; from: string }[];
  unsubscribe: Unsubscribe | null;
  /** Peers on the board at each other process, with when they said so. */
  elsewhere: Map<string, { count: number; at: number }>;
  peersTimer: NodeJS.Timeout | null;
}

/**
 * A board served by several processes: what one commits (stored before it is published) and its
 * peers' presence reach the others through the fan-out, which apply it and share it without storing
 * it again. Subscribed before the board is read from the store, so nothing published meanwhile is missed.
 */
export class BoardFanOut implements RoomExtension {
  readonly name = 'fan-out';
  private readonly channels = new Map<string, Channel>();
  private readonly renew: NodeJS.Timeout;

  constructor(
    private readonly fanOut: FanOut,
    private readonly log: Logger,
  ) {
    this.renew = setInterval(() => {
      for (const [boardId, channel] of this.channels) {
        const peers = channel.room?.peers.size ?? 0;
        if (peers > 0) this.fanOut.publish(boardId, { kind: 'peers', count: peers });
        if (this.dropSilent(channel) && channel.room) this.readAgain(channel.room);
      }
    }, peersEveryMs);
    this.renew.unref();
    // Messages may have been lost while Redis was away, or a process could not publish some.
    fanOut.onResync(() => {
      for (const { room } of this.channels.values()) if (room) this.readAgain(room);
    });
    fanOut.onControl((message) => {
      const room = message.kind === 'missed' ? this.channels.get(message.boardId)?.room : null;
      if (room) this.readAgain(room);
    });
  }

  /** Peers on the board at other processes, as they last said. */
  peersElsewhere(boardId: string): number {
    const channel = this.channels.get(boardId);
    if (!channel) return 0;
    const oldest = Date.now() - 3 * peersEveryMs;
    let total = 0;
    for (const { count, at } of channel.elsewhere.values()) if (at >= oldest) total += count;
    return total;
  }

  /**
   * Forgets the processes that stopped renewing their peer count, and says whether there were any:
   * one may have died between storing an update and publishing it, so the board is read again.
   */
  private dropSilent(channel: Channel): boolean {
    const oldest = Date.now() - 3 * peersEveryMs;
    let dropped = false;
    for (const [process, { at }] of channel.elsewhere) {
      if (at >= oldest) continue;
      channel.elsewhere.delete(process);
      dropped = true;
    }
    return dropped;
  }

  private readAgain(room: RoomContext): void {
    room.readStoredAgain().catch((error: unknown) => {
      this.log.error({ event: 'resync-error', boardId: room.boardId, error: String(error) }, 'the board could not be read from the store again');
    });
  }

  /** Sends an extension's message to the same extension on the other processes serving the board. */
  publishCustom(boardId: string, type: string, body: unknown): void {
    this.fanOut.publish(boardId, { kind: 'custom', type, body });
  }


  async beforeLoad(boardId: string): Promise<void> {
    const channel: Channel = { room: null, early: [], unsubscribe: null, elsewhere: new Map(), peersTimer: null };
    this.channels.set(boardId, channel);
    channel.unsubscribe = await this.fanOut.subscribe(boardId, (message, from) => {
      if (channel.room) this.received(channel, channel.room, message, from);
      else channel.early.push({ message, from });
    });
  }

  loadFailed(boardId: string): void {
    this.forget(boardId);
  }

  onLoad(room: RoomContext): void {
    const channel = this.channels.get(room.boardId);
    if (!channel) return;
    channel.room = room;
    for (const { message, from } of channel.early.splice(0)) this.received(channel, room, message, from);
    this.fanOut.publish(room.boardId, { kind: 'hello' });
  }

  onJoin(_peer: unknown, room: RoomContext): void {
    this.tellPeers(room);
  }

  onLeave(_peer: unknown, room: RoomContext): void {
    this.tellPeers(room);
  }

  afterCommit(batch: readonly { update: Uint8Array }[], room: RoomContext): void {
    const [only] = batch;
    const update = batch.length === 1 && only ? only.update : Y.mergeUpdates(batch.map(({ update }) => update));
    this.fanOut.publish(room.boardId, { kind: 'update', update });
  }

  onPresence(change: { readonly added: readonly number[]; readonly updated: readonly number[]; readonly removed: readonly number[]; readonly elsewhere: boolean }, room: RoomContext): void {
    if (change.elsewhere) return;
    const ids = [...change.added, ...change.updated, ...change.removed];
    if (ids.length > 0) this.fanOut.publish(room.boardId, { kind: 'presence', update: room.encodePresence(ids) });
  }

  onDestroy(room: RoomContext): void {
    // A board unloaded here may be loading again already, on a channel of its own.
    if (this.channels.get(room.boardId)?.room !== room) return;
    if (room.peers.size > 0) this.fanOut.publish(room.boardId, { kind: 'peers', count: 0 });
    this.forget(room.boardId);
  }

  close(): void {
    clearInterval(this.renew);
    for (const boardId of [...this.channels.keys()]) this.forget(boardId);
  }

  private received(channel: Channel, room: RoomContext, message: BoardMessage, from: string): void {
    switch (message.kind) {
      case 'update':
        room.applyFromElsewhere(message.update);
        break;
      case 'presence':
        room.presenceFromElsewhere(message.update);
        break;
      case 'peers':
        if (message.count === 0) channel.elsewhere.delete(from);
        else channel.elsewhere.set(from, { count: message.count, at: Date.now() });
        break;
      case 'custom':
        room.customFromElsewhere(message.type, message.body);
        break;
      case 'hello': {
        const ids = room.localPresenceIds();
        if (ids.length > 0) this.fanOut.publish(room.boardId, { kind: 'presence', update: room.encodePresence(ids) });
        if (room.peers.size > 0) this.fanOut.publish(room.boardId, { kind: 'peers', count: room.peers.size });
        break;
      }
    }
  }

  private tellPeers(room: RoomContext): void {
    const channel = this.channels.get(room.boardId);
    if (!channel || channel.peersTimer) return;
    channel.peersTimer = setTimeout(() => {
      channel.peersTimer = null;
      if (this.channels.get(room.boardId) === channel) this.fanOut.publish(room.boardId, { kind: 'peers', count: room.peers.size });
    }, peersCoalesceMs);
  }

  private forget(boardId: string): void {
    const channel = this.channels.get(boardId);
    if (!channel) return;
    this.channels.delete(boardId);
    if (channel.peersTimer) clearTimeout(channel.peersTimer);
    channel.unsubscribe?.().catch((error: unknown) => this.log.warn({ event: 'fan-out-unsubscribe-error', boardId, error: String(error) }, 'a board channel could not be left'));
  }
}
