import pg from 'pg';
import { StoreUnavailableError } from '../UpdateLog.ts';
import { inTransaction, isConnectionError, type TransactionStart } from './inTransaction.ts';
import { migrate, quotedSchema } from './schema.ts';

export interface PgStoreOptions {
  /**
   * The schema to keep the tables in, created if it does not exist (default: the connection's
   * search path, usually `public`). A plain lower-case name.
   */
  schema?: string;
  /** Connections the pool opens at most (default 10). */
  maxConnections?: number;
  /** How long to wait for a connection before the store counts as unavailable (default 3 s). */
  connectionTimeoutMillis?: number;
  /** Told of a failure no caller is waiting for: an idle connection dropped. The pool opens another when one is needed. */
  onBackgroundError?: (error: unknown) => void;
}

/** `url` with `-c search_path=<schema>` added to its connection options (libpq's `options` parameter). */
export function urlWithSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  const options = [parsed.searchParams.get('options'), `-c search_path=${quotedSchema(schema)}`].filter(Boolean).join(' ');
  parsed.searchParams.set('options', options);
  return parsed.toString();
}

function unavailable(error: unknown): unknown {
  return isConnectionError(error) ? new StoreUnavailableError('PostgreSQL', error) : error;
}

/**
 * The store's pool of PostgreSQL connections, with the schema brought up to date before anything
 * else runs on it. A connection failure is a StoreUnavailableError; pg.Pool drops a broken
 * connection and opens a new one for the next statement, so the store recovers by itself.
 */
export class PgDatabase {
  private readonly pool: pg.Pool;
  private readonly schema: string | undefined;
  /** The migrations run, or running; null until they are started again after a failure. */
  private migrated: Promise<void> | null = null;
  private closed = false;

  constructor(
    url: string,
    { schema, maxConnections = 10, connectionTimeoutMillis = 3000, onBackgroundError = (error) => console.error('PostgreSQL connection failed:', error) }: PgStoreOptions = {},
  ) {
    this.pool = new pg.Pool({
      connectionString: schema === undefined ? url : urlWithSearchPath(url, schema),
      max: maxConnections,
      connectionTimeoutMillis,
      // Without keep-alive a connection whose peer vanished without a word would wait for ever.
      keepAlive: true,
      // A query that hangs (a silent network) holds its board's commits: give up and report the store unavailable.
      query_timeout: 15_000,
    });
    // Without a listener an idle connection's error (the database restarted) would end the process.
    this.pool.on('error', onBackgroundError);
    this.schema = schema;
  }

  /** Resolves once the schema is up to date; after a failure, the next call tries again. */
  ready(): Promise<void> {
    this.migrated ??= migrate(this.pool, this.schema).catch((error: unknown) => {
      this.migrated = null;
      throw unavailable(error);
    });
    return this.migrated;
  }

  /** Runs one statement, which PostgreSQL commits by itself before it answers. */
  async query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>> {
    await this.ready();
    try {
      return await this.pool.query<Row>(text, values);
    } catch (error) {
      throw unavailable(error);
    }
  }

  /** Runs `work` in one transaction, committed before this resolves. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, start?: TransactionStart): Promise<T> {
    await this.ready();
    try {
      return await inTransaction(this.pool, work, start);
    } catch (error) {
      throw unavailable(error);
    }
  }

  /** Whether the database answers `SELECT 1` within `timeoutMs`. */
  async health(timeoutMs = 2000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const answered = this.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.migrated?.catch(() => {});
    await this.pool.end();
  }
}
