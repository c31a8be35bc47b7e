import Database from 'better-sqlite3';
import {
  TooManyNamedSnapshotsError,
  type NamedSnapshot,
  type NamedSnapshots,
  type NamedSnapshotSummary,
  type NewNamedSnapshot,
} from '../NamedSnapshots.ts';
import { toSummary, type SummaryRow } from '../sqlRows.ts';


// The document comes last in its row and is left out of a listing, so that listing does not read it.
const summaryColumns = 'id, board_id, name, taken_by, taken_at, length(state) AS bytes';

/** Named snapshots in the store's SQLite database: table named_snapshots (migration 6). */
export class SqliteNamedSnapshots implements NamedSnapshots {
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    /** Counts a commit for the store's checkpoints. */
    private readonly committed: () => void,
  ) {
    this.statements = {
      count: db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM named_snapshots WHERE board_id = ?'),
      insert: db.prepare('INSERT INTO named_snapshots (id, board_id, name, taken_by, taken_at, state) VALUES (?, ?, ?, ?, ?, ?)'),
      list: db.prepare<[string], SummaryRow>(`SELECT ${summaryColumns} FROM named_snapshots WHERE board_id = ? ORDER BY rowid`),
      get: db.prepare<[string, string], SummaryRow & { state: Buffer }>(
        `SELECT ${summaryColumns}, state FROM named_snapshots WHERE board_id = ? AND id = ?`,
      ),
      delete: db.prepare('DELETE FROM named_snapshots WHERE board_id = ? AND id = ?'),
    };
  }

  async saveNamedSnapshot(snapshot: NewNamedSnapshot, maxSnapshots: number): Promise<void> {
    const { count, insert } = this.statements;
    const { id, boardId, name, takenBy, takenAt, state } = snapshot;
    try {
      this.db
        .transaction(() => {
          if ((count.get(boardId)?.count ?? 0) >= maxSnapshots) throw new TooManyNamedSnapshotsError(boardId, maxSnapshots);
          insert.run(id, boardId, name, takenBy, takenAt, state);
        })
        .immediate();
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new Error(`Unknown board ${boardId}`);
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new Error(`Named snapshot ${id} already exists`);
      throw error;
    }
    this.committed();
  }

  async namedSnapshots(boardId: string): Promise<NamedSnapshotSummary[]> {
    return this.statements.list.all(boardId).map(toSummary);
  }

  async namedSnapshot(boardId: string, snapshotId: string): Promise<NamedSnapshot | null> {
    const row = this.statements.get.get(boardId, snapshotId);
    return row ? { ...toSummary(row), state: new Uint8Array(row.state) } : null;
  }

  async deleteNamedSnapshot(boardId: string, snapshotId: string): Promise<boolean> {
    const { changes } = this.statements.delete.run(boardId, snapshotId);
    if (changes > 0) this.committed();
    return changes > 0;
  }
}
