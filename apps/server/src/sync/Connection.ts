import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { closeCodes, encodeNotice, roleCanEdit, type Notice, type Role } from '@partnerboard/protocol';
import type { IncomingBudget } from '../limits/IncomingBudget.ts';
import { TokenBucket } from '../limits/TokenBucket.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { Peer } from './Peer.ts';
import { onBytesArriving, writeFramed } from './wsInternals.ts';

/**
 * Who is on the other end: role from their token. On a personal link (`linkId` set) the name and
 * organisation are the link's, proven by its token; on a shared role link they are as the person
 * gave them (self-declared).
 */
export interface Participant {
  boardId: string;
  role: Role;
  name: string;
  organisation: string;
  /** The personal link this connection opened, or null for a shared role link. */
  linkId: string | null;
  /** The client asked (`ext=1`) for Partnerboard notices and custom messages. */
  wantsNotices: boolean;
}

export interface ConnectionLimits {
  messagesPerSecond: number;
  messageBurst: number;
  /** Bytes of messages per second, after `byteBurst` at once: what one connection may make the server decode. */
  bytesPerSecond: number;
  byteBurst: number;
  maxBufferedBytes: number;
  /** Bytes of messages still arriving, shared by every connection of the server. */
  incoming: IncomingBudget<Connection>;
}

type MessageHandler = (frame: Uint8Array) => void;

let nextConnectionId = 1;

/**
 * One WebSocket of one participant on one board. It enforces the per-connection limits (message
 * rate, a slow reader) itself; what a message means is the room's business.
 */
export class Connection implements Peer {
  readonly id = nextConnectionId++;
  readonly kind = 'client';
  private readonly rate: TokenBucket;
  private readonly byteRate: TokenBucket;
  private handler: MessageHandler | null = null;
  /** Frames already read when the socket was paused for the board to load. */
  private waiting: Uint8Array[] = [];
  private closeListeners: ((code: number) => void)[] = [];
  /** Whether the peer answered the last ping (or sent anything) since the last check. */
  private alive = true;
  /** We or the peer started closing: send and receive nothing more. */
  private closing = false;
  /** The close code once the socket has closed. */
  private closedWith: number | null = null;

  /** This connection's logger, made on first use (see log). */
  private childLog: Logger | null = null;

  /**
   * @param wire The stream under `socket`, for frames framed once for a whole board (see
   *   sendFramed). `ws` writes each message to it at once when it is sent (no compression, no
   *   blobs: nothing makes it queue), so writes of both kinds reach the client in the order made.
   */
  constructor(
    private readonly socket: WebSocket,
    private readonly wire: Duplex,
    readonly participant: Participant,
    private readonly limits: ConnectionLimits,
    private readonly parentLog: Logger,
    private readonly metrics: Metrics,
  ) {
    this.rate = new TokenBucket(limits.messageBurst, limits.messagesPerSecond);
    this.byteRate = new TokenBucket(limits.byteBurst, limits.bytesPerSecond);
    // Read nothing more until the board has loaded and a room takes the messages.
    socket.pause();
    onBytesArriving(wire, (bytes) => limits.incoming.arrived(this, bytes));
    socket.on('message', (data, isBinary) => {
      limits.incoming.release(this);
      this.receive(data, isBinary);
    });
    socket.on('pong', () => (this.alive = true));
    socket.on('close', (code) => {
      limits.incoming.release(this);
      this.closing = true;
      this.closedWith = code;
      this.logInfo({ event: 'disconnect', code }, 'connection closed');
      for (const listener of this.closeListeners) listener(code);
      this.closeListeners = [];
    });
    socket.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        // `ws` has already closed the socket with 1009 (closeCodes.messageTooLarge).
        this.metrics.rejected('too_large');
        this.log.warn({ event: 'refused-message', reason: 'too_large', code: closeCodes.messageTooLarge }, 'message too large');
      } else {
        this.log.warn({ event: 'socket-error', error: error.message, errorCode: error.code }, 'socket error');
      }
    });
  }

  /**
   * Logs with this connection's id, board and role (never its token). pino serialises a child's
   * fields when it is made, so it is made only when something is logged: every connection logs at
   * info level, which production may turn off (LOG_LEVEL=warn).
   */
  get log(): Logger {
    this.childLog ??= this.parentLog.child({ connection: this.id, boardId: this.participant.boardId, role: this.participant.role });
    return this.childLog;
  }

  /** An info line, made (and the child logger with it) only when info lines are written. */
  logInfo(fields: Record<string, unknown>, message: string): void {
    if (this.parentLog.isLevelEnabled('info')) this.log.info(fields, message);
  }

  get canEdit(): boolean {
    return roleCanEdit(this.participant.role);
  }

  /** Bytes sent to this connection that its reader has not taken yet (bounded by maxBufferedBytes). */
  get sendBufferBytes(): number {
    return this.socket.bufferedAmount;
  }

  get isOpen(): boolean {
    return !this.closing && this.socket.readyState === this.socket.OPEN;
  }

  /** Starts delivering frames (including any that arrived while the board loaded) to `handler`. */
  onMessage(handler: MessageHandler): void {
    this.handler = handler;
    const waiting = this.waiting;
    this.waiting = [];
    for (const frame of waiting) if (this.isOpen) handler(frame);
    this.socket.resume();
  }

  onClose(listener: (code: number) => void): void {
    if (this.closedWith !== null) listener(this.closedWith);
    else this.closeListeners.push(listener);
  }

  /** Sends one frame; closes a connection that has fallen too far behind as a slow consumer. */
  send(frame: Uint8Array): void {
    if (this.mayWrite()) this.socket.send(frame);
  }

  /** Sends a message already framed for the wire by frameBinary (one buffer for everyone on a board). */
  sendFramed(framed: Buffer): void {
    if (this.mayWrite()) writeFramed(this.wire, framed);
  }

  private mayWrite(): boolean {
    if (!this.isOpen) return false;
    if (this.socket.bufferedAmount <= this.limits.maxBufferedBytes) return true;
    this.metrics.rejected('too_slow');
    this.close(closeCodes.tooSlow, 'Connection too slow to keep up with the board', 'too_slow');
    return false;
  }

  /**
   * Called every keepalive interval: ends a connection that answered nothing since the last
   * call (a vanished laptop, a dead network), then pings again.
   */
  checkAlive(): void {
    if (this.closedWith !== null) return;
    if (!this.alive) {
      this.logInfo({ event: 'timeout' }, 'connection stopped answering');
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  /**
   * Ends the connection at once, without a closing handshake: it holds the largest part of the
   * messages still arriving when the server has taken in as much as it will (IncomingBudget), and a
   * polite close would keep reading, and holding, its message until the peer answered.
   */
  dropForArriving(bytes: number): void {
    if (this.closedWith !== null) return;
    this.closing = true;
    this.metrics.rejected('server_busy');
    this.log.warn({ event: 'refused-message', reason: 'server_busy', arrivingBytes: bytes }, 'too much arriving at once: connection dropped');
    this.socket.terminate();
  }

  /** Sends a notice, but only to a client that opted in to them. */
  notify(notice: Notice): void {
    if (this.participant.wantsNotices) this.send(encodeNotice(notice));
  }

  /** Closes with a code from closeCodes and a short reason (shown to people by the web app). */
  close(code: number, reason: string, logReason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.logInfo({ event: 'closing', code, reason: logReason }, reason);
    this.socket.close(code, reason);
    // A socket paused while its board loads must read the peer's close frame to finish closing.
    this.socket.resume();
  }

  private receive(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void {
    this.alive = true;
    if (!this.isOpen) return;
    if (!this.rate.take()) {
      this.metrics.rejected('rate_limited');
      this.close(closeCodes.rateLimited, 'Too many messages per second', 'rate_limited');
      return;
    }
    if (!isBinary) {
      this.metrics.rejected('malformed');
      this.close(closeCodes.malformedMessage, 'Text frames are not part of the sync protocol', 'text_frame');
      return;
    }
    const frame = asBytes(data);
    // Before it is decoded: that is the work this limit bounds.
    if (!this.byteRate.takeCount(frame.byteLength)) {
      this.metrics.rejected('rate_limited');
      this.close(closeCodes.rateLimited, 'Too much data per second', 'byte_rate_limited');
      return;
    }
    if (this.handler) this.handler(frame);
    else this.waiting.push(frame);
  }
}

function asBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
