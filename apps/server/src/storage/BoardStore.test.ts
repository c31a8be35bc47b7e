import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '@partnerboard/protocol';
import {
  BoardExistsError,
  OutdatedSequenceError,
  StaleWriterError,
  TooManyNamedSnapshotsError,
  TooManyPersonalLinksError,
  type Attribution,
  type BoardStore,
  type NamedSnapshots,
  type NewBoard,
  type NewNamedSnapshot,
  type NewPersonalLink,
  type SealedTokens,
  type UpdateLog,
} from './BoardStore.ts';
import { SqliteBoardStore } from './sqlite/SqliteBoardStore.ts';
import { storesUnderTest, type StoreUnderTest } from './storesUnderTest.ts';


function hash(byte: number): Uint8Array {
  return new Uint8Array(32).fill(byte);
}

function newBoard(id: string, initialState = Y.encodeStateAsUpdate(new Y.Doc())): NewBoard {
  return {
    id,
    title: 'Hospital discharge: Mrs Patel',
    createdAt: '2025-03-01T09:00:00.000Z',
    tokenHashes: { facilitator: hash(1), editor: hash(2), viewer: hash(3) },
    initialState,
  };
}

function personalLink(id: string, byte: number, overrides: Partial<NewPersonalLink> = {}): NewPersonalLink {
  return {
    id,
    boardId: 'board-one',
    role: 'editor',
    tokenHash: hash(byte),
    name: 'Priya Shah',
    organisation: 'Ward 7B',
    personId: 'person-priya',
    createdAt: '2025-03-01T09:30:00.000Z',
    createdBy: 'Sam Okoro',
    ...overrides,
  };
}

function by(name: string, at: string, role: Role = 'editor', linkId: string | null = null): Attribution {
  return { name, organisation: 'City Council', role, linkId, at };
}

/** A doc edited in steps, recording each step's update as a client would send it. */
function editedDoc(steps: number) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const initialState = Y.encodeStateAsUpdate(doc);
  for (let step = 0; step < steps; step += 1) {
    doc.getMap('goals').set(`goal-${step}`, `Reduce delayed discharges, step ${step}`);
    doc.getText('notes').insert(0, `${step} `);
  }
  return { doc, updates, initialState };
}

function rebuild(stored: { snapshot: Uint8Array; updates: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

function sameDocument(actual: Y.Doc, expected: Y.Doc): void {
  expect(actual.getMap('goals').toJSON()).toEqual(expected.getMap('goals').toJSON());
  expect(actual.getText('notes').toString()).toBe(expected.getText('notes').toString());
  expect(Y.encodeStateVector(actual)).toEqual(Y.encodeStateVector(expected));
}

describe.each(storesUnderTest)('%s', (_name, setUp) => {
  let subject: StoreUnderTest;
  let store: BoardStore;

  function start(): BoardStore {
    subject = setUp();
    store = subject.open();
    return store;
  }

  afterEach(async () => {
    await store.close();
    await subject.cleanUp();
  });

  it('creates a board and reads back its record and token hashes', async () => {
    start();
    await store.createBoard(newBoard('board-one'));
    expect(await store.getBoard('board-one')).toEqual({
      id: 'board-one',
      title: 'Hospital discharge: Mrs Patel',
      createdAt: '2025-03-01T09:00:00.000Z',
    });
    const hashes = await store.tokenHashes('board-one');
    expect(hashes && Object.fromEntries(Object.entries(hashes).map(([role, h]) => [role, [...h]]))).toEqual({
      facilitator: [...hash(1)],
      editor: [...hash(2)],
      viewer: [...hash(3)],
    });
  });

  it('refuses a second board with the same id', async () => {
    start();
    await store.createBoard(newBoard('board-one'));
    await expect(store.createBoard(newBoard('board-one'))).rejects.toBeInstanceOf(BoardExistsError);
  });

  it('answers null or nothing for a board it does not have', async () => {
    start();
    expect(await store.getBoard('nope')).toBeNull();
    expect(await store.tokenHashes('nope')).toBeNull();
    expect(await store.loadBoard('nope')).toBeNull();
    expect(await store.activity('nope', 10)).toEqual([]);
  });

  it('rotates one role token hash and leaves the others', async () => {
    start();
    await store.createBoard(newBoard('board-one'));
    await store.rotateToken('board-one', 'editor', hash(9));
    const hashes = await store.tokenHashes('board-one');
    expect([...(hashes?.editor ?? [])]).toEqual([...hash(9)]);
    expect([...(hashes?.viewer ?? [])]).toEqual([...hash(3)]);
    expect([...(hashes?.facilitator ?? [])]).toEqual([...hash(1)]);
  });

  describe('sealed share tokens', () => {
    const sealed = (byte: number) => new Uint8Array(61).fill(byte);
    const bytesOf = (tokens: SealedTokens | null) => tokens && { editor: tokens.editor && [...tokens.editor], viewer: tokens.viewer && [...tokens.viewer] };

    it('keeps the editor and viewer tokens sealed as given, and none for a board made without', async () => {
      start();
      await store.createBoard({ ...newBoard('board-one'), sealedTokens: { editor: sealed(4), viewer: sealed(5) } });
      await store.createBoard(newBoard('made-before'));
      expect(bytesOf(await store.sealedTokens('board-one'))).toEqual({ editor: [...sealed(4)], viewer: [...sealed(5)] });
      expect(await store.sealedTokens('made-before')).toEqual({ editor: null, viewer: null });
      expect(await store.sealedTokens('nope')).toBeNull();
    });

    it('replaces a rotated link’s sealed token with the one given, or with none', async () => {
      start();
      await store.createBoard({ ...newBoard('board-one'), sealedTokens: { editor: sealed(4), viewer: sealed(5) } });
      await store.rotateToken('board-one', 'editor', hash(9), { editor: sealed(6) });
      expect(bytesOf(await store.sealedTokens('board-one'))).toEqual({ editor: [...sealed(6)], viewer: [...sealed(5)] });
      await store.rotateToken('board-one', 'viewer', hash(8));
      expect(bytesOf(await store.sealedTokens('board-one'))).toEqual({ editor: [...sealed(6)], viewer: null });
    });

    it('stores the others sealed again with a new facilitator token, in the same step', async () => {
      start();
      await store.createBoard({ ...newBoard('board-one'), sealedTokens: { editor: sealed(4), viewer: sealed(5) } });
      await store.rotateToken('board-one', 'facilitator', hash(7), { editor: sealed(14), viewer: null });
      expect(bytesOf(await store.sealedTokens('board-one'))).toEqual({ editor: [...sealed(14)], viewer: null });
      expect([...((await store.tokenHashes('board-one'))?.facilitator ?? [])]).toEqual([...hash(7)]);
      await expect(store.rotateToken('nope', 'facilitator', hash(7), { editor: sealed(14) })).rejects.toThrow('Unknown board nope');
    });
  });

  it('stores a new title', async () => {
    start();
    await store.createBoard(newBoard('board-one'));
    await store.setTitle('board-one', 'Discharge plan (revised)');
    expect((await store.getBoard('board-one'))?.title).toBe('Discharge plan (revised)');
  });

  it('rebuilds the document from the initial state and every appended update, in order', async () => {
    start();
    const { doc, updates, initialState } = editedDoc(5);
    await store.createBoard(newBoard('board-one', initialState));
    expect(await store.appendUpdates('board-one', 0, updates.slice(0, 4).map((u) => ({ update: u, attribution: by('Ann', '2025-03-01T10:00:00.000Z') })))).toBe(4);
    expect(await store.appendUpdates('board-one', 4, updates.slice(4).map((u) => ({ update: u, attribution: by('Ann', '2025-03-01T10:00:01.000Z') })))).toBe(updates.length);
    const stored = await store.loadBoard('board-one');
    expect(stored?.lastSeq).toBe(updates.length);
    sameDocument(rebuild(stored!), doc);
  });

  it('compacts into one snapshot that holds exactly the same document', async () => {
    start();
    const { doc, updates, initialState } = editedDoc(6);
    await store.createBoard(newBoard('board-one', initialState));
    const lastSeq = await store.appendUpdates('board-one', 0, updates.map((u) => ({ update: u, attribution: by('Ann', '2025-03-01T10:00:00.000Z') })));
    await store.compact('board-one', Y.encodeStateAsUpdate(rebuild((await store.loadBoard('board-one'))!)), lastSeq);
    const stored = await store.loadBoard('board-one');
    expect(stored?.updates).toEqual([]);
    expect(stored?.lastSeq).toBe(lastSeq);
    sameDocument(rebuild(stored!), doc);
  });

  it('keeps the updates that came after the compacted sequence number', async () => {
    start();
    const { doc, updates, initialState } = editedDoc(4);
    await store.createBoard(newBoard('board-one', initialState));
    const attribution = by('Ann', '2025-03-01T10:00:00.000Z');
    const early = updates.slice(0, 3);
    const earlySeq = await store.appendUpdates('board-one', 0, early.map((update) => ({ update, attribution })));
    const upToEarly = new Y.Doc();
    Y.applyUpdate(upToEarly, initialState);
    for (const update of early) Y.applyUpdate(upToEarly, update);
    await store.appendUpdates('board-one', earlySeq, updates.slice(3).map((update) => ({ update, attribution })));
    await store.compact('board-one', Y.encodeStateAsUpdate(upToEarly), earlySeq);
    const stored = await store.loadBoard('board-one');
    expect(stored?.updates).toHaveLength(updates.length - 3);
    sameDocument(rebuild(stored!), doc);
  });

  it('ignores a compaction older than the snapshot it already has', async () => {
    start();
    const { doc, updates, initialState } = editedDoc(3);
    await store.createBoard(newBoard('board-one', initialState));
    const lastSeq = await store.appendUpdates('board-one', 0, updates.map((update) => ({ update, attribution: by('Ann', '2025-03-01T10:00:00.000Z') })));
    await store.compact('board-one', Y.encodeStateAsUpdate(doc), lastSeq);
    await store.compact('board-one', initialState, 1);
    sameDocument(rebuild((await store.loadBoard('board-one'))!), doc);
  });

  it('replaces the snapshot with a compaction at its own sequence number', async () => {
    start();
    const { doc, updates, initialState } = editedDoc(3);
    await store.createBoard(newBoard('board-one', initialState));
    const lastSeq = await store.appendUpdates('board-one', 0, updates.map((update) => ({ update, attribution: by('Ann', '2025-03-01T10:00:00.000Z') })));
    await store.compact('board-one', initialState, lastSeq);
    await store.compact('board-one', Y.encodeStateAsUpdate(doc), lastSeq);
    const stored = (await store.loadBoard('board-one'))!;
    expect(stored.updates).toHaveLength(0);
    sameDocument(rebuild(stored), doc);
  });

  it('records activity as runs: one person editing within a minute is one entry, newest first', async () => {
    start();
    const { updates, initialState } = editedDoc(2);
    await store.createBoard(newBoard('board-one', initialState));
    const [first, second] = [updates[0]!, updates[1]!];
    await store.appendUpdates('board-one', 0, [
      { update: first, attribution: by('Ann', '2025-03-01T10:00:00.000Z') },
      { update: second, attribution: by('Ann', '2025-03-01T10:00:30.000Z') },
      { update: first, attribution: by('Bola', '2025-03-01T10:00:40.000Z', 'facilitator') },
      { update: second, attribution: by('Ann', '2025-03-01T10:05:00.000Z') },
    ]);
    // An entry's bytes are the sizes of its updates.
    expect(await store.activity('board-one', 10)).toEqual([
      { from: '2025-03-01T10:05:00.000Z', at: '2025-03-01T10:05:00.000Z', name: 'Ann', organisation: 'City Council', role: 'editor', linkId: null, selfDeclared: true, updates: 1, bytes: second.byteLength },
      { from: '2025-03-01T10:00:40.000Z', at: '2025-03-01T10:00:40.000Z', name: 'Bola', organisation: 'City Council', role: 'facilitator', linkId: null, selfDeclared: true, updates: 1, bytes: first.byteLength },
      { from: '2025-03-01T10:00:00.000Z', at: '2025-03-01T10:00:30.000Z', name: 'Ann', organisation: 'City Council', role: 'editor', linkId: null, selfDeclared: true, updates: 2, bytes: first.byteLength + second.byteLength },
    ]);
    expect(await store.activity('board-one', 1)).toHaveLength(1);
  });

  it('carries a run of activity on across a compaction', async () => {
    start();
    const { doc, updates, initialState } = editedDoc(3);
    await store.createBoard(newBoard('board-one', initialState));
    const [first, second, third] = [updates[0]!, updates[1]!, updates[2]!];
    await store.appendUpdates('board-one', 0, [
      { update: first, attribution: by('Ann', '2025-03-01T10:00:00.000Z') },
      { update: second, attribution: by('Ann', '2025-03-01T10:00:20.000Z') },
    ]);
    await store.compact('board-one', Y.encodeStateAsUpdate(rebuild((await store.loadBoard('board-one'))!)), 2);
    await store.appendUpdates('board-one', 2, [{ update: third, attribution: by('Ann', '2025-03-01T10:00:40.000Z') }]);
    const oneRun = { from: '2025-03-01T10:00:00.000Z', at: '2025-03-01T10:00:40.000Z', name: 'Ann', organisation: 'City Council', role: 'editor', linkId: null, selfDeclared: true, updates: 3, bytes: first.byteLength + second.byteLength + third.byteLength };
    expect(await store.activity('board-one', 10)).toEqual([oneRun]);
    await store.compact('board-one', Y.encodeStateAsUpdate(doc), 3);
    expect(await store.activity('board-one', 10)).toEqual([oneRun]);
  });

  it('refuses an append after an outdated sequence number, and stores none of it', async () => {
    start();
    const { updates, initialState } = editedDoc(3);
    await store.createBoard(newBoard('board-one', initialState));
    const attribution = by('Ann', '2025-03-01T10:00:00.000Z');
    await store.appendUpdates('board-one', 0, updates.slice(0, 2).map((update) => ({ update, attribution })));
    await expect(store.appendUpdates('board-one', 1, [{ update: updates[2]!, attribution }])).rejects.toBeInstanceOf(OutdatedSequenceError);
    const stored = await store.loadBoard('board-one');
    expect(stored?.updates).toHaveLength(2);
    expect(stored?.lastSeq).toBe(2);
    expect((await store.activity('board-one', 10))[0]?.updates).toBe(2);
  });

  it('orders appends without a sequence number after whatever the log holds, across a compaction', async () => {
    start();
    const { doc, updates, initialState } = editedDoc(4);
    await store.createBoard(newBoard('board-one', initialState));
    const attribution = by('Ann', '2025-03-01T10:00:00.000Z');
    expect(await store.appendUpdates('board-one', null, [{ update: updates[0]!, attribution }])).toBe(1);
    expect(await store.appendUpdates('board-one', null, updates.slice(1, 3).map((update) => ({ update, attribution })))).toBe(3);
    await store.compact('board-one', Y.encodeStateAsUpdate(rebuild((await store.loadBoard('board-one'))!)), 3);
    expect(await store.appendUpdates('board-one', null, updates.slice(3).map((update) => ({ update, attribution })))).toBe(updates.length);
    const stored = (await store.loadBoard('board-one'))!;
    expect(stored.lastSeq).toBe(updates.length);
    sameDocument(rebuild(stored), doc);
  });

  it('keeps boards apart', async () => {
    start();
    const { updates, initialState } = editedDoc(1);
    await store.createBoard(newBoard('board-one', initialState));
    await store.createBoard(newBoard('board-two', initialState));
    await store.appendUpdates('board-one', 0, [{ update: updates[0]!, attribution: by('Ann', '2025-03-01T10:00:00.000Z') }]);
    expect((await store.loadBoard('board-two'))?.updates).toEqual([]);
    expect(await store.activity('board-two', 10)).toEqual([]);
  });

  it('deletes a board with everything stored for it, for good, and leaves other boards as they were', async () => {
    start();
    const { doc, updates, initialState } = editedDoc(3);
    await store.createBoard(newBoard('board-one', initialState));
    await store.createBoard(newBoard('board-two', initialState));
    for (const boardId of ['board-one', 'board-two']) {
      await store.appendUpdates(boardId, 0, updates.map((update) => ({ update, attribution: by('Ann', '2025-03-01T10:00:00.000Z') })));
      await store.compact(boardId, Y.encodeStateAsUpdate(doc), 2);
    }
    await store.createPersonalLink(personalLink('link-priya', 20), 500);
    expect(await store.tokenHashes('board-one')).not.toBeNull();

    expect(await store.deleteBoard('board-one')).toBe(true);
    if (subject.reopen) store = await subject.reopen(store);
    expect(await store.getBoard('board-one')).toBeNull();
    expect(await store.tokenHashes('board-one')).toBeNull();
    expect(await store.loadBoard('board-one')).toBeNull();
    expect(await store.activity('board-one', 10)).toEqual([]);
    expect(await store.personalLinks('board-one')).toEqual([]);
    expect(await store.personalLinkByTokenHash('board-one', hash(20))).toBeNull();
    expect(await store.deleteBoard('board-one')).toBe(false);
    sameDocument(rebuild((await store.loadBoard('board-two'))!), doc);
    expect(await store.activity('board-two', 10)).toHaveLength(1);
  });

  it('commits appends to several boards made at once, and a refused one does not undo the others', async () => {
    start();
    const { doc, updates, initialState } = editedDoc(2);
    await store.createBoard(newBoard('board-one', initialState));
    await store.createBoard(newBoard('board-two', initialState));
    const append = (boardId: string) =>
      store.appendUpdates(boardId, 0, updates.map((update) => ({ update, attribution: by('Ann', '2025-03-01T10:00:00.000Z') })));
    const [one, unknown, two] = await Promise.allSettled([append('board-one'), append('no-such-board'), append('board-two')]);
    expect(one).toEqual({ status: 'fulfilled', value: updates.length });
    expect(unknown.status).toBe('rejected');
    expect(two).toEqual({ status: 'fulfilled', value: updates.length });
    sameDocument(rebuild((await store.loadBoard('board-one'))!), doc);
    sameDocument(rebuild((await store.loadBoard('board-two'))!), doc);
  });

  describe('personal links', () => {
    it('stores a personal link and lists it, without its token hash, oldest first', async () => {
      start();
      await store.createBoard(newBoard('board-one'));
      await store.createPersonalLink(personalLink('link-priya', 20), 500);
      await store.createPersonalLink(personalLink('link-dee', 21, { role: 'viewer', name: 'Dee Khan', organisation: 'St Mary School', personId: null }), 500);
      expect(await store.personalLinks('board-one')).toEqual([
        { id: 'link-priya', boardId: 'board-one', role: 'editor', name: 'Priya Shah', organisation: 'Ward 7B', personId: 'person-priya', createdAt: '2025-03-01T09:30:00.000Z', createdBy: 'Sam Okoro', revokedAt: null },
        { id: 'link-dee', boardId: 'board-one', role: 'viewer', name: 'Dee Khan', organisation: 'St Mary School', personId: null, createdAt: '2025-03-01T09:30:00.000Z', createdBy: 'Sam Okoro', revokedAt: null },
      ]);
      expect(await store.personalLinks('board-two')).toEqual([]);
    });

    it('finds a link by the hash of its token, on its own board only', async () => {
      start();
      await store.createBoard(newBoard('board-one'));
      await store.createBoard(newBoard('board-two'));
      await store.createPersonalLink(personalLink('link-priya', 20), 500);
      const found = await store.personalLinkByTokenHash('board-one', hash(20));
      expect(found).toMatchObject({ id: 'link-priya', name: 'Priya Shah', revokedAt: null });
      expect([...(found?.tokenHash ?? [])]).toEqual([...hash(20)]);
      expect(await store.personalLinkByTokenHash('board-one', hash(21))).toBeNull();
      expect(await store.personalLinkByTokenHash('board-two', hash(20))).toBeNull();
    });

    it('withdraws one link, keeps the first withdrawal date, and leaves the others working', async () => {
      start();
      await store.createBoard(newBoard('board-one'));
      await store.createPersonalLink(personalLink('link-priya', 20), 500);
      await store.createPersonalLink(personalLink('link-dee', 21, { name: 'Dee Khan' }), 500);
      expect(await store.withdrawPersonalLink('board-one', 'link-priya', '2025-03-02T10:00:00.000Z')).toMatchObject({
        id: 'link-priya',
        revokedAt: '2025-03-02T10:00:00.000Z',
      });
      expect(await store.withdrawPersonalLink('board-one', 'link-priya', '2025-03-03T10:00:00.000Z')).toMatchObject({
        revokedAt: '2025-03-02T10:00:00.000Z',
      });
      expect((await store.personalLinkByTokenHash('board-one', hash(20)))?.revokedAt).toBe('2025-03-02T10:00:00.000Z');
      expect((await store.personalLinkByTokenHash('board-one', hash(21)))?.revokedAt).toBeNull();
      expect(await store.withdrawPersonalLink('board-one', 'no-such-link', '2025-03-02T10:00:00.000Z')).toBeNull();
      expect(await store.withdrawPersonalLink('board-two', 'link-dee', '2025-03-02T10:00:00.000Z')).toBeNull();
    });

    it('refuses a link beyond the board’s cap, counting withdrawn ones', async () => {
      start();
      await store.createBoard(newBoard('board-one'));
      await store.createPersonalLink(personalLink('link-1', 20), 2);
      await store.createPersonalLink(personalLink('link-2', 21), 2);
      await store.withdrawPersonalLink('board-one', 'link-1', '2025-03-02T10:00:00.000Z');
      await expect(store.createPersonalLink(personalLink('link-3', 22), 2)).rejects.toBeInstanceOf(TooManyPersonalLinksError);
      expect(await store.personalLinks('board-one')).toHaveLength(2);
    });

    it('keeps personal links working when a role link is rotated', async () => {
      start();
      await store.createBoard(newBoard('board-one'));
      await store.createPersonalLink(personalLink('link-priya', 20), 500);
      await store.rotateToken('board-one', 'editor', hash(9));
      expect((await store.personalLinkByTokenHash('board-one', hash(20)))?.revokedAt).toBeNull();
    });

    it('attributes activity to the link it came through, as a run of its own, and marks shared links self-declared', async () => {
      start();
      const { doc, updates, initialState } = editedDoc(3);
      await store.createBoard(newBoard('board-one', initialState));
      const [first, second, third] = [updates[0]!, updates[1]!, updates[2]!];
      await store.appendUpdates('board-one', 0, [
        { update: first, attribution: by('Priya Shah', '2025-03-01T10:00:00.000Z', 'editor', 'link-priya') },
        // The same name on a shared link is someone else as far as proof goes: a new run.
        { update: second, attribution: by('Priya Shah', '2025-03-01T10:00:10.000Z') },
      ]);
      await store.compact('board-one', Y.encodeStateAsUpdate(rebuild((await store.loadBoard('board-one'))!)), 2);
      await store.appendUpdates('board-one', 2, [{ update: third, attribution: by('Priya Shah', '2025-03-01T10:00:20.000Z', 'editor', 'link-priya') }]);
      expect((await store.activity('board-one', 10)).map(({ name, linkId, selfDeclared, updates: count }) => ({ name, linkId, selfDeclared, count }))).toEqual([
        { name: 'Priya Shah', linkId: 'link-priya', selfDeclared: false, count: 1 },
        { name: 'Priya Shah', linkId: null, selfDeclared: true, count: 1 },
        { name: 'Priya Shah', linkId: 'link-priya', selfDeclared: false, count: 1 },
      ]);
      await store.compact('board-one', Y.encodeStateAsUpdate(doc), 3);
      expect((await store.activity('board-one', 10)).map(({ linkId }) => linkId)).toEqual(['link-priya', null, 'link-priya']);
    });

    it('still has its personal links and their withdrawals after it is closed and opened again', async (context) => {
      start();
      if (!subject.reopen) return context.skip();
      await store.createBoard(newBoard('board-one'));
      await store.createPersonalLink(personalLink('link-priya', 20), 500);
      await store.createPersonalLink(personalLink('link-dee', 21, { name: 'Dee Khan' }), 500);
      await store.withdrawPersonalLink('board-one', 'link-dee', '2025-03-02T10:00:00.000Z');
      store = await subject.reopen(store);
      expect((await store.personalLinks('board-one')).map(({ id, revokedAt }) => ({ id, revokedAt }))).toEqual([
        { id: 'link-priya', revokedAt: null },
        { id: 'link-dee', revokedAt: '2025-03-02T10:00:00.000Z' },
      ]);
    });
  });

  describe('named snapshots', () => {
    function named(id: string, state: Uint8Array, overrides: Partial<NewNamedSnapshot> = {}): NewNamedSnapshot {
      return { id, boardId: 'board-one', name: `Review ${id}`, takenBy: 'Sam Okoro', takenAt: '2025-03-10T09:00:00.000Z', state, ...overrides };
    }

    async function boardAt(steps: number) {
      const snapshots: NamedSnapshots = start();
      const edited = editedDoc(steps);
      await store.createBoard(newBoard('board-one', edited.initialState));
      return { snapshots, state: Y.encodeStateAsUpdate(edited.doc), doc: edited.doc };
    }

    it('lists a board’s named snapshots without their documents, oldest first', async () => {
      const { snapshots, state } = await boardAt(2);
      await snapshots.saveNamedSnapshot(named('march', state, { name: 'Review, March' }), 20);
      await snapshots.saveNamedSnapshot(named('april', state, { name: 'Review, April', takenAt: '2025-04-10T09:00:00.000Z' }), 20);
      expect(await snapshots.namedSnapshots('board-one')).toEqual([
        { id: 'march', boardId: 'board-one', name: 'Review, March', takenBy: 'Sam Okoro', takenAt: '2025-03-10T09:00:00.000Z', bytes: state.byteLength },
        { id: 'april', boardId: 'board-one', name: 'Review, April', takenBy: 'Sam Okoro', takenAt: '2025-04-10T09:00:00.000Z', bytes: state.byteLength },
      ]);
    });

    it('loads one with the document as it was when it was taken, whatever the board did since', async () => {
      const { snapshots, state, doc } = await boardAt(3);
      await snapshots.saveNamedSnapshot(named('march', state), 20);
      await store.compact('board-one', Y.encodeStateAsUpdate(new Y.Doc()), 0);
      const loaded = await snapshots.namedSnapshot('board-one', 'march');
      expect(loaded).toMatchObject({ id: 'march', name: 'Review march', bytes: state.byteLength });
      sameDocument(rebuild({ snapshot: loaded!.state, updates: [] }), doc);
    });

    it('answers null for a snapshot the board does not have, or that another board has', async () => {
      const { snapshots, state } = await boardAt(1);
      await store.createBoard(newBoard('board-two'));
      await snapshots.saveNamedSnapshot(named('march', state), 20);
      expect(await snapshots.namedSnapshot('board-one', 'april')).toBeNull();
      expect(await snapshots.namedSnapshot('board-two', 'march')).toBeNull();
      expect(await snapshots.namedSnapshots('board-two')).toEqual([]);
      expect(await snapshots.deleteNamedSnapshot('board-two', 'march')).toBe(false);
    });

    it('deletes one and keeps the others', async () => {
      const { snapshots, state } = await boardAt(1);
      await snapshots.saveNamedSnapshot(named('march', state), 20);
      await snapshots.saveNamedSnapshot(named('april', state), 20);
      expect(await snapshots.deleteNamedSnapshot('board-one', 'march')).toBe(true);
      expect(await snapshots.deleteNamedSnapshot('board-one', 'march')).toBe(false);
      expect((await snapshots.namedSnapshots('board-one')).map(({ id }) => id)).toEqual(['april']);
      expect(await snapshots.namedSnapshot('board-one', 'march')).toBeNull();
    });

    it('refuses one beyond the board’s limit, and keeps one again once another is deleted', async () => {
      const { snapshots, state } = await boardAt(1);
      await snapshots.saveNamedSnapshot(named('march', state), 2);
      await snapshots.saveNamedSnapshot(named('april', state), 2);
      await expect(snapshots.saveNamedSnapshot(named('may', state), 2)).rejects.toBeInstanceOf(TooManyNamedSnapshotsError);
      expect(await snapshots.namedSnapshots('board-one')).toHaveLength(2);
      await snapshots.deleteNamedSnapshot('board-one', 'march');
      await snapshots.saveNamedSnapshot(named('may', state), 2);
      expect((await snapshots.namedSnapshots('board-one')).map(({ id }) => id)).toEqual(['april', 'may']);
    });

    it('refuses one for a board it does not have, or under an id already taken', async () => {
      const { snapshots, state } = await boardAt(1);
      await expect(snapshots.saveNamedSnapshot(named('march', state, { boardId: 'no-such-board' }), 20)).rejects.toThrow(/Unknown board/);
      await snapshots.saveNamedSnapshot(named('march', state), 20);
      await expect(snapshots.saveNamedSnapshot(named('march', state), 20)).rejects.toThrow(/already exists/);
      expect(await snapshots.namedSnapshots('board-one')).toHaveLength(1);
    });

    it('removes a board’s named snapshots with the board', async () => {
      const { snapshots, state } = await boardAt(1);
      await snapshots.saveNamedSnapshot(named('march', state), 20);
      await store.deleteBoard('board-one');
      if (subject.reopen) store = await subject.reopen(store);
      expect(await store.namedSnapshots('board-one')).toEqual([]);
      expect(await store.namedSnapshot('board-one', 'march')).toBeNull();
    });

    it('still has them after it is closed and opened again', async (context) => {
      const { snapshots, state, doc } = await boardAt(2);
      if (!subject.reopen) return context.skip();
      await snapshots.saveNamedSnapshot(named('march', state), 20);
      store = await subject.reopen(store);
      sameDocument(rebuild({ snapshot: (await store.namedSnapshot('board-one', 'march'))!.state, updates: [] }), doc);
    });
  });

  describe('writer claims', () => {
    async function claimedBoard(steps: number) {
      const log: UpdateLog = start();
      const edited = editedDoc(steps);
      await store.createBoard(newBoard('board-one', edited.initialState));
      const appends = edited.updates.map((update) => ({ update, attribution: by('Ann', '2025-03-01T10:00:00.000Z') }));
      return { log, appends, ...edited };
    }

    it('answers a greater fence at each claim of a board', async () => {
      const { log } = await claimedBoard(0);
      await store.createBoard(newBoard('board-two'));
      const first = await log.claimBoard('board-one');
      const second = await log.claimBoard('board-one');
      expect(second).toBeGreaterThan(first);
      expect(await log.claimBoard('board-two')).toBeGreaterThan(0);
    });

    it('takes appends and compactions that carry the board’s latest claim', async () => {
      const { log, appends, doc } = await claimedBoard(3);
      const fence = await log.claimBoard('board-one');
      expect(await log.appendUpdates('board-one', 0, appends.slice(0, 2), fence)).toBe(2);
      expect(await log.appendUpdates('board-one', 2, appends.slice(2), fence)).toBe(appends.length);
      await log.compact('board-one', Y.encodeStateAsUpdate(doc), appends.length, fence);
      expect(await log.loadBoard('board-one')).toMatchObject({ lastSeq: appends.length, updates: [] });
    });

    it('refuses an append from a writer claimed over, and stores none of it', async () => {
      const { log, appends } = await claimedBoard(2);
      const stale = await log.claimBoard('board-one');
      await log.appendUpdates('board-one', 0, appends.slice(0, 1), stale);
      const latest = await log.claimBoard('board-one');
      await expect(log.appendUpdates('board-one', 1, appends.slice(1), stale)).rejects.toBeInstanceOf(StaleWriterError);
      expect((await log.loadBoard('board-one'))?.lastSeq).toBe(1);
      expect(await log.appendUpdates('board-one', 1, appends.slice(1), latest)).toBe(appends.length);
    });

    it('refuses a compaction from a writer claimed over, and keeps the log', async () => {
      const { log, appends, doc } = await claimedBoard(2);
      const stale = await log.claimBoard('board-one');
      await log.appendUpdates('board-one', 0, appends, stale);
      await log.claimBoard('board-one');
      await expect(log.compact('board-one', Y.encodeStateAsUpdate(doc), appends.length, stale)).rejects.toBeInstanceOf(StaleWriterError);
      expect((await log.loadBoard('board-one'))?.updates).toHaveLength(appends.length);
    });

    it('checks an append without a fence by its sequence number only', async () => {
      const { log, appends } = await claimedBoard(2);
      await log.claimBoard('board-one');
      expect(await log.appendUpdates('board-one', 0, appends.slice(0, 1))).toBe(1);
      await expect(log.appendUpdates('board-one', 0, appends.slice(1))).rejects.toBeInstanceOf(OutdatedSequenceError);
    });

    it('refuses a claim on a board it does not have', async () => {
      const { log } = await claimedBoard(0);
      await expect(log.claimBoard('no-such-board')).rejects.toThrow(/Unknown board/);
    });

    it('fences out a writer claimed over before it was closed and opened again', async (context) => {
      const { log, appends } = await claimedBoard(1);
      if (!subject.reopen) return context.skip();
      const stale = await log.claimBoard('board-one');
      store = await subject.reopen(store);
      const latest = await store.claimBoard('board-one');
      expect(latest).toBeGreaterThan(stale);
      await expect(store.appendUpdates('board-one', 0, appends, stale)).rejects.toBeInstanceOf(StaleWriterError);
      expect(await store.appendUpdates('board-one', 0, appends, latest)).toBe(appends.length);
    });
  });

  it('still has every committed update after it is closed and opened again', async (context) => {
    start();
    if (!subject.reopen) return context.skip();
    const { doc, updates, initialState } = editedDoc(3);
    await store.createBoard(newBoard('board-one', initialState));
    await store.appendUpdates('board-one', 0, updates.map((update) => ({ update, attribution: by('Ann', '2025-03-01T10:00:00.000Z') })));
    store = await subject.reopen(store);
    sameDocument(rebuild((await store.loadBoard('board-one'))!), doc);
    expect(await store.activity('board-one', 10)).toHaveLength(1);
  });
});

describe('SqliteBoardStore: token hashes kept in memory', () => {
  let dir: string;
  let store: SqliteBoardStore;

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Changes a stored hash behind the store's back, as only a second process could. */
  function overwriteStored(boardId: string, role: Role, tokenHash: Uint8Array): void {
    const other = new Database(join(dir, 'partnerboard.sqlite'));
    other.prepare('UPDATE board_tokens SET token_hash = ? WHERE board_id = ? AND role = ?').run(tokenHash, boardId, role);
    other.close();
  }

  it('keeps the most recently used boards and reads a forgotten one from the file again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'partnerboard-tokens-'));
    store = SqliteBoardStore.open(dir, { tokenCacheBoards: 2 });
    for (const id of ['one', 'two', 'three']) await store.createBoard(newBoard(id));
    await store.tokenHashes('three'); // kept: two and three, the most recently used
    overwriteStored('one', 'editor', hash(7));
    overwriteStored('three', 'editor', hash(7));
    // Remembered, so the change made behind its back is not seen: why one server per data directory.
    expect([...(await store.tokenHashes('three'))!.editor]).toEqual([...hash(2)]);
    expect([...(await store.tokenHashes('one'))!.editor]).toEqual([...hash(7)]);
  });

  it('sees a rotation at once, and the rotated hash is what the file holds', async () => {
    dir = mkdtempSync(join(tmpdir(), 'partnerboard-tokens-'));
    store = SqliteBoardStore.open(dir);
    await store.createBoard(newBoard('one'));
    await store.tokenHashes('one');
    await store.rotateToken('one', 'viewer', hash(8));
    const remembered = (await store.tokenHashes('one'))!;
    expect([remembered.facilitator, remembered.editor, remembered.viewer].map((h) => [...h])).toEqual([[...hash(1)], [...hash(2)], [...hash(8)]]);
    await store.close();
    store = SqliteBoardStore.open(dir);
    const reread = (await store.tokenHashes('one'))!;
    expect([reread.facilitator, reread.editor, reread.viewer].map((h) => h[0])).toEqual([1, 2, 8]);
  });
});

describe('SqliteBoardStore: writer claims checked at the group commit', () => {
  let dir: string;
  let store: SqliteBoardStore;

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an append still waiting for its group commit once a newer claim is made', async () => {
    dir = mkdtempSync(join(tmpdir(), 'partnerboard-claims-'));
    store = SqliteBoardStore.open(dir);
    const { updates, initialState } = editedDoc(1);
    await store.createBoard(newBoard('board-one', initialState));
    const stale = await store.claimBoard('board-one');
    const queued = store.appendUpdates('board-one', 0, [{ update: updates[0]!, attribution: by('Ann', '2025-03-01T10:00:00.000Z') }], stale);
    const latest = await store.claimBoard('board-one');
    await expect(queued).rejects.toBeInstanceOf(StaleWriterError);
    expect((await store.loadBoard('board-one'))?.lastSeq).toBe(0);
    expect(latest).toBeGreaterThan(stale);
  });
});
