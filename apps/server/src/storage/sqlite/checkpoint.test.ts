import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDirs } from '../../../test/temporaryDirs.ts';
import { goalAppends } from '../../../test/goalAppends.ts';
import { SqliteBoardStore, type CheckpointPolicy } from './SqliteBoardStore.ts';

describe('SQLite checkpoints', () => {
  const newDir = temporaryDirs('checkpoint');
  const stores: SqliteBoardStore[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
  });

  async function storeWithBoard(policy: CheckpointPolicy) {
    const dir = newDir();
    const file = join(dir, 'partnerboard.sqlite');
    const store = new SqliteBoardStore(file, { checkpoints: policy });
    stores.push(store);
    const append = await goalAppends(store);
    /** Updates in the database file itself, read from a copy of it without its write-ahead log. */
    const updatesInDatabaseFile = () => {
      const copy = join(dir, `copy-${Math.random()}.sqlite`);
      copyFileSync(file, copy);
      const db = new Database(copy, { readonly: true });
      try {
        const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'board_updates'").get() as { n: number };
        return tables.n === 0 ? 0 : (db.prepare('SELECT count(*) AS n FROM board_updates').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    return { append, updatesInDatabaseFile };
  }

  it('folds the write-ahead log into the database file once commits pause', async () => {
    const { append, updatesInDatabaseFile } = await storeWithBoard({ idleMs: 50, maxCommits: 1000 });
    for (let n = 1; n <= 3; n += 1) await append(n);
    await expect.poll(updatesInDatabaseFile, { timeout: 5000 }).toBe(3);
  });

  it('folds it inside a commit after maxCommits commits without a pause', async () => {
    // Five commits: the board's creation, then four appends.
    const { append, updatesInDatabaseFile } = await storeWithBoard({ idleMs: 60_000, maxCommits: 5 });
    for (let n = 1; n <= 3; n += 1) await append(n);
    expect(updatesInDatabaseFile()).toBe(0);
    await append(4);
    expect(updatesInDatabaseFile()).toBe(4);
  });
});
