import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

// Three levels up from this file: apps/server/src/config.ts in development, and the production
// bundle apps/server/dist/main.js, sit at the same depth.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Thrown for a bad environment; its message names every bad variable and what it should be. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const storeKinds = ['sqlite', 'memory'] as const;
const sqliteSynchronousModes = ['normal', 'full'] as const;

function wholeNumber(min: number, max: number, fallback: number) {
  const expected = `expected a whole number from ${min} to ${max}`;
  return z._default(
    z.coerce.number({ error: expected }).check(z.refine(Number.isSafeInteger, expected), z.gte(min, expected), z.lte(max, expected)),
    fallback,
  );
}

function optionalWholeNumber(min: number, max: number) {
  const expected = `expected a whole number from ${min} to ${max}`;
  return z.optional(
    z.coerce.number({ error: expected }).check(z.refine(Number.isSafeInteger, expected), z.gte(min, expected), z.lte(max, expected)),
  );
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z._default(z.enum(values, { error: `expected one of: ${values.join(', ')}` }), fallback);
}

function text(fallback: string) {
  return z._default(z.string({ error: 'expected text' }), fallback);
}

// Never echo these back: they can hold passwords.
const secretVariables = new Set(['ADMIN_KEY', 'METRICS_TOKEN', 'DATABASE_URL', 'REDIS_URL']);

/** The environment the server reads; docs/operations.md's table is checked against it. */
export const envSchema = z.object({
  PORT: wholeNumber(0, 65_535, 8787),
  HOST: text('0.0.0.0'),
  DATA_DIR: text(resolve(repoRoot, 'data')),
  STORE: oneOf(storeKinds, 'sqlite'),
  SQLITE_SYNCHRONOUS: oneOf(sqliteSynchronousModes, 'normal'),
  WEB_DIST: text(resolve(repoRoot, 'apps/web/dist')),
  ADMIN_KEY: z.optional(z.string({ error: 'expected text' }).check(z.minLength(16, 'use at least 16 characters'))),
  // A client back from offline (or one whose server was restored from a backup) sends everything
  // the server lacks as one message: a whole board of 2,000 actions is about 1 MiB. 8 MiB leaves
  // room for eight times that, where 1 MiB refused such a catch-up on every reconnect.
  MAX_MESSAGE_BYTES: wholeNumber(1024, 64 * 1024 * 1024, 8 * 1024 * 1024),
  // Bytes of messages still arriving, across every connection (see IncomingBudget).
  MAX_INCOMING_BYTES: wholeNumber(1024, 16 * 1024 * 1024 * 1024, 64 * 1024 * 1024),
  MAX_BODY_BYTES: wholeNumber(1024, 16 * 1024 * 1024, 64 * 1024),
  MAX_BUFFERED_BYTES: wholeNumber(64 * 1024, 1024 * 1024 * 1024, 8 * 1024 * 1024),
  // A meeting of 200 people, some with a second tab open, fits.
  MAX_CONNECTIONS_PER_BOARD: wholeNumber(1, 100_000, 300),
  MESSAGES_PER_SECOND: wholeNumber(1, 100_000, 100),
  MESSAGE_BURST: wholeNumber(1, 1_000_000, 300),
  // Bytes of messages a connection may send each second, on top of twice MAX_MESSAGE_BYTES at once
  // (so a whole catch-up always gets through). Each byte of an update is decoded before anything
  // else is read, and that time is taken from every other board.
  BYTES_PER_SECOND: wholeNumber(1024, 1024 * 1024 * 1024, 1024 * 1024),
  CREATE_BOARDS_PER_MINUTE: wholeNumber(1, 1_000_000, 30),
  UNLOAD_AFTER_MS: wholeNumber(0, 24 * 60 * 60 * 1000, 30_000),
  COMPACT_AFTER_UPDATES: wholeNumber(1, 10_000_000, 500),
  // What a board stored before updates were checked may hold of updates waiting for changes the
  // server never received (Yjs keeps them "pending", invisible); past it they are dropped on load.
  // The board-shape check refuses such updates as they arrive.
  MAX_PENDING_BYTES: wholeNumber(1024, 1024 * 1024 * 1024, 1024 * 1024),
  // A browser sends its request headers at once; 10 s leaves room for a slow mobile link, and a
  // socket that connects and sends nothing is closed after the same time.
  HEADERS_TIMEOUT_MS: wholeNumber(1000, 10 * 60 * 1000, 10_000),
  // The largest body (MAX_BODY_BYTES) takes well under a second on any real link; 30 s ends a trickle.
  REQUEST_TIMEOUT_MS: wholeNumber(1000, 60 * 60 * 1000, 30_000),
  // Browsers reuse an idle connection within a few seconds or not at all; longer only holds sockets.
  KEEP_ALIVE_TIMEOUT_MS: wholeNumber(1000, 10 * 60 * 1000, 5_000),
  // A meeting of 200 people behind one office NAT, each with a board socket, some with a second
  // tab, and the browsers' HTTP sockets while the page loads, stays below it.
  MAX_CONNECTIONS_PER_ADDRESS: wholeNumber(1, 1_000_000, 1024),
  METRICS_TOKEN: z.optional(z.string({ error: 'expected text' }).check(z.minLength(16, 'use at least 16 characters'))),
  METRICS_PORT: optionalWholeNumber(0, 65_535),
  METRICS_HOST: text('127.0.0.1'),
  LOG_LEVEL: oneOf(logLevels, 'info'),
  DATABASE_URL: z.optional(
    z
      .string({ error: 'expected a postgres:// or postgresql:// URL' })
      .check(z.regex(/^postgres(ql)?:\/\/\S+$/, 'expected a postgres:// or postgresql:// URL'), z.refine((url: string) => URL.canParse(url), 'expected a postgres:// or postgresql:// URL')),
  ),
  REDIS_URL: z.optional(
    z.string({ error: 'expected a redis:// or rediss:// URL' }).check(z.regex(/^rediss?:\/\/\S+$/, 'expected a redis:// or rediss:// URL')),
  ),
}).check(
  z.superRefine((e, context) => {
    if (e.REQUEST_TIMEOUT_MS < e.HEADERS_TIMEOUT_MS) {
      context.addIssue({
        code: 'custom',
        path: ['REQUEST_TIMEOUT_MS'],
        message: `must be at least HEADERS_TIMEOUT_MS (${e.HEADERS_TIMEOUT_MS}): the headers are part of the request`,
      });
    }
    if (e.REDIS_URL !== undefined && e.DATABASE_URL === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['REDIS_URL'],
        message: 'needs DATABASE_URL too: the processes that Redis joins must share one PostgreSQL store',
      });
    }
    if (e.METRICS_PORT !== undefined && e.METRICS_PORT === e.PORT && e.PORT !== 0) {
      context.addIssue({ code: 'custom', path: ['METRICS_PORT'], message: `must differ from PORT (${e.PORT})` });
    }
    if (e.MAX_INCOMING_BYTES < e.MAX_MESSAGE_BYTES) {
      context.addIssue({
        code: 'custom',
        path: ['MAX_INCOMING_BYTES'],
        message: `must be at least MAX_MESSAGE_BYTES (${e.MAX_MESSAGE_BYTES}), or a message of that size could never arrive`,
      });
    }
  }),
);

export type SqliteSynchronous = (typeof sqliteSynchronousModes)[number];

/** Everything the server can be configured with; `parseConfig` reads it from the environment. */
export interface Config {
  /** 0 picks a free port (tests). */
  port: number;
  host: string;
  dataDir: string;
  /** 'memory' keeps boards in process memory, never durable: only for benchmarks that measure what storage costs. */
  store: (typeof storeKinds)[number];
  /**
   * 'normal': a commit is in the WAL (the OS page cache) before an edit is shared, so it survives a
   * killed server process. 'full' also fsyncs every commit, so it survives a power cut, at the
   * cost of one disk flush per commit.
   */
  sqliteSynchronous: SqliteSynchronous;
  /** The built web app (apps/web/dist) to serve. */
  webDist: string;
  /** When set, creating a board needs `Authorization: Bearer <adminKey>`. */
  adminKey: string | undefined;
  /** When set, boards are kept in this PostgreSQL database (and DATA_DIR is not used), so that several server processes can share them. */
  databaseUrl: string | undefined;
  /** When set, this process shares its boards with every other on the same Redis and PostgreSQL (see docs/deployment.md). */
  redisUrl: string | undefined;
  maxMessageBytes: number;
  /** Bytes of messages still arriving, across every connection; past it the connection holding most is closed. */
  maxIncomingBytes: number;
  maxBodyBytes: number;
  /** A connection whose unsent data passes this is a slow consumer and is closed. */
  maxBufferedBytes: number;
  maxConnectionsPerBoard: number;
  messagesPerSecond: number;
  messageBurst: number;
  /** Bytes of messages a connection may send each second, after twice maxMessageBytes at once. */
  bytesPerSecond: number;
  createBoardsPerMinute: number;
  unloadAfterMs: number;
  compactAfterUpdates: number;
  /** Bytes of pending (waiting) updates a board stored before updates were checked may hold; past it they are dropped on load. */
  maxPendingBytes: number;
  /** Time a client has to send its request headers, from the moment it connects. */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, headers and body. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is held open for the next request. */
  keepAliveTimeoutMs: number;
  /** Open sockets (HTTP and WebSocket together) one client address may hold; more are destroyed at once. */
  maxConnectionsPerAddress: number;
  /** When set, GET /metrics on the main port needs `Authorization: Bearer <metricsToken>`. */
  metricsToken: string | undefined;
  /** When set, /metrics is also served on its own listener at metricsHost:metricsPort (0 picks a free port). */
  metricsPort: number | undefined;
  metricsHost: string;
  logLevel: (typeof logLevels)[number];
}

/** Reads the server configuration from environment variables, or throws a ConfigError naming each bad one. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (`ADMIN_KEY=`) means "not set", as in most shells' .env files.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const value = given[name];
      const shown = value === undefined || secretVariables.has(name) ? '' : ` (got ${JSON.stringify(value)})`;
      return `  ${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Partnerboard cannot start, the configuration is invalid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    store: e.STORE,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    webDist: resolve(e.WEB_DIST),
    adminKey: e.ADMIN_KEY,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxIncomingBytes: e.MAX_INCOMING_BYTES,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxBufferedBytes: e.MAX_BUFFERED_BYTES,
    maxConnectionsPerBoard: e.MAX_CONNECTIONS_PER_BOARD,
    messagesPerSecond: e.MESSAGES_PER_SECOND,
    messageBurst: e.MESSAGE_BURST,
    bytesPerSecond: e.BYTES_PER_SECOND,
    createBoardsPerMinute: e.CREATE_BOARDS_PER_MINUTE,
    unloadAfterMs: e.UNLOAD_AFTER_MS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    maxPendingBytes: e.MAX_PENDING_BYTES,
    headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    maxConnectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS,
    metricsToken: e.METRICS_TOKEN,
    metricsPort: e.METRICS_PORT,
    metricsHost: e.METRICS_HOST,
    logLevel: e.LOG_LEVEL,
  };
}
