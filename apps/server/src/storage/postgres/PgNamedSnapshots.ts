import {
  TooManyNamedSnapshotsError,
  type NamedSnapshot,
  type NamedSnapshots,
  type NamedSnapshotSummary,
  type NewNamedSnapshot,
} from '../NamedSnapshots.ts';
import { takeTurnsOnBoard } from './inTransaction.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { hasCode } from './sqlErrors.ts';
import { toSummary, type SummaryRow } from '../sqlRows.ts';


// A listing leaves the documents out; PostgreSQL knows a value's length without reading it.
const summaryColumns = 'id, board_id, name, taken_by, taken_at, octet_length(state) AS bytes';

/** Named snapshots in PostgreSQL: table named_snapshots. */
export class PgNamedSnapshots implements NamedSnapshots {
  constructor(private readonly db: PgDatabase) {}

  async saveNamedSnapshot(snapshot: NewNamedSnapshot, maxSnapshots: number): Promise<void> {
    const { id, boardId, name, takenBy, takenAt, state } = snapshot;
    try {
      await this.db.transaction(async (client) => {
        await takeTurnsOnBoard(client, 'named snapshots', boardId);
        const { rows } = await client.query<{ count: number }>('SELECT count(*)::integer AS count FROM named_snapshots WHERE board_id = $1', [boardId]);
        if ((rows[0]?.count ?? 0) >= maxSnapshots) throw new TooManyNamedSnapshotsError(boardId, maxSnapshots);
        await client.query('INSERT INTO named_snapshots (id, board_id, name, taken_by, taken_at, state) VALUES ($1, $2, $3, $4, $5, $6)', [
          id,
          boardId,
          name,
          takenBy,
          takenAt,
          state,
        ]);
      });
    } catch (error) {
      if (hasCode(error, 'foreign_key_violation')) throw new Error(`Unknown board ${boardId}`);
      if (hasCode(error, 'unique_violation')) throw new Error(`Named snapshot ${id} already exists`);
      throw error;
    }
  }

  async namedSnapshots(boardId: string): Promise<NamedSnapshotSummary[]> {
    const { rows } = await this.db.query<SummaryRow>(`SELECT ${summaryColumns} FROM named_snapshots WHERE board_id = $1 ORDER BY position`, [boardId]);
    return rows.map(toSummary);
  }

  async namedSnapshot(boardId: string, snapshotId: string): Promise<NamedSnapshot | null> {
    const { rows } = await this.db.query<SummaryRow & { state: Buffer }>(
      `SELECT ${summaryColumns}, state FROM named_snapshots WHERE board_id = $1 AND id = $2`,
      [boardId, snapshotId],
    );
    const [row] = rows;
    return row ? { ...toSummary(row), state: new Uint8Array(row.state) } : null;
  }

  async deleteNamedSnapshot(boardId: string, snapshotId: string): Promise<boolean> {
    const { rowCount } = await this.db.query('DELETE FROM named_snapshots WHERE board_id = $1 AND id = $2', [boardId, snapshotId]);
    return (rowCount ?? 0) > 0;
  }
}
