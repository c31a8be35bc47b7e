import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hostileChange, random } from './fixtures/hostileChanges.js';
import { readBoard } from './read.js';
import { smallBoard } from './test-support.js';
import { BoardUpdateCheck, checkWholeBoard } from './updateCheck.js';

// This package compiles without Node's types; the runner's environment is all it needs of them.
declare const process: { env: Record<string, string | undefined> };

// Thousands of random and mutated updates, honest and hostile, each checked against the board a
// server holds: whatever is accepted must leave a board that is still in shape and reads.

describe('BoardUpdateCheck under fuzzing', () => {
  const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
  const rounds = process.env.SOAK === '1' ? 20_000 : 1000;

  it(`keeps the board in shape and readable, whatever it is sent (seed ${seed})`, { timeout: 120_000 }, () => {
    const r = random(seed);
    const server = smallBoard().doc;
    let accepted = 0;
    let refused = 0;
    const updates: Uint8Array[] = [];
    let client = new Y.Doc();
    let diverged = true;
    for (let round = 0; round < rounds; round += 1) {
      // A client whose update was refused holds what the server does not: start it again from the server's board.
      if (diverged) {
        client = new Y.Doc();
        Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
        client.on('update', (update: Uint8Array) => updates.push(update));
        diverged = false;
      }
      updates.length = 0;
      hostileChange(client, r);
      const check = new BoardUpdateCheck(server);
      for (const update of updates) {
        const before = Y.encodeStateVector(server);
        const verdict = check.check(update);
        if (!verdict.ok) {
          refused += 1;
          diverged = true;
          continue;
        }
        accepted += 1;
        Y.applyUpdate(server, update);
        expect(Y.encodeStateVector(server).byteLength).toBeGreaterThanOrEqual(before.byteLength);
      }
      if (round % 100 === 0 || round === rounds - 1) {
        expect(checkWholeBoard(server), `round ${round}`).toEqual({ ok: true, clients: expect.any(Array), parts: expect.any(Set) });
        expect(() => readBoard(server)).not.toThrow();
      }
    }
    expect(server.store.pendingStructs).toBeNull();
    expect(server.store.pendingDs).toBeNull();
    expect(accepted).toBeGreaterThan(rounds / 10);
    expect(refused).toBeGreaterThan(rounds / 10);
  });

  it('accepts every template as the server creates it', async () => {
    const { initBoard } = await import('./meta.js');
    const { templateNames } = await import('./vocabulary.js');
    for (const template of templateNames) {
      const doc = new Y.Doc();
      initBoard(doc, { title: 'A board', template });
      expect(checkWholeBoard(doc), template).toMatchObject({ ok: true });
    }
  });
});
