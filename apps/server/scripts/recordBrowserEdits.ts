import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Boards larger than this (the 2,000-action ones) would make the recording too big to keep in git. */
const maxBoardBytes = 150 * 1024;

/**
 * Writes the boards of a data directory as a recording of the edits made on them: each board's
 * snapshot and the updates stored after it. Read-only, so it can run while the server does (the
 * browser tests' global teardown calls it when E2E_RECORD_TO is set, see docs/reliability.md), for
 * apps/server/test/browserEdits.test.ts.
 */
export function recordBrowserEdits(dataDir: string, out: string): string {
  const db = new Database(join(dataDir, 'partnerboard.sqlite'), { readonly: true });
  try {
    const boards: { snapshot: string; updates: string[] }[] = [];
    const snapshots = db.prepare('SELECT board_id AS id, snapshot_seq AS seq, snapshot FROM board_snapshots').all() as { id: string; seq: number; snapshot: Buffer }[];
    const updatesOf = db.prepare('SELECT data FROM board_updates WHERE board_id = ? AND seq > ? ORDER BY seq');
    for (const { id, seq, snapshot } of snapshots) {
      const updates = (updatesOf.all(id, seq) as { data: Buffer }[]).map(({ data }) => data);
      const bytes = snapshot.byteLength + updates.reduce((sum, update) => sum + update.byteLength, 0);
      if (updates.length === 0 || bytes > maxBoardBytes) continue;
      boards.push({ snapshot: snapshot.toString('base64'), updates: updates.map((update) => update.toString('base64')) });
    }
    // Most boards start from the same template: compressed, the recording is a tenth of the size.
    writeFileSync(out, gzipSync(JSON.stringify({ boards })));
    return `Recorded ${boards.length} boards, ${boards.reduce((sum, board) => sum + board.updates.length, 0)} updates, in ${out}`;
  } finally {
    db.close();
  }
}
