import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../read.js';
import { expectRefused } from '../test-support.js';
import type { Board } from '../types.js';
import { boardBackup, restoreBoard, type BoardBackup } from './backup.js';
import { examplePlan } from './examplePlan.js';

/** The board as readBoard gives it, less who wrote each part (the Yjs client, which an import cannot keep). */
function withoutWriters(board: Board): unknown {
  return JSON.parse(JSON.stringify({ ...board, authors: [...board.authors], overwrites: board.overwrites }, (key, value: unknown) => (key === 'writer' ? undefined : value)));
}

function backupOfExample(): { doc: Y.Doc; backup: BoardBackup } {
  const { doc } = examplePlan();
  // Through text, as a file would go.
  return { doc, backup: JSON.parse(JSON.stringify(boardBackup(doc, '2026-03-12T10:00:00.000Z'))) as BoardBackup };
}

// A backup as a hostile file may have it: any value anywhere.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyParts = Record<string, any>;

function withBoard(backup: BoardBackup, change: (board: AnyParts) => void): unknown {
  const copy = structuredClone(backup) as { board: AnyParts };
  change(copy.board);
  return copy;
}

function firstId(part: unknown): string {
  return Object.keys(part as object)[0] ?? '';
}

describe('the JSON backup', () => {
  it('is versioned and holds every part of the board but the live meeting', () => {
    const { backup } = backupOfExample();
    expect(backup.format).toBe('partnerboard-board');
    expect(backup.version).toBe(1);
    expect(Object.keys(backup.board).sort()).toEqual(['actions', 'comments', 'commitments', 'decisions', 'goals', 'meta', 'partners', 'people', 'reviews', 'risks']);
  });

  it('imports into a new board equal to the one exported, ids, order, texts and histories included', () => {
    const { doc, backup } = backupOfExample();
    const restored = new Y.Doc();
    restoreBoard(restored, backup);
    expect(withoutWriters(readBoard(restored))).toEqual(withoutWriters(readBoard(doc)));
    expect(readBoard(restored).dangling).toEqual([]);
    expect(boardBackup(restored, backup.exportedAt)).toEqual(backup);
  });

  it('leaves out values a board stored before updates were checked, so that its backup still imports', () => {
    const { doc } = examplePlan();
    const goalId = firstId(boardBackup(doc).board.goals);
    doc.transact(() => (doc.getMap('goals').get(goalId) as Y.Map<unknown>).set('title', 42));
    const restored = new Y.Doc();
    restoreBoard(restored, JSON.parse(JSON.stringify(boardBackup(doc))));
    expect(withoutWriters(readBoard(restored))).toEqual(withoutWriters(readBoard(doc)));
  });
});

describe('importing a backup refuses, changing nothing,', () => {
  const { backup } = backupOfExample();
  const goalId = firstId(backup.board.goals);
  const actionId = firstId(backup.board.actions);

  const refusedInto = (input: unknown, message: RegExp) => {
    const doc = new Y.Doc();
    return expectRefused(doc, () => restoreBoard(doc, input), { code: 'invalid', message });
  };

  it('a file that is not a backup', () => {
    refusedInto([1, 2], /not a Partnerboard backup/);
    refusedInto({ format: 'trello', version: 1, board: {} }, /not a Partnerboard backup/);
    refusedInto({ ...backup, version: 2 }, /version 2/);
    refusedInto({ ...backup, extra: true }, /no part called "extra"/);
  });

  it('a value of the wrong type', () => {
    refusedInto(withBoard(backup, (b) => (b.goals[goalId].title = 12)), /goals › .* › title must be text/);
    refusedInto(withBoard(backup, (b) => (b.actions[actionId].notes = { text: 'x' })), /notes must be text/);
    refusedInto(withBoard(backup, (b) => (b.risks[firstId(b.risks)].likelihood = 9)), /likelihood.*whole number from 1 to 5/);
  });

  it('a huge string', () => {
    refusedInto(withBoard(backup, (b) => (b.goals[goalId].title = 'x'.repeat(100_000))), /title must be text of at most 200 characters/);
    refusedInto(withBoard(backup, (b) => (b.meta.purpose = 'x'.repeat(1_000_000))), /purpose is longer than/);
  });

  it('an unknown field, at any depth', () => {
    refusedInto(withBoard(backup, (b) => (b.goals[goalId].script = '<script>')), /unknown field "script"/);
    refusedInto(withBoard(backup, (b) => (b.meta.agreement.extra = 'x')), /agreement has an unknown field "extra"/);
    refusedInto(withBoard(backup, (b) => (b.session = { startedAt: null })), /no part called "session"/);
    refusedInto(withBoard(backup, (b) => (b.authors = {})), /no part called "authors"/);
  });

  it('deep nesting', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    refusedInto(withBoard(backup, (b) => (b.goals[goalId].title = deep)), /title must be text/);
    refusedInto(withBoard(backup, (b) => (b.goals[goalId].createdBy = { name: deep })), /createdBy/);
  });

  it('more items than a board may hold', () => {
    const goal = backup.board.goals as Record<string, unknown>;
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`g${String(i).padStart(20, '0')}`, goal[goalId]]));
    refusedInto(withBoard(backup, (b) => (b.goals = many)), /1001 goals, more than the 1000/);
  });

  it('a key that is not an id', () => {
    refusedInto(withBoard(backup, (b) => (b.goals.__proto__x = b.goals[goalId])), /not an id from a board/);
  });

  it('a board with no title', () => {
    refusedInto(withBoard(backup, (b) => (b.meta.title = '  ')), /no title/);
  });

  it('an import into a board already set up', () => {
    const { doc } = examplePlan();
    expectRefused(doc, () => restoreBoard(doc, backup), { code: 'conflict' });
  });
});

describe('importing a backup that leaves parts out', () => {
  it('makes the texts, lists and maps the board package makes with each item, so that no two clients make them later', () => {
    const { backup } = backupOfExample();
    const meta = backup.board.meta as Record<string, unknown>;
    const restored = new Y.Doc();
    restoreBoard(restored, { ...backup, board: { meta: { title: meta.title, createdAt: meta.createdAt } } });
    const stored = restored.getMap('meta');
    expect(stored.get('purpose')).toBeInstanceOf(Y.Text);
    expect((stored.get('agreement') as Y.Map<unknown>).get('signOffs')).toBeInstanceOf(Y.Map);
    expect(readBoard(restored).meta.title).toBe('Discharge plan: Zoë Ó Briain');
  });

  it('keeps a reference to an item deleted while someone edited apart, so that the backup of such a board imports', () => {
    const { doc } = examplePlan();
    const goalId = firstId(boardBackup(doc).board.goals);
    // Another person deleted the owner while this one set it: the board holds a reference to nobody.
    doc.transact(() => (doc.getMap('goals').get(goalId) as Y.Map<unknown>).set('ownerId', 'N'.repeat(21)));
    const restored = new Y.Doc();
    restoreBoard(restored, JSON.parse(JSON.stringify(boardBackup(doc))));
    expect(readBoard(restored).dangling).toEqual(readBoard(doc).dangling);
    expect(readBoard(restored).dangling).toHaveLength(1);
  });
});
