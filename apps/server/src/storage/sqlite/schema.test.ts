import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { temporaryDirs } from '../../../test/temporaryDirs.ts';
import { SqliteBoardStore } from './SqliteBoardStore.ts';
import { migrate } from './schema.ts';

const attribution = { name: 'Priya Shah', organisation: 'Ward 7B', role: 'editor' as const, linkId: null, at: '2026-11-25T10:00:00.000Z' };

describe('SQLite schema upgrades', () => {
  const newDir = temporaryDirs('schema');

  it('moves the snapshots of a first-version database to their own table, losing nothing', async () => {
    const dir = newDir();
    const doc = new Y.Doc();
    doc.getMap('goals').set('goal-1', 'Mrs Patel home by Friday');
    const snapshot = Y.encodeStateAsUpdate(doc);
    const before = Y.encodeStateVector(doc);
    doc.getMap('goals').set('goal-2', 'Carer assessment booked');
    const update = Y.encodeStateAsUpdate(doc, before);

    // A database as the first release wrote it: one board, its snapshot, one update after it.
    const old = new Database(join(dir, 'partnerboard.sqlite'));
    migrate(old, 1);
    old.prepare("INSERT INTO boards VALUES ('b1', 'Discharge plan', '2026-11-01T09:00:00.000Z', ?, 0, 1)").run(snapshot);
    old.prepare("INSERT INTO board_updates VALUES ('b1', 1, ?)").run(update);
    old.close();

    const store = SqliteBoardStore.open(dir);
    const stored = await store.loadBoard('b1');
    expect(stored?.lastSeq).toBe(1);
    const loaded = new Y.Doc();
    for (const part of [stored?.snapshot, ...(stored?.updates ?? [])]) if (part) Y.applyUpdate(loaded, part);
    expect(loaded.getMap('goals').toJSON()).toEqual({ 'goal-1': 'Mrs Patel home by Friday', 'goal-2': 'Carer assessment booked' });
    expect(await store.getBoard('b1')).toEqual({ id: 'b1', title: 'Discharge plan', createdAt: '2026-11-01T09:00:00.000Z' });

    // It carries on as any board: appends follow on, and compaction replaces the snapshot.
    doc.getMap('goals').set('goal-3', 'Equipment delivered');
    expect(await store.appendUpdates('b1', 1, [{ update: Y.encodeStateAsUpdate(doc, Y.encodeStateVector(loaded)), attribution }])).toBe(2);
    await store.compact('b1', Y.encodeStateAsUpdate(doc), 2);
    const compacted = await store.loadBoard('b1');
    expect(compacted).toMatchObject({ lastSeq: 2, updates: [] });
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, compacted?.snapshot ?? new Uint8Array());
    expect(Object.keys(reloaded.getMap('goals').toJSON()).sort()).toEqual(['goal-1', 'goal-2', 'goal-3']);
    await store.close();

    const check = new Database(join(dir, 'partnerboard.sqlite'), { readonly: true });
    const columns = check.pragma('table_info(boards)') as { name: string }[];
    check.close();
    expect(columns.map((column) => column.name)).toEqual(['id', 'title', 'created_at', 'writer_fence']);
  });

  it('keeps the activity a second-version database recorded, and counts none of it twice', async () => {
    const dir = newDir();
    const doc = new Y.Doc();
    const snapshot = Y.encodeStateAsUpdate(doc);
    doc.getMap('goals').set('goal-1', 'Mrs Patel home by Friday');
    const first = Y.encodeStateAsUpdate(doc);

    // As the second release wrote it: the update's run in board_activity, last_seq in boards.
    const old = new Database(join(dir, 'partnerboard.sqlite'));
    migrate(old, 2);
    old.prepare("INSERT INTO boards VALUES ('b1', 'Discharge plan', '2026-11-01T09:00:00.000Z', 1)").run();
    old.prepare("INSERT INTO board_snapshots VALUES ('b1', 0, ?)").run(snapshot);
    old.prepare("INSERT INTO board_updates VALUES ('b1', 1, ?)").run(first);
    old.prepare(
      "INSERT INTO board_activity (board_id, from_at, at, name, organisation, role, updates, bytes) VALUES ('b1', ?, ?, 'Priya Shah', 'Ward 7B', 'editor', 1, ?)",
    ).run(attribution.at, attribution.at, first.byteLength);
    old.close();

    const store = SqliteBoardStore.open(dir);
    expect(await store.loadBoard('b1')).toMatchObject({ lastSeq: 1 });
    const before = Y.encodeStateVector(doc);
    doc.getMap('goals').set('goal-2', 'Carer assessment booked');
    const second = Y.encodeStateAsUpdate(doc, before);
    expect(await store.appendUpdates('b1', 1, [{ update: second, attribution: { ...attribution, at: '2026-11-25T10:00:30.000Z' } }])).toBe(2);
    const run = { from: attribution.at, at: '2026-11-25T10:00:30.000Z', name: 'Priya Shah', organisation: 'Ward 7B', role: 'editor', linkId: null, selfDeclared: true, updates: 2, bytes: first.byteLength + second.byteLength };
    expect(await store.activity('b1', 10)).toEqual([run]);
    await store.compact('b1', Y.encodeStateAsUpdate(doc), 2);
    expect(await store.activity('b1', 10)).toEqual([run]);
    expect(await store.loadBoard('b1')).toMatchObject({ lastSeq: 2, updates: [] });
    await store.close();
  });

  it('marks what a third-version database recorded as self-declared, and takes personal links from then on', async () => {
    const dir = newDir();
    const doc = new Y.Doc();
    const snapshot = Y.encodeStateAsUpdate(doc);
    doc.getMap('goals').set('goal-1', 'Mrs Patel home by Friday');
    const first = Y.encodeStateAsUpdate(doc);

    // As the third release wrote it: the update's attribution in its own row, no link.
    const old = new Database(join(dir, 'partnerboard.sqlite'));
    migrate(old, 3);
    old.prepare("INSERT INTO boards VALUES ('b1', 'Discharge plan', '2026-11-01T09:00:00.000Z')").run();
    old.prepare("INSERT INTO board_snapshots VALUES ('b1', 0, ?)").run(snapshot);
    old.prepare("INSERT INTO board_updates VALUES ('b1', 1, ?, ?, 'Priya Shah', 'Ward 7B', 'editor')").run(first, attribution.at);
    old.close();

    const store = SqliteBoardStore.open(dir);
    expect(await store.activity('b1', 10)).toEqual([
      { from: attribution.at, at: attribution.at, name: 'Priya Shah', organisation: 'Ward 7B', role: 'editor', linkId: null, selfDeclared: true, updates: 1, bytes: first.byteLength },
    ]);
    await store.createPersonalLink(
      { id: 'link-priya', boardId: 'b1', role: 'editor', tokenHash: new Uint8Array(32).fill(5), name: 'Priya Shah', organisation: 'Ward 7B', personId: null, createdAt: attribution.at, createdBy: 'Sam Okoro' },
      500,
    );
    expect((await store.personalLinks('b1')).map((link) => link.id)).toEqual(['link-priya']);
    await store.close();
  });

  it('keeps the links of a fourth-version database, sealed nowhere, until one is replaced', async () => {
    const dir = newDir();
    const old = new Database(join(dir, 'partnerboard.sqlite'));
    migrate(old, 4);
    old.prepare("INSERT INTO boards VALUES ('b1', 'Discharge plan', '2026-11-01T09:00:00.000Z')").run();
    old.prepare("INSERT INTO board_snapshots VALUES ('b1', 0, ?)").run(Y.encodeStateAsUpdate(new Y.Doc()));
    const insertToken = old.prepare("INSERT INTO board_tokens VALUES ('b1', ?, ?)");
    for (const [role, byte] of [['facilitator', 1], ['editor', 2], ['viewer', 3]] as const) insertToken.run(role, new Uint8Array(32).fill(byte));
    old.close();

    const store = SqliteBoardStore.open(dir);
    expect([...((await store.tokenHashes('b1'))?.editor ?? [])]).toEqual([...new Uint8Array(32).fill(2)]);
    expect(await store.sealedTokens('b1')).toEqual({ editor: null, viewer: null });
    await store.rotateToken('b1', 'editor', new Uint8Array(32).fill(9), { editor: new Uint8Array(61).fill(4) });
    expect(await store.sealedTokens('b1')).toEqual({ editor: new Uint8Array(61).fill(4), viewer: null });
    await store.close();
  });

  it('gives the boards of a fifth-version database no named snapshots, and a first claim that fences out none of their data', async () => {
    const dir = newDir();
    const old = new Database(join(dir, 'partnerboard.sqlite'));
    migrate(old, 5);
    old.prepare("INSERT INTO boards VALUES ('b1', 'Discharge plan', '2026-11-01T09:00:00.000Z')").run();
    old.prepare("INSERT INTO board_snapshots VALUES ('b1', 0, ?)").run(Y.encodeStateAsUpdate(new Y.Doc()));
    old.close();

    const store = SqliteBoardStore.open(dir);
    expect(await store.namedSnapshots('b1')).toEqual([]);
    const fence = await store.claimBoard('b1');
    expect(fence).toBe(1);
    const doc = new Y.Doc();
    doc.getMap('goals').set('goal-1', 'Mrs Patel home by Friday');
    expect(await store.appendUpdates('b1', 0, [{ update: Y.encodeStateAsUpdate(doc), attribution }], fence)).toBe(1);
    await store.close();
  });
});