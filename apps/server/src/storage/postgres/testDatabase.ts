import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { quotedSchema } from './schema.ts';

/** The PostgreSQL the tests use; the test command starts it (README). Each test keeps to a schema of its own. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A new schema name for one test, so that tests never see each other's rows. */
export function newTestSchema(): string {
  return `pb_test_${randomBytes(6).toString('hex')}`;
}

/** Runs `sql` on a connection of its own to the test database, saying plainly when it cannot be reached. */
export async function runOnTestDatabase<Row extends pg.QueryResultRow>(sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`The tests' PostgreSQL at ${testDatabaseUrl} cannot be reached (start it, or set TEST_DATABASE_URL): ${String(error)}`, { cause: error });
  }
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Creates a test's schema, for a server that is given it through its DATABASE_URL. */
export async function createTestSchema(schema: string): Promise<void> {
  await runOnTestDatabase(`CREATE SCHEMA ${quotedSchema(schema)}`);
}

/** Removes a test's schema and everything in it. */
export async function dropTestSchema(schema: string): Promise<void> {
  await runOnTestDatabase(`DROP SCHEMA IF EXISTS ${quotedSchema(schema)} CASCADE`);
}
