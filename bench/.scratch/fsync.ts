import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
for (const mode of ['FULL', 'NORMAL']) {
  const dir = mkdtempSync(join(tmpdir(), 'fs-'));
  const db = new Database(join(dir, 'x.sqlite'));
  db.pragma('journal_mode = WAL'); db.pragma(`synchronous = ${mode}`);
  db.exec('CREATE TABLE u (id INTEGER PRIMARY KEY, data BLOB)');
  const ins = db.prepare('INSERT INTO u (data) VALUES (?)');
  const t: number[] = [];
  for (let i = 0; i < 300; i++) { const s = performance.now(); db.transaction(() => ins.run(Buffer.alloc(40)))(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(mode, 'p50', t[150]!.toFixed(3), 'p95', t[285]!.toFixed(3), 'mean', (t.reduce((a, b) => a + b) / t.length).toFixed(3));
  db.close(); rmSync(dir, { recursive: true });
}
