import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SqliteSynchronous } from '../../config.ts';
import { temporaryDirs } from '../../../test/temporaryDirs.ts';
import { goalAppends } from '../../../test/goalAppends.ts';
import { SqliteBoardStore } from './SqliteBoardStore.ts';

describe('SQLite group commit', () => {
  const newDir = temporaryDirs('group-commit');
  const closing: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const close of closing.splice(0)) await close();
  });

  async function storeWithBoard(options: { commitAtUpdates?: number; synchronous?: SqliteSynchronous } = {}) {
    const file = join(newDir(), 'partnerboard.sqlite');
    const store = new SqliteBoardStore(file, options);
    closing.push(() => store.close());
    const append = await goalAppends(store);
    // A second connection sees only what the store has committed.
    const reader = new Database(file, { readonly: true });
    closing.push(() => {
      reader.close();
    });
    const committedUpdates = () => (reader.prepare('SELECT count(*) AS n FROM board_updates').get() as { n: number }).n;
    return { append, committedUpdates };
  }

  it('commits the appends of one turn together, at its end, while they are few', async () => {
    const { append, committedUpdates } = await storeWithBoard({ commitAtUpdates: 16 });
    const appended = [append(1), append(2), append(3)];
    expect(committedUpdates()).toBe(0);
    expect(await Promise.all(appended)).toEqual([1, 2, 3]);
    expect(committedUpdates()).toBe(3);
  });

  it('commits them at once, before the turn ends, when they reach commitAtUpdates updates', async () => {
    const { append, committedUpdates } = await storeWithBoard({ commitAtUpdates: 3 });
    const appended = [append(1), append(2)];
    expect(committedUpdates()).toBe(0);
    appended.push(append(3));
    expect(committedUpdates()).toBe(3);
    appended.push(append(4));
    expect(committedUpdates()).toBe(3);
    expect(await Promise.all(appended)).toEqual([1, 2, 3, 4]);
    expect(committedUpdates()).toBe(4);
  });

  it('with synchronous=FULL waits for the end of the turn however many there are: each commit is a disk flush', async () => {
    const { append, committedUpdates } = await storeWithBoard({ synchronous: 'full' });
    const appended = Array.from({ length: 40 }, (_, index) => append(index + 1));
    expect(committedUpdates()).toBe(0);
    await Promise.all(appended);
    expect(committedUpdates()).toBe(40);
  });
});
