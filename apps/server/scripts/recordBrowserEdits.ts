import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteBoardStore } from '../src/storage/sqlite/SqliteBoardStore.ts';

// Writes the boards a browser-test run left in its data directory (E2E_DATA_DIR) as a recording
// of real edits made through the app, for packages/board's test that the board-shape check takes
// every one of them: `node --import tsx apps/server/scripts/recordBrowserEdits.ts <dataDir> <out.json>`.

/** Boards larger than this (the 2,000-action ones) would make the recording too big to keep in git. */
const maxBoardBytes = 150 * 1024;

const [dataDir, out] = process.argv.slice(2);
if (!dataDir || !out) {
  console.error('Usage: recordBrowserEdits.ts <dataDir> <out.json>');
  process.exit(2);
}
const ids = (new Database(join(dataDir, 'partnerboard.sqlite'), { readonly: true }).prepare('SELECT id FROM boards ORDER BY created_at').all() as { id: string }[]).map(
  ({ id }) => id,
);
const store = SqliteBoardStore.open(dataDir);
const boards: { snapshot: string; updates: string[] }[] = [];
for (const id of ids) {
  const stored = await store.loadBoard(id);
  if (!stored || stored.updates.length === 0) continue;
  const bytes = stored.snapshot.byteLength + stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
  if (bytes > maxBoardBytes) continue;
  boards.push({ snapshot: Buffer.from(stored.snapshot).toString('base64'), updates: stored.updates.map((update) => Buffer.from(update).toString('base64')) });
}
await store.close();
writeFileSync(out, `${JSON.stringify({ boards }, null, 0)}\n`);
console.log(`Recorded ${boards.length} boards, ${boards.reduce((sum, board) => sum + board.updates.length, 0)} updates, in ${out}`);
