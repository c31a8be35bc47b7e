import Database from 'better-sqlite3';
import {
  OutdatedSequenceError,
  StaleWriterError,
  type AttributedUpdate,
  type StoredBoard,
  type UpdateLog,
  type WriterFence,
} from '../UpdateLog.ts';
import type { SqliteActivityLog } from './SqliteActivityLog.ts';

type AppendOutcome = { seq: number } | { error: unknown };

interface PendingAppend {
  boardId: string;
  afterSeq: number | null;
  updates: readonly AttributedUpdate[];
  fence: WriterFence | undefined;
  resolve(lastSeq: number): void;
  reject(error: unknown): void;
}

/** A failed INSERT of an update, said plainly. */
function appendError(error: unknown, boardId: string, afterSeq: number | null): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  if (error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new OutdatedSequenceError(boardId, afterSeq ?? -1);
  if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new Error(`Unknown board ${boardId}`);
  return error;
}

/** How many boards' latest claims are kept in memory; a board beyond them is read from the file. */
const fencesKept = 4096;

/**
 * The update log in the store's SQLite database (board_snapshots and board_updates). Every
 * board's appends of one turn of the event loop share one commit, up to `commitAtUpdates` updates.
 * Each board's latest claim is kept in memory and checked in the commit's transaction: this process
 * is the only server on its data directory (DataDirLock), so every claim goes through it.
 */
export class SqliteUpdateLog implements UpdateLog {
  private readonly statements;
  /** An append of one update, run in SQLite's autocommit mode (see commitAppends). */
  private readonly appendOneRow: (append: PendingAppend) => number;
  // Made once: better-sqlite3 builds a transaction's wrappers each time db.transaction() is called.
  private readonly appendGroup: Database.Transaction<(group: readonly PendingAppend[]) => number[]>;
  /** The group again, each board in a savepoint, once the group as a whole has failed. */
  private readonly appendEachApart: Database.Transaction<(group: readonly PendingAppend[]) => AppendOutcome[]>;
  private readonly readStoredBoard: Database.Transaction<(boardId: string) => StoredBoard | null>;
  private readonly compactBoard: Database.Transaction<(boardId: string, snapshot: Uint8Array, uptoSeq: number, fence?: WriterFence) => void>;
  /** Appends waiting for the group commit at the end of this turn of the event loop. */
  private appending: PendingAppend[] = [];
  /** The updates those appends hold. */
  private appendingUpdates = 0;
  /** Each board's latest claim, least recently claimed or read first. */
  private readonly fences = new Map<string, WriterFence>();

  constructor(
    db: Database.Database,
    activity: SqliteActivityLog,
    /** Counts a commit for the store's checkpoints. */
    private readonly committed: () => void,
    /** How many updates commit the group before the turn ends. */
    private readonly commitAtUpdates: number,
  ) {
    const s = {
      insertSnapshot: db.prepare('INSERT INTO board_snapshots (board_id, snapshot, snapshot_seq) VALUES (?, ?, 0)'),
      insertUpdate: db.prepare(
        'INSERT INTO board_updates (board_id, seq, data, at, name, organisation, role, link_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      snapshot: db.prepare<[string], { snapshot: Buffer; snapshot_seq: number }>(
        'SELECT snapshot, snapshot_seq FROM board_snapshots WHERE board_id = ?',
      ),
      updatesAfter: db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM board_updates WHERE board_id = ? AND seq > ? ORDER BY seq',
      ),
      setSnapshot: db.prepare('UPDATE board_snapshots SET snapshot = ?, snapshot_seq = ? WHERE board_id = ? AND snapshot_seq <= ?'),
      deleteUpdatesUpTo: db.prepare('DELETE FROM board_updates WHERE board_id = ? AND seq <= ?'),
      claim: db.prepare<[string], { writer_fence: number }>(
        'UPDATE boards SET writer_fence = writer_fence + 1 WHERE id = ? RETURNING writer_fence',
      ),
      fence: db.prepare<[string], { writer_fence: number }>('SELECT writer_fence FROM boards WHERE id = ?'),
      lastSeq: db.prepare<[string, string], { seq: number | null }>(
        'SELECT max(seq) AS seq FROM (SELECT max(seq) AS seq FROM board_updates WHERE board_id = ? UNION ALL SELECT snapshot_seq FROM board_snapshots WHERE board_id = ?)',
      ),
    };
    this.statements = s;
    // A commit is one INSERT per update: the writer says which sequence number it follows, and the
    // primary key refuses it if another writer got there first (see migration 3).
    const appendRows = ({ boardId, afterSeq, updates, fence }: PendingAppend): number => {
      this.checkFence(boardId, fence);
      let seq = afterSeq ?? s.lastSeq.get(boardId, boardId)?.seq ?? 0;
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
    this.compactBoard = db.transaction((boardId: string, snapshot: Uint8Array, uptoSeq: number, fence?: WriterFence) => {
      this.checkFence(boardId, fence);
      // A stale compaction (an older uptoSeq than the stored snapshot) changes nothing; one at the
      // snapshot's own uptoSeq replaces it (a board rewritten without what it dropped).
      const { changes } = s.setSnapshot.run(snapshot, uptoSeq, boardId, uptoSeq);
      if (changes === 0) return;
      activity.foldUpTo(boardId, uptoSeq);
      s.deleteUpdatesUpTo.run(boardId, uptoSeq);
      activity.prune(boardId);
    });
    this.readStoredBoard = db.transaction((boardId: string): StoredBoard | null => {
      const board = s.snapshot.get(boardId);
      if (!board) return null;
      const rows = s.updatesAfter.all(boardId, board.snapshot_seq);
      const updates = rows.map((row) => new Uint8Array(row.data));
      return { snapshot: new Uint8Array(board.snapshot), updates, lastSeq: rows.at(-1)?.seq ?? board.snapshot_seq };
    });
  }

  /** Starts a new board's log with its first snapshot; run in the directory's createBoard transaction. */
  start(boardId: string, initialState: Uint8Array): void {
    this.statements.insertSnapshot.run(boardId, initialState);
  }

  /** Commits what is queued, so that an append still waiting for this turn is not committed after its board is gone. */
  forget(boardId: string): void {
    this.commitAppends();
    this.fences.delete(boardId);
  }

  async claimBoard(boardId: string): Promise<WriterFence> {
    const row = this.statements.claim.get(boardId);
    if (!row) throw new Error(`Unknown board ${boardId}`);
    this.committed();
    this.keepFence(boardId, row.writer_fence);
    return row.writer_fence;
  }

  /**
   * Queues the updates for this turn's group commit: the appends of every board in one turn of the
   * event loop share one transaction, and so (with synchronous=FULL) one fsync, which blocks the
   * event loop while it lasts; once they hold commitAtUpdates updates they are committed at once.
   * Resolves once that transaction is committed.
   */
  appendUpdates(boardId: string, afterSeq: number | null, updates: readonly AttributedUpdate[], fence?: WriterFence): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.appending.push({ boardId, afterSeq, updates, fence, resolve, reject }) === 1) setImmediate(() => this.commitAppends());
      this.appendingUpdates += updates.length;
      if (this.appendingUpdates >= this.commitAtUpdates) this.commitAppends();
    });
  }

  /**
   * Commits the queued appends in one transaction. Should one board's append fail, the group is
   * committed again with each board in a savepoint, so that the others' updates are still stored.
   */
  commitAppends(): void {
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
    this.committed();
  }

  async loadBoard(boardId: string): Promise<StoredBoard | null> {
    return this.readStoredBoard(boardId);
  }

  async compact(boardId: string, snapshot: Uint8Array, uptoSeq: number, fence?: WriterFence): Promise<void> {
    this.compactBoard.immediate(boardId, snapshot, uptoSeq, fence);
    this.committed();
  }

  /** Refuses a write whose fence is not the board's latest claim; one without a fence is not fenced. */
  private checkFence(boardId: string, fence: WriterFence | undefined): void {
    if (fence === undefined) return;
    let latest = this.fences.get(boardId);
    if (latest === undefined) {
      const row = this.statements.fence.get(boardId);
      if (!row) return;
      latest = row.writer_fence;
      this.keepFence(boardId, latest);
    }
    if (fence !== latest) throw new StaleWriterError(boardId, fence);
  }

  /** Keeps a board's latest claim, forgetting the least recently kept beyond `fencesKept`. */
  private keepFence(boardId: string, fence: WriterFence): void {
    this.fences.delete(boardId);
    this.fences.set(boardId, fence);
    if (this.fences.size <= fencesKept) return;
    const [oldest] = this.fences.keys();
    if (oldest !== undefined) this.fences.delete(oldest);
  }
}
