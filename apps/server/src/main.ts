import { ConfigError, parseConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import { FanOutUnavailableError } from './scaleout/FanOut.ts';
import { startServer, type RunningServer } from './startServer.ts';
import { StoreUnavailableError } from './storage/UpdateLog.ts';
import { DataDirInUseError } from './storage/sqlite/DataDirLock.ts';

function readConfig(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = readConfig();
const log = createLogger(config.logLevel);
/** Starts the server, or says plainly why it cannot and exits. */
async function start(): Promise<RunningServer> {
  try {
    return await startServer(config, { logger: log });
  } catch (error) {
    if (error instanceof DataDirInUseError || error instanceof StoreUnavailableError || error instanceof FanOutUnavailableError) console.error(error.message);
    else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      // The metrics listener (METRICS_PORT) can be the one whose port is taken.
      const { port, address } = error as NodeJS.ErrnoException & { port?: number; address?: string };
      const variable = port !== undefined && port === config.metricsPort ? 'METRICS_PORT' : 'PORT';
      console.error(`Port ${port ?? config.port} on ${address ?? config.host} is already in use. Stop what is using it, or set ${variable} to another port.`);
    } else throw error;
    process.exit(1);
  }
}

const server = await start();
log.info({ event: 'listening', address: server.url, dataDir: config.dataDir }, `Partnerboard is serving ${server.url}`);
if (server.metricsPort !== null) {
  log.info({ event: 'metrics-listening', address: `http://${config.metricsHost}:${server.metricsPort}/metrics` }, 'metrics served on their own port');
}

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) {
    log.warn({ event: 'forced-exit', signal }, 'second signal, exiting now');
    process.exit(1);
  }
  stopping = true;
  log.info({ event: 'stopping', signal }, 'stopping: closing connections and committing pending edits');
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log.error({ event: 'stop-error', error: String(error) }, 'error while stopping');
      process.exit(1);
    },
  );
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
