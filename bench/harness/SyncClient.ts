import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeCustomMessage, messageCustom, readCustomMessage, type CustomMessage } from '../../packages/protocol/src/index';

const messageSync = 0;
/** An update with no changes: what an observer, which keeps no copy, answers sync step 1 with. */
const emptyUpdate = Y.encodeStateAsUpdate(new Y.Doc());
const emptyStateVector = Y.encodeStateVector(new Y.Doc());

export interface SyncClientOptions {
  /**
   * A client with a doc keeps a full copy of the board, applies what arrives and sends its own
   * edits, as a browser does. Without one it is an observer: it asks for everything, reads what
   * arrives and keeps nothing, which makes hundreds of readers cheap for the benchmark process.
   */
  doc?: Y.Doc;
  /** Called for every update the server sends (sync step 2 included), after a doc client applied it. */
  onUpdate?: (update: Uint8Array, receivedAt: number) => void;
  /**
   * Track which of our own edits the server has shared back, for `acknowledged()` (default true).
   * It reads the metadata of each update that arrives while edits are outstanding; a writer that
   * counts its echoes itself turns it off.
   */
  trackEchoes?: boolean;
  /**
   * Apply what the server sends to the doc (default true). A writer that only ever edits what it
   * created itself can skip it, so that the benchmark's clients, not the server, stay cheap.
   */
  applyIncoming?: boolean;
  /** Called for every custom message the server sends (Partnerboard only, on a sync address with ext=1). */
  onCustom?: (message: CustomMessage, receivedAt: number) => void;
}

/**
 * A y-websocket protocol client over `ws` (sync and custom messages; awareness is ignored), the same for
 * Partnerboard and the reference server. Lighter than the stock provider: no awareness timers, no
 * reconnection, no BroadcastChannel.
 */
export class SyncClient {
  /** Resolves when the server's sync step 2 (everything it had when we asked) has arrived. */
  readonly synced: Promise<void>;
  readonly closed: Promise<number>;
  private markSynced!: () => void;
  private ackWaiters: { clock: number; resolve: () => void }[] = [];
  /** Our own clock as far as the server has shared it back. */
  private echoedClock = 0;

  private constructor(
    private readonly socket: WebSocket,
    private readonly options: SyncClientOptions,
  ) {
    this.synced = new Promise((resolve) => (this.markSynced = resolve));
    this.closed = new Promise((resolve) => socket.once('close', (code) => resolve(code)));
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer) => this.receive(data));
    options.doc?.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(syncFrame(syncProtocol.messageYjsUpdate, update));
    });
    // Ask for everything the server has that we lack.
    const stateVector = options.doc ? Y.encodeStateVector(options.doc) : emptyStateVector;
    this.send(syncFrame(syncProtocol.messageYjsSyncStep1, stateVector));
  }

  /** Opens a socket to a sync address and starts syncing; resolves once the socket is open. */
  static open(url: string, options: SyncClientOptions = {}): Promise<SyncClient> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        socket.off('error', reject);
        socket.on('error', () => {});
        resolve(new SyncClient(socket, options));
      });
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`${url.split('?')[0]} refused the connection: HTTP ${response.statusCode}`)),
      );
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /**
   * Resolves once the server has shared back everything this client has written: both servers
   * send every update to all connections, the sender included.
   */
  acknowledged(): Promise<void> {
    const { doc } = this.options;
    if (!doc) return Promise.resolve();
    const clock = Y.getState(doc.store, doc.clientID);
    if (clock <= this.echoedClock) return Promise.resolve();
    return new Promise((resolve) => this.ackWaiters.push({ clock, resolve }));
  }

  close(): Promise<number> {
    if (this.socket.readyState === WebSocket.CLOSED) return this.closed;
    this.socket.close();
    return this.closed;
  }

  /** Sends a custom message (Partnerboard only; the sync address needs ext=1). */
  sendCustom(type: string, body: unknown): void {
    this.send(encodeCustomMessage(type, body));
  }

  private send(frame: Uint8Array): void {
    if (this.isOpen) this.socket.send(frame);
  }

  private receive(data: Buffer): void {
    const receivedAt = performance.now();
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    const kind = decoding.readVarUint(decoder);
    if (kind === messageCustom) this.options.onCustom?.(readCustomMessage(decoder), receivedAt);
    if (kind !== messageSync) return;
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    const { doc, onUpdate } = this.options;
    if (step === syncProtocol.messageYjsSyncStep1) {
      const answer = doc ? Y.encodeStateAsUpdate(doc, payload) : emptyUpdate;
      this.send(syncFrame(syncProtocol.messageYjsSyncStep2, answer));
      return;
    }
    if (doc && this.options.applyIncoming !== false) {
      Y.applyUpdate(doc, payload, this);
      if (this.options.trackEchoes !== false && Y.getState(doc.store, doc.clientID) > this.echoedClock) {
        this.noteEcho(payload, doc.clientID);
      }
    }
    onUpdate?.(payload, receivedAt);
    if (step === syncProtocol.messageYjsSyncStep2) this.markSynced();
  }

  private noteEcho(update: Uint8Array, clientID: number): void {
    this.echoedClock = Math.max(this.echoedClock, Y.parseUpdateMeta(update).to.get(clientID) ?? 0);
    const done = this.ackWaiters.filter(({ clock }) => clock <= this.echoedClock);
    this.ackWaiters = this.ackWaiters.filter(({ clock }) => clock > this.echoedClock);
    for (const { resolve } of done) resolve();
  }
}

/** A y-websocket sync message: step 1 carries a state vector, step 2 and update carry an update. */
function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
