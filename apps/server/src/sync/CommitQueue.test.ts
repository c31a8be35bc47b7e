import { describe, expect, it } from 'vitest';
import { CommitQueue } from './CommitQueue.ts';

function deferred() {
  let resolve!: (seq: number) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<number>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

describe('CommitQueue', () => {
  it('commits what arrives in one turn as one batch, and reports it only after the commit', async () => {
    const commits: string[][] = [];
    const committed: string[][] = [];
    const pending = deferred();
    const queue = new CommitQueue<string>(
      (batch) => (commits.push(batch), pending.promise),
      (batch) => committed.push(batch),
      () => {},
    );
    queue.add('a');
    queue.add('b');
    await new Promise((resolve) => setImmediate(resolve));
    expect(commits).toEqual([['a', 'b']]);
    expect(committed).toEqual([]);
    pending.resolve(2);
    await queue.idle();
    expect(committed).toEqual([['a', 'b']]);
  });

  it('puts what arrives during a commit into the next batch, in order', async () => {
    const first = deferred();
    const commits: string[][] = [];
    const queue = new CommitQueue<string>(
      (batch) => (commits.push(batch), commits.length === 1 ? first.promise : Promise.resolve(3)),
      () => {},
      () => {},
    );
    queue.add('a');
    await new Promise((resolve) => setImmediate(resolve));
    queue.add('b');
    queue.add('c');
    first.resolve(1);
    await queue.idle();
    expect(commits).toEqual([['a'], ['b', 'c']]);
  });

  it('reports a failed batch and goes on with the next', async () => {
    const failed: string[][] = [];
    const committed: string[][] = [];
    let calls = 0;
    const queue = new CommitQueue<string>(
      () => (++calls === 1 ? Promise.reject(new Error('disk full')) : Promise.resolve(1)),
      (batch) => committed.push(batch),
      (batch) => failed.push(batch),
    );
    queue.add('lost');
    await queue.idle();
    queue.add('kept');
    await queue.idle();
    expect(failed).toEqual([['lost']]);
    expect(committed).toEqual([['kept']]);
  });
});
