import {
  OutdatedSequenceError,
  StaleWriterError,
  type AttributedUpdate,
  type StoredBoard,
  type UpdateLog,
  type WriterFence,
} from '../UpdateLog.ts';
import type { PgActivityLog } from './PgActivityLog.ts';
import type { PgDatabase } from './PgDatabase.ts';

// One statement, so one round trip and a commit of its own: the board's row gives the updates their
// sequence numbers and, locked until the commit, makes every process's appends to the board take
// turns. A stale afterSeq or fence matches no row, and then nothing is inserted.
const appendSql = `
  WITH board AS (
    UPDATE boards SET last_seq = last_seq + $2::bigint
    WHERE id = $1 AND ($3::bigint IS NULL OR last_seq = $3) AND ($4::bigint IS NULL OR writer_fence = $4)
    RETURNING last_seq
  ), stored AS (
    INSERT INTO board_updates (board_id, seq, data, at, name, organisation, role, link_id)
    SELECT $1, board.last_seq - $2::bigint + u.n, u.data, u.at, u.name, u.organisation, u.role, u.link_id
    FROM board, unnest($5::bytea[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
      WITH ORDINALITY AS u (data, at, name, organisation, role, link_id, n)
  )
  SELECT last_seq FROM board`;

// One statement, so the snapshot and the updates after it are read as of one moment, whatever a
// compaction commits meanwhile.
const loadSql = `
  SELECT 0 AS part, snapshot_seq AS seq, snapshot AS data FROM board_snapshots WHERE board_id = $1
  UNION ALL
  SELECT 1, u.seq, u.data FROM board_updates u JOIN board_snapshots s ON s.board_id = u.board_id
  WHERE u.board_id = $1 AND u.seq > s.snapshot_seq
  ORDER BY part, seq`;

/**
 * The update log in PostgreSQL (board_snapshots, board_updates, and boards' last_seq and
 * writer_fence). Several server processes may append to one board: each append takes its sequence
 * numbers from the board's row in its own transaction, and resolves once that is committed.
 */
export class PgUpdateLog implements UpdateLog {
  constructor(
    private readonly db: PgDatabase,
    private readonly activity: PgActivityLog,
  ) {}

  async claimBoard(boardId: string): Promise<WriterFence> {
    const { rows } = await this.db.query<{ writer_fence: string }>(
      'UPDATE boards SET writer_fence = writer_fence + 1 WHERE id = $1 RETURNING writer_fence',
      [boardId],
    );
    const [row] = rows;
    if (!row) throw new Error(`Unknown board ${boardId}`);
    return Number(row.writer_fence);
  }

  async appendUpdates(boardId: string, afterSeq: number | null, updates: readonly AttributedUpdate[], fence?: WriterFence): Promise<number> {
    const attributions = updates.map(({ attribution }) => attribution);
    const { rows } = await this.db.query<{ last_seq: string }>(appendSql, [
      boardId,
      updates.length,
      afterSeq,
      fence ?? null,
      updates.map(({ update }) => update),
      attributions.map(({ at }) => at),
      attributions.map(({ name }) => name),
      attributions.map(({ organisation }) => organisation),
      attributions.map(({ role }) => role),
      attributions.map(({ linkId }) => linkId),
    ]);
    const [row] = rows;
    if (row) return Number(row.last_seq);
    throw await this.refusal(boardId, afterSeq, fence);
  }

  async loadBoard(boardId: string): Promise<StoredBoard | null> {
    const { rows } = await this.db.query<{ part: number; seq: string; data: Buffer }>(loadSql, [boardId]);
    const [snapshot, ...updates] = rows;
    if (!snapshot) return null;
    return {
      snapshot: new Uint8Array(snapshot.data),
      updates: updates.map((row) => new Uint8Array(row.data)),
      lastSeq: Number((updates.at(-1) ?? snapshot).seq),
    };
  }

  async compact(boardId: string, snapshot: Uint8Array, uptoSeq: number, fence?: WriterFence): Promise<void> {
    await this.db.transaction(async (client) => {
      // Locks the board's row as an append does: appends and claims wait for the compaction.
      const { rows } = await client.query<{ writer_fence: string }>('SELECT writer_fence FROM boards WHERE id = $1 FOR NO KEY UPDATE', [boardId]);
      const [board] = rows;
      if (!board) return;
      if (fence !== undefined && Number(board.writer_fence) !== fence) throw new StaleWriterError(boardId, fence);
      // A stale compaction (an older uptoSeq than the stored snapshot) changes nothing; one at the
      // snapshot's own uptoSeq replaces it (a board rewritten without what it dropped).
      const replaced = await client.query(
        'UPDATE board_snapshots SET snapshot = $2, snapshot_seq = $3 WHERE board_id = $1 AND snapshot_seq <= $3',
        [boardId, snapshot, uptoSeq],
      );
      if (replaced.rowCount === 0) return;
      await this.activity.foldUpTo(client, boardId, uptoSeq);
      await client.query('DELETE FROM board_updates WHERE board_id = $1 AND seq <= $2', [boardId, uptoSeq]);
      await this.activity.prune(client, boardId);
      // Later appends follow the snapshot even if it claims more than the log held.
      await client.query('UPDATE boards SET last_seq = $2 WHERE id = $1 AND last_seq < $2', [boardId, uptoSeq]);
    });
  }

  /** Why an append matched no board row: an unknown board, a stale fence or an outdated sequence number. */
  private async refusal(boardId: string, afterSeq: number | null, fence: WriterFence | undefined): Promise<Error> {
    const { rows } = await this.db.query<{ writer_fence: string }>('SELECT writer_fence FROM boards WHERE id = $1', [boardId]);
    const [board] = rows;
    if (!board) return new Error(`Unknown board ${boardId}`);
    if (fence !== undefined && Number(board.writer_fence) !== fence) return new StaleWriterError(boardId, fence);
    return new OutdatedSequenceError(boardId, afterSeq ?? -1);
  }
}
