import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createGoal, readBoard } from '@partnerboard/board';
import type { CreateBoardResponse, Role } from '@partnerboard/protocol';
import { parseConfig, type Config } from '../src/config.ts';
import { startServer, type RunningServer, type StartOptions } from '../src/startServer.ts';
import type { StoredBoard } from '../src/storage/BoardStore.ts';
import { SqliteBoardStore } from '../src/storage/sqlite/SqliteBoardStore.ts';

export interface TestServer extends RunningServer {
  config: Config;
  dataDir: string;
  /** Base URL for y-websocket: `${syncUrl}/<boardId>`. */
  syncUrl: string;
  api(path: string, init?: RequestInit): Promise<Response>;
  createBoard(body?: Record<string, unknown>): Promise<CreateBoardResponse>;
  /** Stops the server and deletes its data directory. */
  stop(): Promise<void>;
}

/** A real server on a free port with SQLite in a fresh temporary directory. */
/** BYTES_PER_SECOND as high as it goes, for tests that flood a server on purpose to test something else. */
export const unlimitedBytes = String(1024 * 1024 * 1024);

/** METRICS_TOKEN of every test server unless a test sets its own; `api('/metrics')` sends it. */
export const testMetricsToken = 'metrics-token-for-tests';

export async function startTestServer(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'partnerboard-test-'));
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    WEB_DIST: join(dataDir, 'no-web-build'),
    LOG_LEVEL: 'silent',
    CREATE_BOARDS_PER_MINUTE: '10000',
    // Every test client comes from 127.0.0.1; the tests of the cap set their own.
    MAX_CONNECTIONS_PER_ADDRESS: '100000',
    METRICS_TOKEN: testMetricsToken,
    ...env,
  });
  const server = await startServer(config, options);
  const base = `http://127.0.0.1:${server.port}`;
  const api = (path: string, init?: RequestInit) => {
    if (path !== '/metrics' || !config.metricsToken || new Headers(init?.headers).has('authorization')) return fetch(`${base}${path}`, init);
    return fetch(`${base}${path}`, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), Authorization: `Bearer ${config.metricsToken}` } });
  };
  return {
    ...server,
    config,
    dataDir,
    syncUrl: `ws://127.0.0.1:${server.port}/sync`,
    api,
    async createBoard(body = { title: 'Hospital discharge: Mrs Patel' }) {
      const response = await api('/api/boards', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`createBoard answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as CreateBoardResponse;
    },
    async stop() {
      await server.close();
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Gives each test of the calling suite a fresh server with one new board (handed to `use` before the test),
 * and afterwards closes the clients the test left in `clients` and stops the server.
 */
export function freshBoardForEachTest(clients: TestClient[], use: (fresh: { server: TestServer; board: CreateBoardResponse }) => void): void {
  let server: TestServer | undefined;
  beforeEach(async () => {
    server = await startTestServer();
    use({ server, board: await server.createBoard() });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.stop();
  });
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server has completed. */
  synced: Promise<void>;
  destroy(): void;
}

/**
 * Makes room for `count` stock clients in this process: each adds a listener for the process's
 * `exit` (y-websocket closes its socket there), and Node warns of a leak beyond ten.
 */
export function allowClientsInProcess(count: number): void {
  process.setMaxListeners(Math.max(process.getMaxListeners(), count + 10));
}

/** A stock y-websocket client in Node, as a browser would connect. */
export function connectClient(
  syncUrl: string,
  boardId: string,
  token: string,
  params: Record<string, string> = {},
  doc = new Y.Doc(),
): TestClient {
  const provider = new WebsocketProvider(syncUrl, boardId, doc, {
    params: { token, name: 'Test person', org: 'Test organisation', ...params },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, clients in one process would sync past the server.
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** A real server with one board and two editors on it, synced: the ward and the council. */
export interface SharedBoard {
  server: TestServer;
  board: CreateBoardResponse;
  ward: TestClient;
  council: TestClient;
  /** Resolves once a goal the ward adds reaches the council: the board is still shared. */
  othersKeepSyncing(title: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startSharedBoard(env: Record<string, string> = {}): Promise<SharedBoard> {
  const server = await startTestServer(env);
  const board = await server.createBoard();
  const ward = connectClient(server.syncUrl, board.id, board.tokens.editor);
  const council = connectClient(server.syncUrl, board.id, board.tokens.editor);
  await Promise.all([ward.synced, council.synced]);
  return {
    server,
    board,
    ward,
    council,
    async othersKeepSyncing(title) {
      const goal = createGoal(ward.doc, { title });
      await eventually(council.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
    },
    async stop() {
      ward.destroy();
      council.destroy();
      await server.stop();
    },
  };
}

/**
 * Resolves once `check(doc)` is true, re-checking after every update the doc receives. With
 * `within`, rejects with "`what` did not happen within …" instead of waiting for ever, so that a
 * board that stopped being shared fails a long test at once.
 */
export function eventually(doc: Y.Doc, check: (doc: Y.Doc) => boolean, within?: { what: string; timeoutMs: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check(doc)) return resolve();
    const timer = within && setTimeout(() => {
      doc.off('afterTransaction', onUpdate);
      reject(new Error(`${within.what} did not happen within ${within.timeoutMs / 1000} s`));
    }, within.timeoutMs);
    const onUpdate = () => {
      if (!check(doc)) return;
      doc.off('afterTransaction', onUpdate);
      clearTimeout(timer);
      resolve();
    };
    doc.on('afterTransaction', onUpdate);
  });
}

/** Whether `doc` holds everything in `other` (applying other's state would change nothing). */
export function contains(doc: Y.Doc, other: Y.Doc): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(other))) {
    if ((have.get(client) ?? 0) < clock) return false;
  }
  return true;
}

export interface RawSocket {
  socket: WebSocket;
  received: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  /** The next frame received from now on. */
  nextFrame(): Promise<Uint8Array>;
  /** The next frame from now on for which `test` is true. */
  nextFrameWhere(test: (frame: Uint8Array) => boolean): Promise<Uint8Array>;
}

/** A bare `ws` client, for sending frames no stock client would send. */
export function rawSocket(url: string): RawSocket {
  const socket = new WebSocket(url);
  const received: Uint8Array[] = [];
  let waiting: { test: (frame: Uint8Array) => boolean; resolve: (frame: Uint8Array) => void }[] = [];
  socket.on('message', (data: Buffer) => {
    const frame = new Uint8Array(data);
    received.push(frame);
    const matched = waiting.filter(({ test }) => test(frame));
    waiting = waiting.filter((waiter) => !matched.includes(waiter));
    for (const { resolve } of matched) resolve(frame);
  });
  const nextFrameWhere = (test: (frame: Uint8Array) => boolean) =>
    new Promise<Uint8Array>((resolve) => waiting.push({ test, resolve }));
  return {
    socket,
    received,
    opened: new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    }),
    closed: new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
    nextFrame: () => nextFrameWhere(() => true),
    nextFrameWhere,
  };
}

/** Opens a socket that the server should refuse at the upgrade; resolves with the HTTP status and whether any frame arrived. */
export function refusedUpgrade(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('open', () => reject(new Error('the server accepted the connection')));
    socket.on('message', () => reject(new Error('the server sent a frame')));
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.on('error', () => {});
  });
}

export function syncAddress(server: TestServer, boardId: string, token?: string, role?: Role): string {
  const params = new URLSearchParams();
  if (token !== undefined) params.set('token', token);
  params.set('name', role ? `A ${role}` : 'Someone');
  return `${server.syncUrl}/${boardId}?${params.toString()}`;
}

export type LogEntry = Record<string, unknown> & { event?: string; msg?: string; level: number };

/** A pino destination that keeps every line, so tests can await what the server logs. */
export class LogCollector {
  readonly lines: string[] = [];
  readonly entries: LogEntry[] = [];
  private waiters: { test: (entry: LogEntry) => boolean; resolve: (entry: LogEntry) => void }[] = [];

  write(line: string): void {
    this.lines.push(line);
    const entry = JSON.parse(line) as LogEntry;
    this.entries.push(entry);
    const matched = this.waiters.filter(({ test }) => test(entry));
    this.waiters = this.waiters.filter((waiter) => !matched.includes(waiter));
    for (const { resolve } of matched) resolve(entry);
  }

  /** Resolves with the next entry (from now on) that passes `test`. */
  next(test: (entry: LogEntry) => boolean): Promise<LogEntry> {
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  count(test: (entry: LogEntry) => boolean): number {
    return this.entries.filter(test).length;
  }
}

/**
 * A board as the server stored it in the SQLite file in `dataDir`, read through a second handle,
 * and rebuilt: `doc` is its snapshot with every update after it applied.
 */
export async function storedBoard(dataDir: string, boardId: string): Promise<{ doc: Y.Doc; stored: StoredBoard }> {
  const store = SqliteBoardStore.open(dataDir);
  let stored: StoredBoard | null;
  try {
    stored = await store.loadBoard(boardId);
  } finally {
    await store.close();
  }
  if (!stored) throw new Error(`There is no board ${boardId} in ${dataDir}`);
  const doc = new Y.Doc();
  for (const update of [stored.snapshot, ...stored.updates]) Y.applyUpdate(doc, update);
  return { doc, stored };
}
