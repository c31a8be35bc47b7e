import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { roles, type ActivityEntry, type PersonalLinkRole, type Role } from '@partnerboard/protocol';
import { activityKept, foldActivity, type UpdateActivity } from '../activityRuns.ts';
import {
  BoardExistsError,
  OutdatedSequenceError,
  TooManyPersonalLinksError,
  type AttributedUpdate,
  type BoardRecord,
  type BoardStore,
  type NewBoard,
  type NewPersonalLink,
  type PersonalLink,
  type SealedTokens,
  type StoredBoard,
  type TokenHashes,
} from '../BoardStore.ts';
import { sealedRoles } from '../../auth/sealedTokens.ts';
import type { SqliteSynchronous } from '../../config.ts';
import { migrate } from './schema.ts';

interface BoardRow {
  id: string;
  title: string;
  created_at: string;
}

interface ActivityRow {
  id: number;
  from_at: string;
  at: string;
  name: string;
  organisation: string;
  role: Role;
  link_id: string | null;
  updates: number;
  bytes: number;
}

interface PersonalLinkRow {
  id: string;
  board_id: string;
  role: PersonalLinkRole;
  token_hash: Buffer;
  name: string;
  organisation: string;
  person_id: string | null;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

function toPersonalLink(row: PersonalLinkRow): PersonalLink {
  return {
    id: row.id,
    boardId: row.board_id,
    role: row.role,
    name: row.name,
    organisation: row.organisation,
    personId: row.person_id,
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
  };
}

/** When the store folds its write-ahead log into the database file (see checkpointSoon). */
export interface CheckpointPolicy {
  /** After a pause of this long without a commit (the store looks every `idleMs`, so up to twice this). */
  idleMs: number;
  /** Or after this many commits without such a pause (a commit here writes about 5 pages; SQLite's own default is every 1,000 pages). */
  maxCommits: number;
}

const defaultCheckpoints: CheckpointPolicy = { idleMs: 250, maxCommits: 200 };

/**
 * Updates after which a turn's group commits at once, before the turn ends. Under load one turn
 * reads a whole socket's worth of edits from every writer (hundreds), and holding them all, and
 * then their frames to every reader, until the end of the turn let them outlive two of V8's young
 * collections: in the throughput benchmark 25 MB were promoted to the old generation against the
 * reference's 7 (benchmarks, findings 36 and 37); with 16, 15 MB. A meeting's edits come one a
 * turn, and are not affected.
 */
const defaultCommitAtUpdates = 16;

/**
 * How many boards' token hashes are kept in memory, the most recently checked. Every connection and
 * API request checks a token; read from SQLite that cost 20 µs in a loop and 75 µs per open in the
 * many-boards benchmark. Keeping them is safe because this process is the only server on its data
 * directory (DataDirLock) and every rotation goes through it. About 0.5 KiB each.
 */
const defaultTokenCacheBoards = 2048;

export interface SqliteStoreOptions {
  synchronous?: SqliteSynchronous;
  checkpoints?: CheckpointPolicy;
  /** How many boards' token hashes to keep in memory (default 2,048). */
  tokenCacheBoards?: number;
  /**
   * Updates after which the appends waiting for this turn's group commit are committed at once
   * (default 16, see defaultCommitAtUpdates). With synchronous=FULL, where every commit is a disk
   * flush, the default is to wait for the end of the turn however many there are.
   */
  commitAtUpdates?: number;
  /** Told of a failure no caller is waiting for (a checkpoint); the log is kept and tried again. */
  onBackgroundError?: (error: unknown, what: string) => void;
}

type AppendOutcome = { seq: number } | { error: unknown };

interface PendingAppend {
  boardId: string;
  afterSeq: number;
  updates: readonly AttributedUpdate[];
  resolve(lastSeq: number): void;
  reject(error: unknown): void;
}

/** A failed INSERT of an update, said plainly. */
function appendError(error: unknown, boardId: string, afterSeq: number): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  if (error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new OutdatedSequenceError(boardId, afterSeq);
  if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new Error(`Unknown board ${boardId}`);
  return error;
}

/**
 * A board's three token hashes copied into one buffer, in `roles` order: a third of the memory of
 * three buffers (each carries its own allocation), for every board in the cache. Null when they are
 * not all the same length (they are SHA-256 hashes), so that such a board is simply not kept.
 */
function packHashes(hashes: TokenHashes): Uint8Array | null {
  const size = hashes.facilitator.byteLength;
  if (roles.some((role) => hashes[role].byteLength !== size)) return null;
  const packed = new Uint8Array(size * roles.length);
  roles.forEach((role, index) => packed.set(hashes[role], index * size));
  return packed;
}

function unpackHashes(packed: Uint8Array): TokenHashes {
  const size = packed.byteLength / roles.length;
  const hashOf = (role: Role) => {
    const at = roles.indexOf(role) * size;
    return packed.subarray(at, at + size);
  };
  return { facilitator: hashOf('facilitator'), editor: hashOf('editor'), viewer: hashOf('viewer') };
}

function toEntry(row: ActivityRow): ActivityEntry {
  const { from_at: from, at, name, organisation, role, link_id: linkId, updates, bytes } = row;
  return { from, at, name, organisation, role, linkId, selfDeclared: linkId === null, updates, bytes };
}

/**
 * Boards in one SQLite file (WAL mode); every board's updates of one turn of the event loop share
 * one commit (up to commitAtUpdates of them). With synchronous=NORMAL (the default) a commit is
 * written to the WAL, in the OS page cache, before it returns, so an appended update survives a
 * killed process; synchronous=FULL also fsyncs the WAL on every commit, so it survives a power cut,
 * at one disk flush per commit.
 */
export class SqliteBoardStore implements BoardStore {
  private readonly db: Database.Database;
  private readonly statements;
  /** An append of one update, run in SQLite's autocommit mode (see commitAppends). */
  private readonly appendOneRow: (append: PendingAppend) => number;
  // Made once: better-sqlite3 builds a transaction's wrappers each time db.transaction() is called,
  // and these run for every board opened and every commit.
  private readonly appendGroup: Database.Transaction<(group: readonly PendingAppend[]) => number[]>;
  /** The group again, each board in a savepoint, once the group as a whole has failed. */
  private readonly appendEachApart: Database.Transaction<(group: readonly PendingAppend[]) => AppendOutcome[]>;
  private readonly readStoredBoard: Database.Transaction<(boardId: string) => StoredBoard | null>;
  private readonly compactBoard: Database.Transaction<(boardId: string, snapshot: Uint8Array, uptoSeq: number) => void>;
  private readonly readActivity: Database.Transaction<(boardId: string, limit: number) => ActivityEntry[]>;
  /** Appends waiting for the group commit at the end of this turn of the event loop. */
  private appending: PendingAppend[] = [];
  /** The updates those appends hold. */
  private appendingUpdates = 0;
  /** How many of them commit the group before the turn ends. */
  private readonly commitAtUpdates: number;
  private readonly checkpoints: CheckpointPolicy;
  private readonly checkpointTimer: NodeJS.Timeout;
  private checkpointTimerArmed = true;
  private commitsSinceCheckpoint = 0;
  /** commitsSinceCheckpoint when the timer last fired: unchanged at the next firing means a pause. */
  private commitsAtLastLook = 0;
  /** Token hashes by board, least recently used first (see defaultTokenCacheBoards), packed (see packHashes). */
  private readonly tokenCache = new Map<string, Uint8Array>();
  private readonly tokenCacheBoards: number;
  private readonly onBackgroundError: (error: unknown, what: string) => void;

  /** Opens (creating if needed) `partnerboard.sqlite` in `dataDir`. */
  static open(dataDir: string, options: SqliteStoreOptions = {}): SqliteBoardStore {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteBoardStore(join(dataDir, 'partnerboard.sqlite'), options);
  }

  constructor(
    file: string,
    {
      synchronous = 'normal',
      checkpoints = defaultCheckpoints,
      tokenCacheBoards = defaultTokenCacheBoards,
      commitAtUpdates = synchronous === 'full' ? Number.POSITIVE_INFINITY : defaultCommitAtUpdates,
      onBackgroundError,
    }: SqliteStoreOptions = {},
  ) {
    this.checkpoints = checkpoints;
    this.commitAtUpdates = commitAtUpdates;
    this.tokenCacheBoards = tokenCacheBoards;
    this.onBackgroundError = onBackgroundError ?? ((error, what) => console.error(`SQLite ${what} failed:`, error));
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    // Checkpoints are run by the store itself, in a pause between commits (see checkpointSoon).
    this.db.pragma('wal_autocheckpoint = 0');
    this.checkpointTimer = setTimeout(() => this.checkpointIfPaused(), checkpoints.idleMs);
    this.checkpointTimer.unref();
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    const db = this.db;
    this.statements = {
      insertBoard: db.prepare('INSERT INTO boards (id, title, created_at) VALUES (?, ?, ?)'),
      insertSnapshot: db.prepare('INSERT INTO board_snapshots (board_id, snapshot, snapshot_seq) VALUES (?, ?, 0)'),
      insertToken: db.prepare('INSERT INTO board_tokens (board_id, role, token_hash, sealed_token) VALUES (?, ?, ?, ?)'),
      board: db.prepare<[string], BoardRow>('SELECT id, title, created_at FROM boards WHERE id = ?'),
      // Only when it changed: compaction calls this each time, and an UPDATE that changes nothing is still written.
      setTitle: db.prepare('UPDATE boards SET title = ? WHERE id = ? AND title IS NOT ?'),
      tokens: db.prepare<[string], { role: Role; token_hash: Buffer }>(
        'SELECT role, token_hash FROM board_tokens WHERE board_id = ?',
      ),
      rotateToken: db.prepare('UPDATE board_tokens SET token_hash = ? WHERE board_id = ? AND role = ?'),
      sealedTokens: db.prepare<[string], { role: Role; sealed_token: Buffer | null }>(
        'SELECT role, sealed_token FROM board_tokens WHERE board_id = ?',
      ),
      setSealedToken: db.prepare('UPDATE board_tokens SET sealed_token = ? WHERE board_id = ? AND role = ?'),
      insertUpdate: db.prepare(
        'INSERT INTO board_updates (board_id, seq, data, at, name, organisation, role, link_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      // Who sent the updates not yet folded into board_activity (rows from before migration 3 have
      // no attribution: they were). An update's bytes are its length.
      attributionsUpTo: db.prepare<[string, number], UpdateActivity>(
        'SELECT at, name, organisation, role, link_id AS linkId, length(data) AS bytes FROM board_updates WHERE board_id = ? AND seq <= ? AND at IS NOT NULL ORDER BY seq',
      ),
      insertActivity: db.prepare(
        'INSERT INTO board_activity (board_id, from_at, at, name, organisation, role, link_id, updates, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      extendActivity: db.prepare('UPDATE board_activity SET at = ?, updates = ?, bytes = ? WHERE id = ?'),
      snapshot: db.prepare<[string], { snapshot: Buffer; snapshot_seq: number }>(
        'SELECT snapshot, snapshot_seq FROM board_snapshots WHERE board_id = ?',
      ),
      updatesAfter: db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM board_updates WHERE board_id = ? AND seq > ? ORDER BY seq',
      ),
      setSnapshot: db.prepare('UPDATE board_snapshots SET snapshot = ?, snapshot_seq = ? WHERE board_id = ? AND snapshot_seq <= ?'),
      deleteUpdatesUpTo: db.prepare('DELETE FROM board_updates WHERE board_id = ? AND seq <= ?'),
      pruneActivity: db.prepare(
        `DELETE FROM board_activity WHERE board_id = ? AND id <= (
           SELECT id FROM board_activity WHERE board_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
      ),
      countPersonalLinks: db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM personal_links WHERE board_id = ?'),
      insertPersonalLink: db.prepare(
        'INSERT INTO personal_links (id, board_id, role, token_hash, name, organisation, person_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      personalLinks: db.prepare<[string], PersonalLinkRow>('SELECT * FROM personal_links WHERE board_id = ? ORDER BY rowid'),
      personalLinkByHash: db.prepare<[string, Uint8Array], PersonalLinkRow>('SELECT * FROM personal_links WHERE board_id = ? AND token_hash = ?'),
      withdrawPersonalLink: db.prepare('UPDATE personal_links SET revoked_at = ? WHERE board_id = ? AND id = ? AND revoked_at IS NULL'),
      personalLink: db.prepare<[string, string], PersonalLinkRow>('SELECT * FROM personal_links WHERE board_id = ? AND id = ?'),
      activity: db.prepare<[string, number], ActivityRow>(
        'SELECT * FROM board_activity WHERE board_id = ? ORDER BY id DESC LIMIT ?',
      ),
      // Every other table of a board references boards (id) ON DELETE CASCADE (foreign_keys is on).
      deleteBoard: db.prepare('DELETE FROM boards WHERE id = ?'),
    };
    const s = this.statements;
    // A commit is one INSERT per update: the room says which sequence number it follows, and the
    // primary key refuses it if another writer got there first (see migration 3).
    const appendRows = ({ boardId, afterSeq, updates }: PendingAppend): number => {
      let seq = afterSeq;
      try {
        for (const { update, attribution } of updates) {
          seq += 1;
          const { at, name, organisation, role, linkId } = attribution;
          s.insertUpdate.run(boardId, seq, update, at, name, organisation, role, linkId);
        }
      } catch (error) {
        throw appendError(error, boardId, afterSeq);
      }
      return seq;
    };
    this.appendOneRow = appendRows;
    this.appendGroup = db.transaction((group: readonly PendingAppend[]) => group.map(appendRows));
    // Nested in a transaction, this runs in a savepoint of its own.
    const appendToBoard = db.transaction(appendRows);
    this.appendEachApart = db.transaction((group: readonly PendingAppend[]): AppendOutcome[] =>
      group.map((append): AppendOutcome => {
        try {
          return { seq: appendToBoard(append) };
        } catch (error) {
          return { error };
        }
      }),
    );
    const foldUpTo = (boardId: string, uptoSeq: number) => {
      const [latest] = s.activity.all(boardId, 1);
      const { extendedLatest, added } = foldActivity(latest && toEntry(latest), s.attributionsUpTo.iterate(boardId, uptoSeq));
      if (latest && extendedLatest) s.extendActivity.run(extendedLatest.at, extendedLatest.updates, extendedLatest.bytes, latest.id);
      for (const { from, at, name, organisation, role, linkId, updates, bytes } of added) {
        s.insertActivity.run(boardId, from, at, name, organisation, role, linkId, updates, bytes);
      }
    };
    this.compactBoard = db.transaction((boardId: string, snapshot: Uint8Array, uptoSeq: number) => {
      // A stale compaction (an older uptoSeq than the stored snapshot) changes nothing; one at the
      // snapshot's own uptoSeq replaces it (a board rewritten without what it dropped, see BoardRoom).
      const { changes } = s.setSnapshot.run(snapshot, uptoSeq, boardId, uptoSeq);
      if (changes === 0) return;
      foldUpTo(boardId, uptoSeq);
      s.deleteUpdatesUpTo.run(boardId, uptoSeq);
      s.pruneActivity.run(boardId, boardId, activityKept);
    });
    this.readActivity = db.transaction((boardId: string, limit: number): ActivityEntry[] => {
      const stored = s.activity.all(boardId, limit).map(toEntry);
      const [latest, ...older] = stored;
      const { extendedLatest, added } = foldActivity(latest, s.attributionsUpTo.iterate(boardId, Number.MAX_SAFE_INTEGER));
      const newest = extendedLatest ?? latest;
      return [...added.reverse(), ...(newest ? [newest] : []), ...older].slice(0, limit);
    });
    this.readStoredBoard = db.transaction((boardId: string): StoredBoard | null => {
      const board = s.snapshot.get(boardId);
      if (!board) return null;
      const rows = s.updatesAfter.all(boardId, board.snapshot_seq);
      const updates = rows.map((row) => new Uint8Array(row.data));
      return { snapshot: new Uint8Array(board.snapshot), updates, lastSeq: rows.at(-1)?.seq ?? board.snapshot_seq };
    });
  }

  async createBoard(board: NewBoard): Promise<void> {
    const { insertBoard, insertSnapshot, insertToken } = this.statements;
    try {
      this.db.transaction(() => {
        insertBoard.run(board.id, board.title, board.createdAt);
        insertSnapshot.run(board.id, board.initialState);
        for (const role of roles) {
          const sealed = role === 'facilitator' ? null : (board.sealedTokens?.[role] ?? null);
          insertToken.run(board.id, role, board.tokenHashes[role], sealed);
        }
      })();
      this.checkpointSoon();
      this.rememberTokens(board.id, board.tokenHashes);
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new BoardExistsError(`Board ${board.id} already exists`);
      }
      throw error;
    }
  }

  async getBoard(boardId: string): Promise<BoardRecord | null> {
    const row = this.statements.board.get(boardId);
    return row ? { id: row.id, title: row.title, createdAt: row.created_at } : null;
  }

  async setTitle(boardId: string, title: string): Promise<void> {
    this.statements.setTitle.run(title, boardId, title);
    this.checkpointSoon();
  }

  async tokenHashes(boardId: string): Promise<TokenHashes | null> {
    const cached = this.tokenCache.get(boardId);
    if (cached) {
      this.keepTokens(boardId, cached);
      return unpackHashes(cached);
    }
    const rows = new Map(this.statements.tokens.all(boardId).map((row) => [row.role, row.token_hash]));
    const [facilitator, editor, viewer] = roles.map((role) => rows.get(role));
    if (!facilitator || !editor || !viewer) return null;
    const hashes = { facilitator, editor, viewer };
    this.rememberTokens(boardId, hashes);
    return hashes;
  }

  async rotateToken(boardId: string, role: Role, tokenHash: Uint8Array, sealed: Partial<SealedTokens> = {}): Promise<void> {
    const { rotateToken, setSealedToken } = this.statements;
    this.db.transaction(() => {
      const { changes } = rotateToken.run(tokenHash, boardId, role);
      if (changes !== 1) throw new Error(`Unknown board ${boardId}`);
      // A rotated editor or viewer link keeps only the sealed token given with it: an older one would not open it.
      if (role !== 'facilitator') setSealedToken.run(sealed[role] ?? null, boardId, role);
      for (const other of sealedRoles) {
        const replacement = sealed[other];
        if (other !== role && replacement !== undefined) setSealedToken.run(replacement, boardId, other);
      }
    })();
    this.checkpointSoon();
    const cached = this.tokenCache.get(boardId);
    if (cached) this.rememberTokens(boardId, { ...unpackHashes(cached), [role]: tokenHash });
  }

  async sealedTokens(boardId: string): Promise<SealedTokens | null> {
    const rows = this.statements.sealedTokens.all(boardId);
    if (rows.length === 0) return null;
    const sealedOf = (role: Role) => {
      const sealed = rows.find((row) => row.role === role)?.sealed_token;
      return sealed ? new Uint8Array(sealed) : null;
    };
    return { editor: sealedOf('editor'), viewer: sealedOf('viewer') };
  }

  async createPersonalLink(link: NewPersonalLink, maxLinks: number): Promise<void> {
    const { countPersonalLinks, insertPersonalLink } = this.statements;
    try {
      this.db.transaction(() => {
        const { count } = countPersonalLinks.get(link.boardId) ?? { count: 0 };
        if (count >= maxLinks) throw new TooManyPersonalLinksError(`Board ${link.boardId} already has ${maxLinks} personal links`);
        insertPersonalLink.run(
          link.id,
          link.boardId,
          link.role,
          link.tokenHash,
          link.name,
          link.organisation,
          link.personId,
          link.createdAt,
          link.createdBy,
        );
      }).immediate();
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new Error(`Unknown board ${link.boardId}`);
      throw error;
    }
    this.checkpointSoon();
  }

  async personalLinks(boardId: string): Promise<PersonalLink[]> {
    return this.statements.personalLinks.all(boardId).map(toPersonalLink);
  }

  async personalLinkByTokenHash(boardId: string, tokenHash: Uint8Array): Promise<(PersonalLink & { tokenHash: Uint8Array }) | null> {
    const row = this.statements.personalLinkByHash.get(boardId, tokenHash);
    return row ? { ...toPersonalLink(row), tokenHash: new Uint8Array(row.token_hash) } : null;
  }

  async withdrawPersonalLink(boardId: string, linkId: string, at: string): Promise<PersonalLink | null> {
    const { changes } = this.statements.withdrawPersonalLink.run(at, boardId, linkId);
    if (changes > 0) this.checkpointSoon();
    const row = this.statements.personalLink.get(boardId, linkId);
    return row ? toPersonalLink(row) : null;
  }

  /** Keeps a board's token hashes as the most recently used (see keepTokens). */
  private rememberTokens(boardId: string, hashes: TokenHashes): void {
    const packed = packHashes(hashes);
    if (packed) this.keepTokens(boardId, packed);
    else this.tokenCache.delete(boardId);
  }

  /** Puts a board's packed hashes last (most recently used), forgetting the least recently used beyond the cache's size. */
  private keepTokens(boardId: string, packed: Uint8Array): void {
    this.tokenCache.delete(boardId);
    this.tokenCache.set(boardId, packed);
    if (this.tokenCache.size <= this.tokenCacheBoards) return;
    const [oldest] = this.tokenCache.keys();
    if (oldest !== undefined) this.tokenCache.delete(oldest);
  }

  /**
   * Queues the updates for this turn's group commit: the appends of every board in one turn of the
   * event loop share one transaction, and so (with synchronous=FULL) one fsync, which blocks the
   * event loop while it lasts; once they hold commitAtUpdates updates they are committed at once.
   * Resolves once that transaction is committed.
   */
  appendUpdates(boardId: string, afterSeq: number, updates: readonly AttributedUpdate[]): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.appending.push({ boardId, afterSeq, updates, resolve, reject }) === 1) setImmediate(() => this.commitAppends());
      this.appendingUpdates += updates.length;
      if (this.appendingUpdates >= this.commitAtUpdates) this.commitAppends();
    });
  }

  /**
   * Commits the queued appends in one transaction. Should one board's append fail, the group is
   * committed again with each board in a savepoint, so that the others' updates are still stored.
   */
  private commitAppends(): void {
    const group = this.appending;
    this.appending = [];
    this.appendingUpdates = 0;
    if (group.length === 0) return;
    let outcomes: AppendOutcome[];
    try {
      // A meeting's usual turn: one edit on one board, a single INSERT that is atomic by itself.
      const [only] = group;
      outcomes =
        group.length === 1 && only?.updates.length === 1
          ? [{ seq: this.appendOneRow(only) }]
          : this.appendGroup.immediate(group).map((seq) => ({ seq }));
    } catch (groupError) {
      try {
        outcomes = group.length === 1 ? [{ error: groupError }] : this.appendEachApart.immediate(group);
      } catch (error) {
        for (const { reject } of group) reject(error);
        return;
      }
    }
    group.forEach(({ resolve, reject }, index) => {
      const outcome = outcomes[index];
      if (outcome && 'seq' in outcome) resolve(outcome.seq);
      else reject(outcome?.error);
    });
    this.checkpointSoon();
  }

  /**
   * A checkpoint copies the WAL into the database file and syncs both to disk: a few
   * milliseconds during which, SQLite being synchronous, the server reads and sends nothing. SQLite's
   * own (every 1,000 pages) ran inside whichever commit crossed the line, so that edit and
   * everything behind it waited. It now runs once commits pause for `idleMs`, as they do between
   * bursts of typing in a meeting, and inside a commit only after `maxCommits` without a pause,
   * which bounds the WAL's growth. Every write counts as a commit.
   */
  private checkpointSoon(): void {
    this.commitsSinceCheckpoint += 1;
    if (this.commitsSinceCheckpoint >= this.checkpoints.maxCommits) this.checkpoint();
    else this.armCheckpointTimer();
  }

  /**
   * The timer is not moved on by every commit (refreshing a timer was 7 µs of each in the fan-out
   * benchmark): it fires every `idleMs` while commits go on, and checkpoints once a whole period
   * passed without one, so between `idleMs` and twice that after the last.
   */
  private checkpointIfPaused(): void {
    this.checkpointTimerArmed = false;
    if (this.commitsSinceCheckpoint === 0) return;
    if (this.commitsSinceCheckpoint === this.commitsAtLastLook) this.checkpoint();
    else {
      this.commitsAtLastLook = this.commitsSinceCheckpoint;
      this.armCheckpointTimer();
    }
  }

  private armCheckpointTimer(): void {
    if (this.checkpointTimerArmed) return;
    this.checkpointTimerArmed = true;
    this.checkpointTimer.refresh();
  }

  private checkpoint(): void {
    if (this.commitsSinceCheckpoint === 0 || !this.db.open) return;
    // PASSIVE: copies what no reader needs and never waits for one.
    try {
      this.db.pragma('wal_checkpoint(PASSIVE)');
      this.commitsSinceCheckpoint = 0;
      this.commitsAtLastLook = 0;
    } catch (error) {
      // Every commit is already durable in the log; the next pause tries again.
      this.onBackgroundError(error, 'checkpoint');
      this.commitsAtLastLook = 0;
      this.armCheckpointTimer();
    }
  }

  async loadBoard(boardId: string): Promise<StoredBoard | null> {
    return this.readStoredBoard(boardId);
  }

  async compact(boardId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.compactBoard.immediate(boardId, snapshot, uptoSeq);
    this.checkpointSoon();
  }

  /** The stored runs, carried on by the attributions of the updates not yet compacted. */
  async activity(boardId: string, limit: number): Promise<ActivityEntry[]> {
    return this.readActivity(boardId, limit);
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    // An append still queued for this turn would otherwise be committed after the board is gone.
    this.commitAppends();
    const { changes } = this.statements.deleteBoard.run(boardId);
    this.tokenCache.delete(boardId);
    if (changes > 0) this.checkpointSoon();
    return changes > 0;
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.commitAppends();
    clearTimeout(this.checkpointTimer);
    this.db.close();
  }
}
