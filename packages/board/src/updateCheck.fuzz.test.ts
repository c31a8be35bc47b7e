import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, moveAction, updateAction } from './actions.js';
import { addComment } from './comments.js';
import { createGoal, updateGoal } from './goals.js';
import { newId } from './ids.js';
import { createPerson } from './people.js';
import { readBoard } from './read.js';
import { smallBoard } from './test-support.js';
import { BoardUpdateCheck, checkWholeBoard } from './updateCheck.js';

// This package compiles without Node's types; the runner's environment is all it needs of them.
declare const process: { env: Record<string, string | undefined> };

// Thousands of random and mutated updates, honest and hostile, each checked against the board a
// server holds: whatever is accepted must leave a board that is still in shape and reads.

/** mulberry32: a seeded source, so that a failing run can be replayed with SEED=<n>. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  return { next, int, pick };
}

type Random = ReturnType<typeof random>;

const prototypeNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const roots = ['meta', 'partners', 'people', 'goals', 'actions', 'decisions', 'risks', 'comments', 'commitments', 'reviews', 'authors', 'session', 'pasted'];
const fields = ['title', 'name', 'notes', 'description', 'status', 'colour', 'partnerId', 'ownerId', 'responsibleIds', 'statusHistory', 'order', 'createdBy', 'onclick', '__proto__'];

function someKey(r: Random): string {
  return r.pick([() => newId(), () => r.pick(prototypeNames), () => r.pick(fields), () => 'x'.repeat(r.int(0, 80)), () => String(r.int(0, 2 ** 32))])();
}

function someValue(r: Random, depth = 0): unknown {
  const kinds: (() => unknown)[] = [
    () => 'x'.repeat(r.pick([0, 1, 199, 200, 201, 5000])),
    () => r.pick(['#0072B2', '#f00; position:fixed; inset:0', 'todo', 'done', 'on_track', '2026-03-31', '2026-02-30', '2026-03-31T09:30:00.000Z']),
    () => r.pick([0, 1, 5, 6, -1, 3.5, 1e12]),
    () => r.pick([null, true, false]),
    () => newId(),
    () => r.pick(prototypeNames),
    () => new Uint8Array(r.int(0, 64)),
    () => ({ name: 'Forged', partnerName: 'Nowhere', [r.pick(prototypeNames)]: 1 }),
    () => ({ status: 'done', at: '2026-03-31T09:30:00.000Z', by: null }),
  ];
  if (depth < 3) kinds.push(() => [someValue(r, depth + 1), someValue(r, depth + 1)]);
  return r.pick(kinds)();
}

function someType(r: Random, depth = 0): Y.Text | Y.Array<unknown> | Y.Map<unknown> {
  const kind = r.int(0, 2);
  if (kind === 0) return new Y.Text(r.pick(['', 'plain', 'x'.repeat(50_000)]));
  if (kind === 1) return new Y.Array();
  const map = new Y.Map<unknown>();
  if (depth < 4) map.set(someKey(r), r.next() < 0.5 ? someValue(r) : someType(r, depth + 1));
  return map;
}

function anyMap(doc: Y.Doc, r: Random): Y.Map<unknown> {
  const maps: Y.Map<unknown>[] = [doc.getMap('meta')];
  for (const root of ['partners', 'people', 'goals', 'actions', 'comments']) {
    doc.getMap<Y.Map<unknown>>(root).forEach((entity) => {
      if (!(entity instanceof Y.Map)) return;
      maps.push(entity);
      entity.forEach((value) => {
        if (value instanceof Y.Map) maps.push(value);
      });
    });
  }
  return r.pick(maps);
}

function anyText(doc: Y.Doc): Y.Text[] {
  const texts: Y.Text[] = [];
  doc.getMap<Y.Map<unknown>>('actions').forEach((action) => {
    const notes = action instanceof Y.Map ? action.get('notes') : undefined;
    if (notes instanceof Y.Text) texts.push(notes);
  });
  return texts;
}

/** One random change on a client's copy: honest (board operations) or not (raw Yjs). */
function change(doc: Y.Doc, r: Random): void {
  const ids = (root: string) => Array.from(doc.getMap(root).keys());
  const goal = ids('goals')[0];
  const actions = ids('actions');
  const action = actions.length > 0 ? r.pick(actions) : undefined;
  const person = ids('people')[0];
  const partner = ids('partners')[0];
  const texts = anyText(doc);
  const moves: (() => void)[] = [
    () => goal && createAction(doc, { title: `Action ${r.int(0, 999)}`, goalId: goal, ...(person ? { ownerId: person } : {}) }, { name: 'Honest' }),
    () => action && moveAction(doc, action, { status: r.pick(['todo', 'in_progress', 'blocked', 'done'] as const) }, { name: 'Honest' }),
    () => action && updateAction(doc, action, { title: `Renamed ${r.int(0, 999)}` }),
    () => goal && updateGoal(doc, goal, { status: 'at_risk' }, { name: 'Honest' }),
    () => action && addComment(doc, { itemId: action, text: 'Fine by us', authorName: 'Honest' }),
    () => createGoal(doc, { title: 'Another goal' }),
    () => partner && createPerson(doc, { name: 'New person', partnerId: partner }),
    () => anyMap(doc, r).set(someKey(r), someValue(r)),
    () => anyMap(doc, r).set(someKey(r), someType(r)),
    () => anyMap(doc, r).delete(r.pick([...anyMap(doc, r).keys(), 'title'])),
    () => doc.getMap(r.pick(roots)).set(someKey(r), r.next() < 0.5 ? someValue(r) : someType(r)),
    () => texts.length > 0 && r.pick(texts).insert(0, 'x'.repeat(r.pick([1, 10, 30_000]))),
    () => texts.length > 0 && r.pick(texts).insertEmbed(0, { evil: true }),
    () => texts.length > 0 && r.pick(texts).format(0, 1, { bold: true }),
    () => texts.length > 0 && r.pick(texts).insertEmbed(0, new Y.Map()),
    () => doc.getArray(r.pick(roots)).push([someValue(r)]),
    () => doc.getText(r.pick(roots)).insert(0, 'x'),
  ];
  doc.transact(() => {
    for (let i = r.int(1, 3); i > 0; i -= 1) {
      try {
        r.pick(moves)();
      } catch {
        // A board operation refused its input, or Yjs refused to mix types under one name: no change.
      }
    }
  });
}

describe('BoardUpdateCheck under fuzzing', () => {
  const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
  const rounds = process.env.SOAK === '1' ? 20_000 : 2000;

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
      change(client, r);
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
        expect(checkWholeBoard(server), `round ${round}`).toEqual({ ok: true, clients: expect.any(Array) });
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
