import Database from 'better-sqlite3';
import type { ActivityLine } from '@partnerboard/protocol';
import type { ActivityLines, ActivityLinesQuery } from '../ActivityLines.ts';
import { lineColumns as columns, toLine, type LineRow } from '../sqlRows.ts';


/** Activity lines in the store's SQLite database: table activity_lines (migration 7). */
export class SqliteActivityLines implements ActivityLines {
  private readonly save: Database.Transaction<(boardId: string, lines: readonly ActivityLine[], keep: number) => void>;
  private readonly statements;

  constructor(
    db: Database.Database,
    /** Counts a commit for the store's checkpoints. */
    private readonly committed: () => void,
  ) {
    const s = {
      upsert: db.prepare(
        `INSERT INTO activity_lines (board_id, ${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET at = excluded.at, text = excluded.text WHERE board_id = excluded.board_id`,
      ),
      prune: db.prepare(
        `DELETE FROM activity_lines WHERE board_id = ? AND seq IN (
           SELECT seq FROM activity_lines WHERE board_id = ? ORDER BY at DESC, seq DESC LIMIT -1 OFFSET ?)`,
      ),
      // One statement per filter, so each is planned once; ? IS NULL leaves a filter out.
      lines: db.prepare<[string, string | null, string | null, string | null, string | null, number], LineRow>(
        `SELECT ${columns} FROM activity_lines WHERE board_id = ? AND (? IS NULL OR organisation = ?) AND (? IS NULL OR name = ?)
         ORDER BY at DESC, seq DESC LIMIT ?`,
      ),
    };
    this.statements = s;
    this.save = db.transaction((boardId: string, lines: readonly ActivityLine[], keep: number) => {
      for (const { id, from, at, name, organisation, role, linkId, kind, itemId, field, text } of lines) {
        s.upsert.run(boardId, id, from, at, name, organisation, role, linkId, kind, itemId, field, text);
      }
      s.prune.run(boardId, boardId, keep);
    });
  }

  async saveActivityLines(boardId: string, lines: readonly ActivityLine[], keep: number): Promise<void> {
    if (lines.length === 0) return;
    try {
      this.save.immediate(boardId, lines, keep);
    } catch (error) {
      // The board was deleted meanwhile: its lines go with it.
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return;
      throw error;
    }
    this.committed();
  }

  async activityLines(boardId: string, { limit, partner, person }: ActivityLinesQuery): Promise<ActivityLine[]> {
    const organisation = partner ?? null;
    const name = person ?? null;
    return this.statements.lines.all(boardId, organisation, organisation, name, name, limit).map(toLine);
  }
}
