import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order; PRAGMA user_version records how many have run.
 * Append new ones, never edit a released one.
 */
const migrations: readonly string[] = [
  `
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    snapshot BLOB NOT NULL,
    snapshot_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE board_tokens (
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('facilitator', 'editor', 'viewer')),
    token_hash BLOB NOT NULL,
    PRIMARY KEY (board_id, role)
  ) STRICT;
  CREATE TABLE board_updates (
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (board_id, seq)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE board_activity (
    id INTEGER PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    from_at TEXT NOT NULL,
    at TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    role TEXT NOT NULL,
    updates INTEGER NOT NULL,
    bytes INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX board_activity_by_board ON board_activity (board_id, id);
  `,
  // The snapshot moves to a table of its own. In a boards row it came before snapshot_seq and
  // last_seq, and SQLite rewrites a whole row on UPDATE and walks a blob's overflow pages to read a
  // column after it: every commit read and rewrote the board's whole snapshot into the WAL.
  // Snapshots are now written only by compaction, and the blob comes last in its row, so that
  // reading snapshot_seq does not walk it.
  `
  CREATE TABLE board_snapshots (
    board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
    snapshot_seq INTEGER NOT NULL,
    snapshot BLOB NOT NULL
  ) STRICT;
  INSERT INTO board_snapshots (board_id, snapshot_seq, snapshot) SELECT id, snapshot_seq, snapshot FROM boards;
  ALTER TABLE boards DROP COLUMN snapshot;
  ALTER TABLE boards DROP COLUMN snapshot_seq;
  `,
  // Each update row carries its attribution, so that a commit is one INSERT per update: no
  // activity row and no last_seq to read and rewrite on every keystroke. Compaction folds the
  // attributions of the updates it drops into board_activity's runs. Rows stored before this
  // (at IS NULL) were already counted there. A board's last sequence number is the last update's,
  // or its snapshot's when the log is empty.
  `
  ALTER TABLE board_updates ADD COLUMN at TEXT;
  ALTER TABLE board_updates ADD COLUMN name TEXT;
  ALTER TABLE board_updates ADD COLUMN organisation TEXT;
  ALTER TABLE board_updates ADD COLUMN role TEXT;
  ALTER TABLE boards DROP COLUMN last_seq;
  `,
  // Personal links: one per named person, kept after they are withdrawn so that the activity they
  // attributed can still name them. Updates and activity runs say which link they came through
  // (NULL: a shared role link, whose names are self-declared).
  `
  CREATE TABLE personal_links (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('editor', 'viewer')),
    token_hash BLOB NOT NULL UNIQUE,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    person_id TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TEXT
  ) STRICT;
  CREATE INDEX personal_links_by_board ON personal_links (board_id);
  ALTER TABLE board_updates ADD COLUMN link_id TEXT;
  ALTER TABLE board_activity ADD COLUMN link_id TEXT;
  `,
  // The editor and viewer tokens, sealed under a key only the facilitator token gives, so that any
  // device with the facilitator link can show them (auth/sealedTokens.ts). NULL: the facilitator's
  // own row, and links made before this, until they are replaced.
  `
  ALTER TABLE board_tokens ADD COLUMN sealed_token BLOB;
  `,
  // Named snapshots of a board's whole document, the document last in its row so that a listing
  // does not walk it; and each board's latest writer claim, so that a stale writer's appends are
  // refused (SqliteUpdateLog.claimBoard).
  `
  CREATE TABLE named_snapshots (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    taken_by TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    state BLOB NOT NULL
  ) STRICT;
  CREATE INDEX named_snapshots_by_board ON named_snapshots (board_id);
  ALTER TABLE boards ADD COLUMN writer_fence INTEGER NOT NULL DEFAULT 0;
  `,
  // A board's activity in words (SqliteActivityLines), newest kept; a line folded again keeps its id.
  `
  CREATE TABLE activity_lines (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    from_at TEXT NOT NULL,
    at TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    role TEXT NOT NULL,
    link_id TEXT,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL
  ) STRICT;
  CREATE INDEX activity_lines_by_board ON activity_lines (board_id, at);
  `,
];

/** Brings the database schema up to date (or up to `upTo` migrations, for tests of an upgrade). */
export function migrate(db: Database.Database, upTo = migrations.length): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  if (applied > migrations.length) {
    throw new Error(`The database schema (version ${applied}) is newer than this server understands (${migrations.length})`);
  }
  for (const [index, sql] of migrations.entries()) {
    if (index < applied || index >= upTo) continue;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${index + 1}`);
    })();
  }
}
