import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeCodes } from '@partnerboard/protocol';
import { BoardAccess } from './auth/BoardAccess.ts';
import type { Config } from './config.ts';
import { ConnectionsPerAddress } from './http/ConnectionsPerAddress.ts';
import { HttpApp } from './http/HttpApp.ts';
import { metricsGate, sendMetrics } from './http/metricsAccess.ts';
import { ApiError, sendError } from './http/responses.ts';
import { boardRoutes } from './http/routes/boards.ts';
import { exportRoutes } from './http/routes/exports.ts';
import { linkRoutes } from './http/routes/links.ts';
import { snapshotRoutes } from './http/routes/snapshots.ts';
import { securityHeaders } from './http/securityHeaders.ts';
import { StaticFiles } from './http/StaticFiles.ts';
import { RateLimitByKey } from './limits/RateLimitByKey.ts';
import { createLogger, type Logger } from './logger.ts';
import { Metrics } from './metrics.ts';
import type { BoardStore } from './storage/BoardStore.ts';
import { InMemoryBoardStore } from './storage/memory/InMemoryBoardStore.ts';
import { PgBoardStore } from './storage/postgres/PgBoardStore.ts';
import { DataDirLock } from './storage/sqlite/DataDirLock.ts';
import { SqliteBoardStore } from './storage/sqlite/SqliteBoardStore.ts';
import type { RoomExtension } from './sync/RoomExtension.ts';
import { RedisFanOut } from './scaleout/RedisFanOut.ts';
import { Rooms } from './sync/Rooms.ts';
import { SyncEndpoint } from './sync/SyncEndpoint.ts';

export interface RunningServer {
  /** http://localhost:PORT (or the host it listens on, when that is not a wildcard). */
  url: string;
  port: number;
  /** The port of the separate /metrics listener (METRICS_PORT), or null when there is none. */
  metricsPort: number | null;
  /** Stops accepting, closes every socket with 1001, commits what is pending and closes the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Defaults to config.store: SQLite in config.dataDir, or memory. */
  store?: BoardStore;
  /** Board features added after the standard ones (see sync/RoomExtension.ts). */
  roomExtensions?: readonly RoomExtension[];
}

function publicUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const shown = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The listener of METRICS_PORT: GET /metrics and nothing else, for a scraper on a private interface. */
function createMetricsServer(metrics: Metrics): Server {
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && pathname === '/metrics') sendMetrics(res, metrics);
    else sendError(res, new ApiError(404, 'not_found', 'This port serves only GET /metrics.'));
  });
}

/** Starts the Partnerboard server: web app, JSON API and sync endpoint on one port. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.logger ?? createLogger(config.logLevel);
  // One server per data directory (DataDirLock says why); taken before anything is read from it.
  // With DATABASE_URL the data directory is not used: the processes share PostgreSQL instead.
  const lock = !options.store && !config.databaseUrl && config.store === 'sqlite' ? DataDirLock.acquire(config.dataDir) : null;
  let store: BoardStore;
  try {
    store =
      options.store ??
      (config.databaseUrl
        ? await PgBoardStore.open(config.databaseUrl, {
            onBackgroundError: (error) => log.error({ event: 'storage-error', what: 'connection', error: String(error) }, 'PostgreSQL connection failed'),
          })
        : config.store === 'memory'
          ? new InMemoryBoardStore()
          : SqliteBoardStore.open(config.dataDir, {
              synchronous: config.sqliteSynchronous,
              onBackgroundError: (error, what) => log.error({ event: 'storage-error', what, error: String(error) }, `SQLite ${what} failed`),
            }));
  } catch (error) {
    lock?.release();
    throw error;
  }
  const access = new BoardAccess(store);
  // Several processes on one PostgreSQL store (REDIS_URL): each shares with the others what it commits.
  const fanOut = config.redisUrl === undefined ? null : new RedisFanOut(config.redisUrl, log);
  try {
    await fanOut?.ready(10_000);
  } catch (error) {
    await fanOut?.close();
    await store.close();
    throw error;
  }
  let rooms: Rooms | null = null;
  let sync: SyncEndpoint | null = null;
  const metrics = new Metrics({
    connections: () => sync?.connectionCount ?? 0,
    boardsLoaded: () => rooms?.loadedCount ?? 0,
    sendBufferBytes: () => sync?.sendBufferBytes ?? 0,
    incomingBytes: () => sync?.incomingBytes ?? 0,
  });
  rooms = new Rooms({
    store,
    log,
    metrics,
    compactAfterUpdates: config.compactAfterUpdates,
    maxConnectionsPerBoard: config.maxConnectionsPerBoard,
    maxPendingBytes: config.maxPendingBytes,
    unloadAfterMs: config.unloadAfterMs,
    extensions: options.roomExtensions,
    fanOut: fanOut ?? undefined,
  });
  sync = new SyncEndpoint({ access, rooms, config, log, metrics, fanOut: fanOut ?? undefined });
  // One limit for every way of creating a board: a new one or an import.
  const createLimit = new RateLimitByKey(config.createBoardsPerMinute, config.createBoardsPerMinute / 60);
  const app = new HttpApp({
    routes: boardRoutes({
      config,
      store,
      access,
      sync,
      rooms,
      createLimit,
      log,
      metrics,
    })
      .concat(exportRoutes({ config, store, access, rooms, createLimit, log, metrics }))
      .concat(linkRoutes({ config, store, access, sync, log }))
      .concat(snapshotRoutes({ config, store, access, rooms, log })),
    staticFiles: new StaticFiles(config.webDist),
    metrics,
    checkMetricsAccess: metricsGate(config.metricsToken, config.metricsPort !== undefined),
    health: async () => ({
      ...(store.health ? { store: (await store.health()) ? 'ok' : 'unavailable' } : {}),
      ...(fanOut ? { fanOut: fanOut.connected ? 'ok' : 'unavailable' } : {}),
    }),
    log,
  });

  const server: Server = createServer(
    {
      // How often Node looks for connections past their timeouts, a socket that has sent nothing
      // included (its default, 30 s, would let a 10 s header timeout run to 40 s).
      connectionsCheckingInterval: 1000,
    },
    app.handle,
  );
  server.headersTimeout = config.headersTimeoutMs;
  server.requestTimeout = config.requestTimeoutMs;
  server.keepAliveTimeout = config.keepAliveTimeoutMs;
  const perAddress = new ConnectionsPerAddress(config.maxConnectionsPerAddress, (address) => {
    metrics.refused('too_many_from_address');
    // Debug only: a flood of refusals would otherwise flood the log too (the metric counts them).
    log.debug({ event: 'refused', reason: 'too_many_from_address', address }, 'connection refused: too many from one address');
  });
  server.on('connection', perAddress.admit);
  const syncEndpoint = sync;
  server.on('upgrade', (request, socket, head) => syncEndpoint.handleUpgrade(request, socket, head));
  const metricsServer = config.metricsPort === undefined ? null : createMetricsServer(metrics);
  try {
    await listen(server, config.port, config.host);
    if (metricsServer && config.metricsPort !== undefined) await listen(metricsServer, config.metricsPort, config.metricsHost);
  } catch (error) {
    if (server.listening) server.close();
    await syncEndpoint.close();
    await fanOut?.close();
    await store.close();
    lock?.release();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = publicUrl(config.host, port);

  let closing: Promise<void> | null = null;
  const openRooms = rooms;
  const close = async () => {
    syncEndpoint.stopAccepting();
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await openRooms.closeAll(closeCodes.goingAway, 'The server is restarting');
    await syncEndpoint.close();
    await fanOut?.close();
    await store.close();
    lock?.release();
    server.closeAllConnections();
    await stopped;
    if (metricsServer) {
      metricsServer.closeAllConnections();
      await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
    }
    log.info({ event: 'stopped' }, 'server stopped');
  };
  const metricsPort = metricsServer ? (metricsServer.address() as AddressInfo).port : null;
  return { url, port, metricsPort, close: () => (closing ??= close()) };
}
