import type pg from 'pg';
import type { ActivityEntry, Role } from '@partnerboard/protocol';
import type { ActivityLog } from '../ActivityLog.ts';
import { activityKept, foldActivity, type UpdateActivity } from '../activityRuns.ts';
import type { PgDatabase } from './PgDatabase.ts';

interface ActivityRow {
  id: string;
  from_at: string;
  at: string;
  name: string;
  organisation: string;
  role: Role;
  link_id: string | null;
  updates: number;
  bytes: string;
}

interface AttributionRow {
  at: string;
  name: string;
  organisation: string;
  role: Role;
  link_id: string | null;
  bytes: number;
}

function toEntry(row: ActivityRow): ActivityEntry {
  const { from_at: from, at, name, organisation, role, link_id: linkId, updates } = row;
  return { from, at, name, organisation, role, linkId, selfDeclared: linkId === null, updates, bytes: Number(row.bytes) };
}

function toActivity({ at, name, organisation, role, link_id: linkId, bytes }: AttributionRow): UpdateActivity {
  return { at, name, organisation, role, linkId, bytes };
}

const activitySql = 'SELECT * FROM board_activity WHERE board_id = $1 ORDER BY id DESC LIMIT $2';
// Who sent the updates not yet folded into board_activity; an update's bytes are its length.
const attributionsSql =
  'SELECT at, name, organisation, role, link_id, octet_length(data) AS bytes FROM board_updates WHERE board_id = $1 AND seq <= $2 ORDER BY seq';

/**
 * The activity log in PostgreSQL: runs in board_activity up to the snapshot, carried on by the
 * attributions of the updates in board_updates that compaction has not folded in.
 */
export class PgActivityLog implements ActivityLog {
  constructor(private readonly db: PgDatabase) {}

  async activity(boardId: string, limit: number): Promise<ActivityEntry[]> {
    // One snapshot for both reads, so that a compaction in between neither loses nor counts twice.
    return this.db.transaction(async (client) => {
      const stored = (await client.query<ActivityRow>(activitySql, [boardId, limit])).rows.map(toEntry);
      const attributions = (await client.query<AttributionRow>(attributionsSql, [boardId, Number.MAX_SAFE_INTEGER])).rows.map(toActivity);
      const [latest, ...older] = stored;
      const { extendedLatest, added } = foldActivity(latest, attributions);
      const newest = extendedLatest ?? latest;
      return [...added.reverse(), ...(newest ? [newest] : []), ...older].slice(0, limit);
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  /**
   * Folds the attributions of the board's updates up to `uptoSeq` into its runs; run by
   * compaction, in its transaction, before it drops those updates.
   */
  async foldUpTo(client: pg.PoolClient, boardId: string, uptoSeq: number): Promise<void> {
    const [latest] = (await client.query<ActivityRow>(activitySql, [boardId, 1])).rows;
    const attributions = (await client.query<AttributionRow>(attributionsSql, [boardId, uptoSeq])).rows.map(toActivity);
    const { extendedLatest, added } = foldActivity(latest && toEntry(latest), attributions);
    if (latest && extendedLatest) {
      await client.query('UPDATE board_activity SET at = $2, updates = $3, bytes = $4 WHERE id = $1', [
        latest.id,
        extendedLatest.at,
        extendedLatest.updates,
        extendedLatest.bytes,
      ]);
    }
    if (added.length === 0) return;
    // One statement for every run it starts, in order (ids follow the order they are inserted in).
    const column = <K extends keyof ActivityEntry>(key: K) => added.map((entry) => entry[key]);
    await client.query(
      `INSERT INTO board_activity (board_id, from_at, at, name, organisation, role, link_id, updates, bytes)
       SELECT $1, from_at, at, name, organisation, role, link_id, updates, bytes
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::integer[], $9::bigint[])
         WITH ORDINALITY AS run (from_at, at, name, organisation, role, link_id, updates, bytes, n)
       ORDER BY n`,
      [boardId, column('from'), column('at'), column('name'), column('organisation'), column('role'), column('linkId'), column('updates'), column('bytes')],
    );
  }

  /** Drops all but the board's newest `activityKept` runs. */
  async prune(client: pg.PoolClient, boardId: string): Promise<void> {
    await client.query(
      `DELETE FROM board_activity WHERE board_id = $1 AND id <= (
         SELECT id FROM board_activity WHERE board_id = $1 ORDER BY id DESC LIMIT 1 OFFSET $2)`,
      [boardId, activityKept],
    );
  }
}
