import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './servers';

/** The PostgreSQL the scale-out scenario keeps its boards in, each run in a schema of its own. */
export const benchDatabaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The Redis that joins the scale-out scenario's processes. */
export const benchRedisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

// pg is the server's dependency, not the benchmark's: loaded from the server's package, typed by what is used here.
const { Client } = createRequire(join(repoRoot, 'apps/server/package.json'))('pg') as {
  Client: new (config: { connectionString: string; connectionTimeoutMillis: number }) => PgClient;
};

async function runOnDatabase(sql: string): Promise<void> {
  const client = new Client({ connectionString: benchDatabaseUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A DATABASE_URL whose connections use `schema` (libpq's `options` parameter). */
function urlWithSchema(schema: string): string {
  const url = new URL(benchDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A schema of its own in the benchmark's PostgreSQL, so that a run never meets another's boards. */
export interface BenchSchema {
  /** The DATABASE_URL of a server that keeps its boards in the schema. */
  readonly databaseUrl: string;
  /** Removes the schema and everything in it. */
  drop(): Promise<void>;
}

export async function createBenchSchema(): Promise<BenchSchema> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  await runOnDatabase(`CREATE SCHEMA ${schema}`);
  return { databaseUrl: urlWithSchema(schema), drop: () => runOnDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

/** Whether Redis answers PING at `url` within 3 s (a password in the URL is not tried). */
function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(3000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    // +PONG, or -NOAUTH from a Redis that wants the password the server will give it.
    socket.once('data', (data) => done(/^(\+PONG|-NOAUTH)/.test(data.toString())));
  });
}

/** Why the scale-out scenario cannot run here, or null when PostgreSQL and Redis both answer. */
export async function scaleOutUnavailable(): Promise<string | null> {
  const database = await runOnDatabase('SELECT 1').then(
    () => null,
    (error: unknown) => `PostgreSQL at ${new URL(benchDatabaseUrl).host} does not answer (${String(error)}); set BENCH_DATABASE_URL`,
  );
  if (database) return database;
  return (await redisAnswers(benchRedisUrl)) ? null : `Redis at ${new URL(benchRedisUrl).host} does not answer; set BENCH_REDIS_URL`;
}
