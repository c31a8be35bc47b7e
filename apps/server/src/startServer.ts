import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeCodes } from '@partnerboard/protocol';
import { BoardAccess } from './auth/BoardAccess.ts';
import type { Config } from './config.ts';
import { HttpApp } from './http/HttpApp.ts';
import { boardRoutes } from './http/routes/boards.ts';
import { StaticFiles } from './http/StaticFiles.ts';
import { RateLimitByKey } from './limits/RateLimitByKey.ts';
import { createLogger, type Logger } from './logger.ts';
import { Metrics } from './metrics.ts';
import type { BoardStore } from './storage/BoardStore.ts';
import { InMemoryBoardStore } from './storage/memory/InMemoryBoardStore.ts';
import { DataDirLock } from './storage/sqlite/DataDirLock.ts';
import { SqliteBoardStore } from './storage/sqlite/SqliteBoardStore.ts';
import { Rooms } from './sync/Rooms.ts';
import { SyncEndpoint } from './sync/SyncEndpoint.ts';

export interface RunningServer {
  /** http://localhost:PORT (or the host it listens on, when that is not a wildcard). */
  url: string;
  port: number;
  /** Stops accepting, closes every socket with 1001, commits what is pending and closes the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Defaults to config.store: SQLite in config.dataDir, or memory. */
  store?: BoardStore;
}

function publicUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const shown = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Starts the Partnerboard server: web app, JSON API and sync endpoint on one port. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.logger ?? createLogger(config.logLevel);
  // One server per data directory (DataDirLock says why); taken before anything is read from it.
  const lock = !options.store && config.store === 'sqlite' ? DataDirLock.acquire(config.dataDir) : null;
  let store: BoardStore;
  try {
    store =
      options.store ??
      (config.store === 'memory'
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
    maxPendingBytes: config.maxPendingBytes,
    unloadAfterMs: config.unloadAfterMs,
  });
  sync = new SyncEndpoint({ access, rooms, config, log, metrics });
  const app = new HttpApp({
    routes: boardRoutes({
      config,
      store,
      access,
      sync,
      rooms,
      createLimit: new RateLimitByKey(config.createBoardsPerMinute, config.createBoardsPerMinute / 60),
      log,
      metrics,
    }),
    staticFiles: new StaticFiles(config.webDist),
    metrics,
    log,
  });

  const server: Server = createServer(app.handle);
  const syncEndpoint = sync;
  server.on('upgrade', (request, socket, head) => syncEndpoint.handleUpgrade(request, socket, head));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await syncEndpoint.close();
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
    await store.close();
    lock?.release();
    server.closeAllConnections();
    await stopped;
    log.info({ event: 'stopped' }, 'server stopped');
  };
  return { url, port, close: () => (closing ??= close()) };
}
