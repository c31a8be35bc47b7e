import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { closeCodes, extensionParam, limits, syncPath, type Role } from '@partnerboard/protocol';
import { refusalMessage, refusalStatus, type Access, type BoardAccess } from '../auth/BoardAccess.ts';
import type { Config } from '../config.ts';
import { refuseUpgrade } from '../http/refuseUpgrade.ts';
import { IncomingBudget } from '../limits/IncomingBudget.ts';
import type { Logger } from '../logger.ts';
import type { Metrics, RefusalReason } from '../metrics.ts';
import type { FanOut } from '../scaleout/FanOut.ts';
import { Connection, type ConnectionLimits, type Participant } from './Connection.ts';
import { participantText } from './participantText.ts';
import { tokenProtocolIn, upgradeToken } from './upgradeToken.ts';
import type { Rooms } from './Rooms.ts';

export interface SyncEndpointOptions {
  access: BoardAccess;
  rooms: Rooms;
  config: Config;
  log: Logger;
  metrics: Metrics;
  /** The other server processes (REDIS_URL): a link replaced here closes its sockets there too. */
  fanOut?: FanOut;
}

const boardPath = new RegExp(`^${syncPath}/([^/]+)$`);

/** The %-decoded text, or null when its escapes are not UTF-8 (`%E0%A4%A`). */
function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** How often connections are pinged; one that has not answered by the next round is ended. */
const keepaliveIntervalMs = 30_000;

/**
 * `ws://HOST:PORT/sync/<boardId>?token=...`: checks the token at the upgrade (refusing with an
 * HTTP status before anything of the board is sent), then hands the socket to its board's room.
 */
export class SyncEndpoint {
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<Connection>();
  /** The same connections by board: a new one is counted against its board's limit without looking at every other board's. */
  private readonly connectionsByBoard = new Map<string, Set<Connection>>();
  /** Counts link rotations, to catch a token rotated while its upgrade was being checked. */
  private rotations = 0;
  private accepting = true;
  private readonly keepalive: NodeJS.Timeout;
  /** Messages still arriving, on every connection (MAX_INCOMING_BYTES). */
  private readonly incoming: IncomingBudget<Connection>;
  private readonly limits: ConnectionLimits;

  constructor(private readonly options: SyncEndpointOptions) {
    // No compression: frames written under `ws` (wsInternals.ts) rely on it writing every message at once, in order.
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.config.maxMessageBytes,
      perMessageDeflate: false,
      // A token sent as a subprotocol must be echoed back, or the browser drops the connection.
      handleProtocols: (protocols) => tokenProtocolIn(protocols) ?? false,
    });
    this.incoming = new IncomingBudget(options.config.maxIncomingBytes, (connection, bytes) => connection.dropForArriving(bytes));
    const { messagesPerSecond, messageBurst, bytesPerSecond, maxMessageBytes, maxBufferedBytes } = options.config;
    this.limits = { messagesPerSecond, messageBurst, bytesPerSecond, byteBurst: 2 * maxMessageBytes, maxBufferedBytes, incoming: this.incoming };
    this.keepalive = setInterval(() => {
      for (const connection of this.connections) connection.checkAlive();
    }, keepaliveIntervalMs);
    this.keepalive.unref();
    options.fanOut?.onControl((message) => {
      if (message.kind === 'revoke-role') this.closeRole(message.boardId, message.role);
      if (message.kind === 'revoke-link') this.closeLink(message.boardId, message.linkId);
    });
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Bytes queued for all connections and not yet taken by their readers. */
  get sendBufferBytes(): number {
    let total = 0;
    for (const connection of this.connections) total += connection.sendBufferBytes;
    return total;
  }

  /** Bytes of messages that have begun to arrive and not yet ended. */
  get incomingBytes(): number {
    return this.incoming.heldBytes;
  }

  /** Handles an HTTP upgrade request (the `upgrade` event of the HTTP server). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (error) => this.options.log.debug({ event: 'upgrade-socket-error', error: error.message }));
    void this.upgrade(request, socket, head).catch((error: unknown) => {
      this.options.log.error({ event: 'upgrade-error', error: String(error) }, 'upgrade failed');
      refuseUpgrade(socket, 503, 'The server could not open this board just now.');
    });
  }

  /** Closes the open connections of one role's shared link on a board, on every process: it has just been replaced. */
  revokeRole(boardId: string, role: Role): number {
    this.options.fanOut?.publishControl({ kind: 'revoke-role', boardId, role });
    return this.closeRole(boardId, role);
  }

  /** Closes the open connections of one personal link on a board, on every process: it has just been withdrawn. */
  revokeLink(boardId: string, linkId: string): number {
    this.options.fanOut?.publishControl({ kind: 'revoke-link', boardId, linkId });
    return this.closeLink(boardId, linkId);
  }

  private closeRole(boardId: string, role: Role): number {
    this.rotations += 1;
    let closed = 0;
    for (const connection of [...(this.connectionsByBoard.get(boardId) ?? [])]) {
      // Personal links of the same role are links of their own, untouched by the rotation.
      if (connection.participant.role !== role || connection.participant.linkId !== null) continue;
      this.options.metrics.refused('token_revoked');
      connection.close(closeCodes.tokenRevoked, 'This link has been replaced by a new one', 'token_revoked');
      closed += 1;
    }
    return closed;
  }

  private closeLink(boardId: string, linkId: string): number {
    // Counted as a rotation: an upgrade being checked with this link's token checks again.
    this.rotations += 1;
    let closed = 0;
    for (const connection of [...(this.connectionsByBoard.get(boardId) ?? [])]) {
      if (connection.participant.linkId !== linkId) continue;
      this.options.metrics.refused('token_revoked');
      connection.close(closeCodes.tokenRevoked, 'This personal link has been withdrawn', 'token_revoked');
      closed += 1;
    }
    return closed;
  }

  /** Stops accepting connections; the rooms close the open ones. */
  stopAccepting(): void {
    this.accepting = false;
  }

  close(): Promise<void> {
    clearInterval(this.keepalive);
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const { log, access, metrics } = this.options;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = boardPath.exec(url.pathname);
    const refuse = (status: number, reason: RefusalReason, message: string, boardId?: string) => {
      metrics.refused(reason);
      log.info({ event: 'refused', boardId, status, reason, address: request.socket.remoteAddress }, 'connection refused');
      refuseUpgrade(socket, status, message);
    };
    if (!this.accepting) return refuse(503, 'shutting_down', 'The server is shutting down.');
    if (!match?.[1]) return refuse(404, 'not_found', 'There is nothing to sync at this address.');
    const boardId = decodedOrNull(match[1]);
    if (boardId === null) return refuse(400, 'malformed_path', 'The board id in this address is malformed (a %-escape that is not UTF-8).');
    const token = upgradeToken(request, url.searchParams);
    let granted: Access;
    let rotationsBefore: number;
    // A link rotated while this token was being checked may have been this one: check again.
    do {
      rotationsBefore = this.rotations;
      granted = await access.check(boardId, token);
    } while (this.rotations !== rotationsBefore);
    if (!granted.granted) {
      return refuse(refusalStatus[granted.refusal], granted.refusal, refusalMessage[granted.refusal], boardId);
    }
    // A personal link names its holder; the name and organisation in the URL are then ignored.
    const { link } = granted;
    const participant: Participant = {
      boardId,
      role: granted.role,
      name: link ? link.name : participantText(url.searchParams.get('name'), limits.displayName, 'Anonymous'),
      organisation: link ? link.organisation : participantText(url.searchParams.get('org'), limits.organisation, ''),
      linkId: link?.linkId ?? null,
      wantsNotices: url.searchParams.get(extensionParam) === '1',
    };
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, socket, participant));
  }

  private track(connection: Connection): void {
    const { boardId } = connection.participant;
    const onBoard = this.connectionsByBoard.get(boardId) ?? new Set<Connection>();
    this.connectionsByBoard.set(boardId, onBoard);
    onBoard.add(connection);
    this.connections.add(connection);
    connection.onClose(() => {
      this.connections.delete(connection);
      onBoard.delete(connection);
      if (onBoard.size === 0 && this.connectionsByBoard.get(boardId) === onBoard) this.connectionsByBoard.delete(boardId);
    });
  }

  private accept(ws: WebSocket, wire: Duplex, participant: Participant): void {
    const { log, metrics, rooms } = this.options;
    const connection = new Connection(ws, wire, participant, this.limits, log, metrics);
    this.track(connection);
    connection.logInfo({ event: 'connect' }, 'connected');
    rooms.join(participant.boardId, connection).then(
      (found) => {
        if (!found) connection.close(closeCodes.boardDeleted, 'This board no longer exists', 'board_gone');
      },
      (error: unknown) => {
        connection.log.error({ event: 'load-error', error: String(error) }, 'board could not be loaded');
        connection.close(closeCodes.serverError, 'The board could not be loaded; reconnecting', 'load_failed');
      },
    );
  }
}
