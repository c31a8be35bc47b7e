import type Database from 'better-sqlite3';
import type { ActivityEntry, Role } from '@partnerboard/protocol';
import type { ActivityLog } from '../ActivityLog.ts';
import { activityKept, foldActivity, type UpdateActivity } from '../activityRuns.ts';

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

function toEntry(row: ActivityRow): ActivityEntry {
  const { from_at: from, at, name, organisation, role, link_id: linkId, updates, bytes } = row;
  return { from, at, name, organisation, role, linkId, selfDeclared: linkId === null, updates, bytes };
}

/**
 * The activity log in the store's SQLite database: runs in board_activity up to the snapshot,
 * carried on by the attributions of the updates in board_updates that compaction has not folded in.
 */
export class SqliteActivityLog implements ActivityLog {
  private readonly statements;
  private readonly readActivity: Database.Transaction<(boardId: string, limit: number) => ActivityEntry[]>;

  constructor(db: Database.Database) {
    const s = {
      // Who sent the updates not yet folded into board_activity (rows from before migration 3 have
      // no attribution: they were). An update's bytes are its length.
      attributionsUpTo: db.prepare<[string, number], UpdateActivity>(
        'SELECT at, name, organisation, role, link_id AS linkId, length(data) AS bytes FROM board_updates WHERE board_id = ? AND seq <= ? AND at IS NOT NULL ORDER BY seq',
      ),
      insertActivity: db.prepare(
        'INSERT INTO board_activity (board_id, from_at, at, name, organisation, role, link_id, updates, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      extendActivity: db.prepare('UPDATE board_activity SET at = ?, updates = ?, bytes = ? WHERE id = ?'),
      pruneActivity: db.prepare(
        `DELETE FROM board_activity WHERE board_id = ? AND id <= (
           SELECT id FROM board_activity WHERE board_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
      ),
      activity: db.prepare<[string, number], ActivityRow>('SELECT * FROM board_activity WHERE board_id = ? ORDER BY id DESC LIMIT ?'),
    };
    this.statements = s;
    this.readActivity = db.transaction((boardId: string, limit: number): ActivityEntry[] => {
      const stored = s.activity.all(boardId, limit).map(toEntry);
      const [latest, ...older] = stored;
      const { extendedLatest, added } = foldActivity(latest, s.attributionsUpTo.iterate(boardId, Number.MAX_SAFE_INTEGER));
      const newest = extendedLatest ?? latest;
      return [...added.reverse(), ...(newest ? [newest] : []), ...older].slice(0, limit);
    });
  }

  async activity(boardId: string, limit: number): Promise<ActivityEntry[]> {
    return this.readActivity(boardId, limit);
  }

  /**
   * Folds the attributions of the board's updates up to `uptoSeq` into its runs, keeping the
   * newest `activityKept`; run by compaction, in its transaction, before it drops those updates.
   */
  foldUpTo(boardId: string, uptoSeq: number): void {
    const s = this.statements;
    const [latest] = s.activity.all(boardId, 1);
    const { extendedLatest, added } = foldActivity(latest && toEntry(latest), s.attributionsUpTo.iterate(boardId, uptoSeq));
    if (latest && extendedLatest) s.extendActivity.run(extendedLatest.at, extendedLatest.updates, extendedLatest.bytes, latest.id);
    for (const { from, at, name, organisation, role, linkId, updates, bytes } of added) {
      s.insertActivity.run(boardId, from, at, name, organisation, role, linkId, updates, bytes);
    }
  }

  /** Drops all but the board's newest `activityKept` runs. */
  prune(boardId: string): void {
    this.statements.pruneActivity.run(boardId, boardId, activityKept);
  }
}
