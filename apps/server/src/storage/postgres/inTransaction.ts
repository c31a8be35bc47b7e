import type pg from 'pg';

/** Error codes that mean the database could not be reached or went away, not that a statement was wrong. */
const connectionErrorCodes = new Set([
  // Node's socket errors.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL's: connection exceptions (class 08), too many connections, and the server shutting down or starting.
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  '57P01',
  '57P02',
  '57P03',
]);

/** What pg says, without a code, when the connection drops or cannot be made in time. */
const connectionErrorMessages = /connection terminated|connection timeout|query read timeout|timeout exceeded when trying to connect|not queryable|connection ended/i;

/** Whether `error` says the database is out of reach (so the store is unavailable) rather than that a statement failed. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && connectionErrorCodes.has(code)) || connectionErrorMessages.test(error.message);
}

/** The SQL that opens a transaction: read-write, or a read-only one that sees one snapshot throughout. */
export type TransactionStart = 'BEGIN' | 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * Runs `work` in a transaction on one of the pool's clients and commits it, or rolls it back and
 * rethrows what `work` threw. A client whose connection failed is destroyed rather than returned to the pool.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, start: TransactionStart = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  // While a client is checked out the pool does not listen for its errors, and an 'error' event
  // with no listener (the connection dropping between two statements) would end the process.
  let dropped: Error | undefined;
  const onError = (error: Error) => (dropped = error);
  client.on('error', onError);
  let result: T;
  try {
    await client.query(start);
    result = await work(client);
    await client.query('COMMIT');
  } catch (error) {
    client.off('error', onError);
    if (dropped || isConnectionError(error)) {
      client.release(dropped ?? (error as Error));
    } else {
      try {
        await client.query('ROLLBACK');
        client.release();
      } catch (rollbackError) {
        client.release(rollbackError as Error);
      }
    }
    throw error;
  }
  client.off('error', onError);
  client.release();
  return result;
}

/**
 * Makes transactions that count a board's rows of one kind before adding one (personal links,
 * named snapshots) take turns, across server processes, until the transaction ends; without it two
 * at once could both see room for one more. An advisory lock, so that appends to the board never wait for it.
 */
export async function takeTurnsOnBoard(client: pg.PoolClient, what: string, boardId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [what, boardId]);
}
