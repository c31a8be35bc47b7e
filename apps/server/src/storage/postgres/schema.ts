import type pg from 'pg';
import { inTransaction } from './inTransaction.ts';

/**
 * Schema migrations, applied in order; the table schema_migrations records each one that has run.
 * Append new ones, never edit a released one. The tables are SQLite's (sqlite/schema.ts) as they
 * stand after its migrations, with two differences: a board's row keeps its last sequence number,
 * from which every process's appends take theirs (PgUpdateLog), and rows listed oldest first carry
 * a `position`, as SQLite's rowid does. Times are ISO text in the "C" collation where they are
 * sorted, so that they order as SQLite orders them, byte by byte.
 */
const migrations: readonly string[] = [
  `
  CREATE TABLE boards (
    id text PRIMARY KEY,
    title text NOT NULL,
    created_at text NOT NULL,
    last_seq bigint NOT NULL DEFAULT 0,
    writer_fence bigint NOT NULL DEFAULT 0
  );
  CREATE TABLE board_tokens (
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('facilitator', 'editor', 'viewer')),
    token_hash bytea NOT NULL,
    sealed_token bytea,
    PRIMARY KEY (board_id, role)
  );
  CREATE TABLE board_snapshots (
    board_id text PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
    snapshot_seq bigint NOT NULL,
    snapshot bytea NOT NULL
  );
  CREATE TABLE board_updates (
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    seq bigint NOT NULL,
    data bytea NOT NULL,
    at text NOT NULL,
    name text NOT NULL,
    organisation text NOT NULL,
    role text NOT NULL,
    link_id text,
    PRIMARY KEY (board_id, seq)
  );
  CREATE TABLE board_activity (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    from_at text NOT NULL,
    at text NOT NULL,
    name text NOT NULL,
    organisation text NOT NULL,
    role text NOT NULL,
    link_id text,
    updates integer NOT NULL,
    bytes bigint NOT NULL
  );
  CREATE INDEX board_activity_by_board ON board_activity (board_id, id);
  CREATE TABLE personal_links (
    position bigint GENERATED ALWAYS AS IDENTITY,
    id text PRIMARY KEY,
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('editor', 'viewer')),
    token_hash bytea NOT NULL UNIQUE,
    name text NOT NULL,
    organisation text NOT NULL,
    person_id text,
    created_at text NOT NULL,
    created_by text NOT NULL,
    revoked_at text
  );
  CREATE INDEX personal_links_by_board ON personal_links (board_id, position);
  CREATE TABLE named_snapshots (
    position bigint GENERATED ALWAYS AS IDENTITY,
    id text PRIMARY KEY,
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    name text NOT NULL,
    taken_by text NOT NULL,
    taken_at text NOT NULL,
    state bytea NOT NULL
  );
  CREATE INDEX named_snapshots_by_board ON named_snapshots (board_id, position);
  CREATE TABLE activity_lines (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL UNIQUE,
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    from_at text NOT NULL,
    at text COLLATE "C" NOT NULL,
    name text NOT NULL,
    organisation text NOT NULL,
    role text NOT NULL,
    link_id text,
    kind text NOT NULL,
    item_id text NOT NULL,
    field text NOT NULL,
    text text NOT NULL
  );
  CREATE INDEX activity_lines_by_board ON activity_lines (board_id, at);
  `,
];

/** A schema name as an SQL identifier; only plain lower-case names are taken, so quoting cannot be escaped. */
export function quotedSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Not a plain PostgreSQL schema name: ${JSON.stringify(schema)}`);
  return `"${schema}"`;
}

/**
 * Brings the schema up to date, one migration per transaction. Each transaction first takes an
 * advisory lock on the search path, so that processes starting at once on one database take
 * turns, and each sees what the one before it applied. With `schema`, that schema is created
 * first if it does not exist.
 */
export async function migrate(pool: pg.Pool, schema?: string): Promise<void> {
  let done = false;
  while (!done) {
    done = await inTransaction(pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('partnerboard schema migrations'), hashtext(current_setting('search_path')))");
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quotedSchema(schema)}`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const { rows } = await client.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
      const applied = rows[0]?.version ?? 0;
      if (applied > migrations.length) {
        throw new Error(`The database schema (version ${applied}) is newer than this server understands (${migrations.length})`);
      }
      const next = migrations[applied];
      if (next === undefined) return true;
      await client.query(next);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [applied + 1]);
      return false;
    });
  }
}
