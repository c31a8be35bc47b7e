import type { ActivityLine } from '@partnerboard/protocol';
import type { ActivityLines, ActivityLinesQuery } from '../ActivityLines.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { hasCode } from './sqlErrors.ts';
import { lineColumns as columns, toLine, type LineRow } from '../sqlRows.ts';


/** Activity lines in PostgreSQL: table activity_lines. */
export class PgActivityLines implements ActivityLines {
  constructor(private readonly db: PgDatabase) {}

  async saveActivityLines(boardId: string, lines: readonly ActivityLine[], keep: number): Promise<void> {
    if (lines.length === 0) return;
    try {
      await this.db.transaction(async (client) => {
        // One statement per line: a batch may hold the same line twice, which one upsert of them all could not take.
        for (const { id, from, at, name, organisation, role, linkId, kind, itemId, field, text } of lines) {
          await client.query(
            `INSERT INTO activity_lines (board_id, ${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (id) DO UPDATE SET at = excluded.at, text = excluded.text WHERE activity_lines.board_id = excluded.board_id`,
            [boardId, id, from, at, name, organisation, role, linkId, kind, itemId, field, text],
          );
        }
        await client.query(
          `DELETE FROM activity_lines WHERE seq IN (
             SELECT seq FROM activity_lines WHERE board_id = $1 ORDER BY at DESC, seq DESC OFFSET $2)`,
          [boardId, keep],
        );
      });
    } catch (error) {
      // The board was deleted meanwhile: its lines go with it.
      if (hasCode(error, 'foreign_key_violation')) return;
      throw error;
    }
  }

  async activityLines(boardId: string, { limit, partner, person }: ActivityLinesQuery): Promise<ActivityLine[]> {
    const { rows } = await this.db.query<LineRow>(
      `SELECT ${columns} FROM activity_lines
       WHERE board_id = $1 AND ($2::text IS NULL OR organisation = $2) AND ($3::text IS NULL OR name = $3)
       ORDER BY at DESC, seq DESC LIMIT $4`,
      [boardId, partner ?? null, person ?? null, limit],
    );
    return rows.map(toLine);
  }
}
