import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { messageSync, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  closeCodes,
  encodeCustomMessage,
  extensionParam,
  messageCustom,
  messageNotice,
  readCustomMessage,
  shouldReconnectAfterClose,
  syncPath,
  tokenSubprotocol,
} from '@partnerboard/protocol';
import type * as decoding from 'lib0/decoding';
import { showToast } from '../components/Toasts';
import { ServerClock } from '../meeting/serverClock';
import { BoardApiError, fetchBoardAccess } from './boardApi';
import { deleteLocalCopy, localCopyName } from './localCopy';
import { handleServerNotice } from './notices';
import { setUpdateListenersAside } from './yjsInternals';

/**
 * When a socket closes, y-websocket drops everyone else's presence but keeps its clocks. The server
 * sends the same presence again on the next socket (after joining, or on reconnecting), and Yjs
 * ignores it as not newer, so the others stay hidden until each renews theirs (up to 15 seconds).
 * Forgetting the clocks of those who were dropped lets their presence show again at once.
 */
function forgetPeerClocks(awareness: Awareness): void {
  for (const clientId of [...awareness.meta.keys()]) {
    if (clientId !== awareness.clientID && !awareness.states.has(clientId)) awareness.meta.delete(clientId);
  }
}

/** What the connection badge shows. 'revoked': the server closed the link for good; 'deleted': the board is gone. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'revoked' | 'deleted';

export interface ConnectionParams {
  boardId: string;
  token: string;
  name: string;
  organisation: string;
}

/**
 * How long the socket waits for the local copy before it connects anyway: a browser whose
 * IndexedDB is slow, or unavailable, still reaches the server.
 */
const localCopyWaitMs = 2000;

/** How often, at most, a socket refused at the upgrade makes the connection ask the API why. */
const linkCheckEveryMs = 30_000;

function syncUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${syncPath}`;
}

/**
 * One open board: the Y.Doc, its local copy in IndexedDB, and its live link to the server.
 * The local copy loads first, so a board opened offline shows what this browser last had, and
 * edits made offline are kept across reloads and sent when the server is back. The socket opens
 * once it has loaded: the server then learns from the first sync message what this browser
 * already holds and sends only the rest, and this browser sends it only what it lacks, rather
 * than the whole board both ways.
 */
export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly persistence: IndexeddbPersistence;
  readonly provider: WebsocketProvider;
  /** Resolves once the local copy is loaded into the doc. */
  readonly localCopyLoaded: Promise<void>;

  private state: ConnectionState;
  private everConnected = false;
  private tokenOfSocket: string;
  private ownRotation: Promise<string | null> | null = null;
  private readonly listeners = new Set<() => void>();
  private destroyed = false;
  /** Set while I am deleting the board myself: the server's close then ends nothing on screen. */
  private deletingHere = false;
  private localCopyForgotten = false;
  private linkCheckedAt = Number.NEGATIVE_INFINITY;
  private readonly customListeners = new Map<string, Set<(body: unknown) => void>>();
  /** The server's time, for the meeting's timer. */
  readonly serverClock: ServerClock;

  constructor(private readonly params: ConnectionParams) {
    this.persistence = new IndexeddbPersistence(localCopyName(params.boardId), this.doc);
    this.localCopyLoaded = this.persistence.whenSynced.then(() => undefined);
    this.tokenOfSocket = params.token;
    this.state = navigator.onLine ? 'connecting' : 'offline';
    this.provider = new WebsocketProvider(syncUrl(), params.boardId, this.doc, {
      connect: false,
      // Tabs sync through the server, never directly: a viewer tab must not hand its edits to an editor tab.
      disableBc: true,
      params: this.socketParams(params),
      protocols: [tokenSubprotocol(params.token)],
      shouldReconnect: (event) => shouldReconnectAfterClose(event.code),
    });
    this.provider.messageHandlers[messageNotice] = (_encoder, decoder) => handleServerNotice(decoder);
    // Custom messages belong to features that listen for their type (onCustomMessage); any other is ignored.
    this.provider.messageHandlers[messageCustom] = (_encoder, decoder) => this.handleCustomMessage(decoder);
    this.applyWholeBoardsQuietly();
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.onSync);
    this.provider.on('closed', this.onClosed);
    this.provider.on('connection-close', this.onConnectionClose);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.connectOnceLocalCopyLoaded();
    this.serverClock = new ServerClock(this);
  }

  get awareness(): Awareness {
    return this.provider.awareness;
  }

  /** True once the server has sent the whole board at least once in this connection. */
  get synced(): boolean {
    return this.provider.synced;
  }

  /** True when the doc holds anything (from the local copy or the server). */
  get hasContent(): boolean {
    return this.doc.store.clients.size > 0;
  }

  getState = (): ConnectionState => this.state;

  isSynced = (): boolean => this.provider.synced;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Listens to the server's custom messages of one type (their bodies unchecked); returns the way to stop. */
  onCustomMessage(type: string, listener: (body: unknown) => void): () => void {
    const listeners = this.customListeners.get(type) ?? new Set();
    this.customListeners.set(type, listeners);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Sends a custom message to the server; false when the socket is not open (the feature asks again once connected). */
  sendCustom(type: string, body: unknown): boolean {
    const socket = this.provider.ws;
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(encodeCustomMessage(type, body));
    return true;
  }

  /** Changes the name and organisation the server attributes my edits to (takes effect on a new socket). */
  setIdentity(name: string, organisation: string): void {
    if (this.params.name === name && this.params.organisation === organisation) return;
    this.params.name = name;
    this.params.organisation = organisation;
    this.reopen();
  }

  /**
   * I am rotating my own link: the server will close my socket with the revoked code, and this
   * connection should come back with the new token instead of showing the revoked page.
   */
  expectOwnRotation(newToken: Promise<string | null>): void {
    const pending = newToken.then((token) => {
      if (token) {
        this.params.token = token;
        this.provider.params = this.socketParams(this.params);
        this.provider.protocols = [tokenSubprotocol(token)];
      }
      return token;
    });
    this.ownRotation = pending;
    void pending.finally(() => {
      if (this.ownRotation === pending) this.ownRotation = null;
    });
  }

  /**
   * I am deleting the board: the server will close my socket with boardDeleted, and this browser
   * goes to the start page instead of showing the deleted page. False again if the deletion failed.
   */
  expectOwnDeletion(expected: boolean): void {
    this.deletingHere = expected;
  }

  /**
   * Stops syncing and deletes this browser's copy of the board, so that it is not opened from it
   * again. The deletion itself waits for any other tab that has the copy open to let go of it.
   */
  async forgetLocalCopy(): Promise<void> {
    this.localCopyForgotten = true;
    this.provider.destroy();
    await this.persistence.destroy();
    void deleteLocalCopy(this.params.boardId);
  }

  destroy(): void {
    this.destroyed = true;
    this.serverClock.stop();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSync);
    this.provider.off('closed', this.onClosed);
    this.provider.off('connection-close', this.onConnectionClose);
    this.provider.awareness.destroy();
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
    this.listeners.clear();
    this.customListeners.clear();
  }

  private handleCustomMessage(decoder: decoding.Decoder): void {
    let message: ReturnType<typeof readCustomMessage>;
    try {
      message = readCustomMessage(decoder);
    } catch {
      // Not a type and a JSON body: nothing a feature could read.
      return;
    }
    for (const listener of this.customListeners.get(message.type) ?? []) listener(message.body);
  }

  /** Connects when the local copy is in the doc, or after localCopyWaitMs, unless offline, revoked or already connecting. */
  private connectOnceLocalCopyLoaded(): void {
    const connect = (): void => {
      clearTimeout(timer);
      if (this.destroyed || this.isOver() || !navigator.onLine || this.provider.ws) return;
      this.provider.connect();
    };
    const timer = setTimeout(connect, localCopyWaitMs);
    void this.localCopyLoaded.then(connect);
  }

  /**
   * Yjs writes everything a transaction changed out again for the document's `update` listeners,
   * which is slow for a whole large board. Their two
   * listeners need none of it when the board is applied whole from either side:
   * - A board this browser has never held arrives whole from the server. y-websocket sends nothing
   *   that came from the server, and y-indexeddb would store it as the local copy, which is written
   *   whole instead, from the document, once the board is on screen.
   * - A board it holds is loaded whole from the local copy (y-indexeddb applies it in one
   *   transaction with itself as origin, and stores nothing of it). y-websocket would send it to
   *   the server, but the socket opens once the local copy has loaded, and the first sync then
   *   sends the server what it lacks; should the socket already be open (IndexedDB slower than
   *   localCopyWaitMs), the load is applied as it always was, and shared.
   * The board's view re-reads after each transaction that changed the document, not on `update`
   * (see useLiveBoard), so it is drawn as before. Every other change is applied as it always was.
   */
  private applyWholeBoardsQuietly(): void {
    const handleSync = this.provider.messageHandlers[messageSync];
    if (handleSync) {
      this.provider.messageHandlers[messageSync] = (...args) => {
        if (this.hasContent) return handleSync(...args);
        const restore = setUpdateListenersAside(this.doc);
        try {
          handleSync(...args);
        } finally {
          restore();
        }
        if (this.hasContent) this.storeLocalCopySoon();
      };
    }
    this.doc.on('beforeTransaction', (transaction) => {
      if (transaction.origin !== this.persistence || this.provider.wsconnected) return;
      // Yjs emits `update` after the transaction's last event; the load's promise callback ends
      // with the transaction, so the listeners are back before anything else can change the document.
      queueMicrotask(setUpdateListenersAside(this.doc));
    });
  }

  /** Writes the whole document as the local copy, once the browser has drawn the board and has a moment. */
  private storeLocalCopySoon(): void {
    const store = (): void => {
      if (this.destroyed || this.isOver() || this.localCopyForgotten) return;
      void storeState(this.persistence, true);
    };
    void this.localCopyLoaded.then(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(store, { timeout: 2000 });
      else setTimeout(store, 500);
    });
  }

  /** The token travels as a subprotocol (see protocols), never in the address, which proxies log. */
  private socketParams(params: ConnectionParams): Record<string, string> {
    // ext=1 opts in to the server's notices (refused writes, rate limits).
    return { name: params.name, org: params.organisation, [extensionParam]: '1' };
  }

  private reopen(): void {
    this.provider.params = this.socketParams(this.params);
    this.provider.protocols = [tokenSubprotocol(this.params.token)];
    if (this.isOver()) return;
    if (this.provider.ws) {
      this.provider.disconnect();
      if (navigator.onLine) this.provider.connect();
    }
  }

  /** The link was withdrawn or the board deleted: nothing more is synced or stored. */
  private isOver(): boolean {
    return this.state === 'revoked' || this.state === 'deleted';
  }

  private setState(next: ConnectionState): void {
    if (this.state === next || this.isOver()) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private readonly onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }): void => {
    if (status === 'connecting') {
      this.tokenOfSocket = this.params.token;
      this.setState(this.everConnected ? 'reconnecting' : 'connecting');
    } else if (status === 'connected') {
      this.everConnected = true;
      this.setState('connected');
    } else {
      forgetPeerClocks(this.provider.awareness);
      this.setState(navigator.onLine ? 'reconnecting' : 'offline');
    }
  };

  private readonly onSync = (): void => {
    for (const listener of this.listeners) listener();
  };

  private readonly onClosed = ({ code }: { code: number; reason: string }): void => {
    if (code === closeCodes.boardDeleted) {
      if (!this.deletingHere) this.markDeleted();
      return;
    }
    if (code !== closeCodes.tokenRevoked) {
      // The server refused what this client sent (malformed or too large); retrying would repeat it.
      showToast({
        tone: 'error',
        message: 'The server closed the connection because of a change it could not accept. Reload the page to reconnect.',
      });
      return;
    }
    if (this.tokenOfSocket !== this.params.token) {
      // The socket that was closed used my old token; I already hold the new one.
      this.provider.connect();
      return;
    }
    const rotation = this.ownRotation;
    if (rotation) {
      void rotation.then((token) => (token ? this.provider.connect() : this.revoke()));
      return;
    }
    this.revoke();
  };

  /**
   * A socket refused at the upgrade closes with 1006 and nothing more (a browser shows no HTTP
   * status): when the board was deleted, or the link replaced, while this tab was away, it would
   * retry for ever. The API says which, at most every linkCheckEveryMs.
   */
  private readonly onConnectionClose = (event: CloseEvent | null): void => {
    if (event?.code !== 1006 || this.state === 'connected' || this.isOver()) return;
    const now = performance.now();
    if (now - this.linkCheckedAt < linkCheckEveryMs) return;
    this.linkCheckedAt = now;
    fetchBoardAccess(this.params.boardId, this.params.token).catch((error: unknown) => {
      if (this.destroyed || !(error instanceof BoardApiError)) return;
      if (error.status === 404) this.markDeleted();
      else if (error.status === 401 || error.status === 403) this.revoke();
    });
  };

  private markDeleted(): void {
    // Nothing of the board is kept: there is no board to sync it with any more.
    this.provider.destroy();
    void this.persistence.clearData();
    this.setState('deleted');
  }

  private revoke(): void {
    // The link was withdrawn: stop at once, and do not keep a copy of a plan this link may no longer see.
    this.provider.destroy();
    void this.persistence.clearData();
    this.setState('revoked');
  }

  private readonly onOnline = (): void => {
    if (this.isOver()) return;
    this.setState('reconnecting');
    this.provider.connect();
  };

  private readonly onOffline = (): void => {
    if (this.isOver()) return;
    // The browser knows the network is gone: stop waiting on a dead socket, keep editing locally.
    this.provider.disconnect();
    this.setState('offline');
  };
}
