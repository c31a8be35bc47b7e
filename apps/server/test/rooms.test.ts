import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, readBoard, textField, updateMeta } from '@partnerboard/board';
import type { CreateBoardResponse } from '@partnerboard/protocol';
import { createLogger } from '../src/logger.ts';
import { connectClient, eventually, LogCollector, startTestServer, storedBoard, type LogEntry, type TestClient, type TestServer } from './support.ts';

const compactAfterUpdates = 20;

describe('boards in memory', () => {
  let server: TestServer;
  let logs: LogCollector;
  const clients: TestClient[] = [];

  function join(board: CreateBoardResponse): TestClient {
    const client = connectClient(server.syncUrl, board.id, board.tokens.editor, { name: 'Ann Jones' });
    clients.push(client);
    return client;
  }

  function leave(client: TestClient): void {
    client.destroy();
    clients.splice(clients.indexOf(client), 1);
  }

  const about = (event: string, boardId: string) => (entry: LogEntry) => entry.event === event && entry.boardId === boardId;

  /** Writes `count` separate updates (one per transaction) and waits until another client has them all. */
  async function edit(client: TestClient, witness: TestClient, count: number): Promise<string> {
    const goal = createGoal(client.doc, { title: 'Home within 48 hours' });
    const notes = textField(client.doc, 'goals', goal, 'description');
    for (let i = 0; i < count; i += 1) notes.insert(notes.length, `${i} `);
    const expected = notes.toString();
    await eventually(witness.doc, (doc) => readBoard(doc).goals.find((g) => g.id === goal)?.description === expected);
    return goal;
  }

  function sameDocument(actual: Y.Doc, expected: Y.Doc): void {
    expect(readBoard(actual)).toEqual(readBoard(expected));
    expect(Y.decodeStateVector(Y.encodeStateVector(actual))).toEqual(Y.decodeStateVector(Y.encodeStateVector(expected)));
  }

  beforeEach(async () => {
    logs = new LogCollector();
    server = await startTestServer(
      { UNLOAD_AFTER_MS: '0', COMPACT_AFTER_UPDATES: String(compactAfterUpdates) },
      { logger: createLogger('debug', logs) },
    );
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  it('loads a board once for connections that arrive together', async () => {
    const board = await server.createBoard();
    const together = Array.from({ length: 5 }, () => join(board));
    await Promise.all(together.map((client) => client.synced));
    expect(logs.count(about('board-loaded', board.id))).toBe(1);
  });

  it('unloads a board after the last connection leaves and reloads it from storage unchanged', async () => {
    const board = await server.createBoard();
    const ward = join(board);
    const council = join(board);
    await Promise.all([ward.synced, council.synced]);
    await edit(ward, council, 30);
    const before = Y.encodeStateAsUpdate(ward.doc);

    const unloaded = logs.next(about('board-unloaded', board.id));
    leave(ward);
    leave(council);
    await unloaded;

    const reloaded = logs.next(about('board-loaded', board.id));
    const later = join(board);
    await later.synced;
    await reloaded;
    const expected = new Y.Doc();
    Y.applyUpdate(expected, before);
    sameDocument(later.doc, expected);
  });

  it('keeps no board in memory once everyone has left', async () => {
    for (let i = 0; i < 3; i += 1) {
      const board = await server.createBoard({ title: `Board ${i}` });
      const unloaded = logs.next(about('board-unloaded', board.id));
      const client = join(board);
      await client.synced;
      leave(client);
      await unloaded;
    }
    const metrics = await (await server.api('/metrics')).text();
    expect(metrics).toMatch(/^partnerboard_boards_loaded 0$/m);
  });

  it('folds the update log into a snapshot as it grows, keeping the document exactly', async () => {
    const board = await server.createBoard();
    const ward = join(board);
    const council = join(board);
    await Promise.all([ward.synced, council.synced]);
    const compacted = logs.next(about('compacted', board.id));
    await edit(ward, council, compactAfterUpdates * 2);
    await compacted;

    const { doc, stored } = await storedBoard(server.dataDir, board.id);
    expect(stored.updates.length).toBeLessThan(compactAfterUpdates);
    sameDocument(doc, ward.doc);
  });

  it('stores the title a board was given on it once the board is unloaded', async () => {
    const board = await server.createBoard({ title: 'Discharge plan' });
    const ward = join(board);
    await ward.synced;
    updateMeta(ward.doc, { title: 'Discharge plan: Mrs Patel' });
    const unloaded = logs.next(about('board-unloaded', board.id));
    leave(ward);
    await unloaded;
    const answer = await server.api(`/api/boards/${board.id}`, { headers: { Authorization: `Bearer ${board.tokens.viewer}` } });
    expect(await answer.json()).toMatchObject({ title: 'Discharge plan: Mrs Patel' });
  });

  it('leaves a single snapshot behind when a board is unloaded', async () => {
    const board = await server.createBoard();
    const ward = join(board);
    const council = join(board);
    await Promise.all([ward.synced, council.synced]);
    await edit(ward, council, 5);
    const expected = new Y.Doc();
    Y.applyUpdate(expected, Y.encodeStateAsUpdate(ward.doc));
    const unloaded = logs.next(about('board-unloaded', board.id));
    leave(ward);
    leave(council);
    await unloaded;

    const { doc, stored } = await storedBoard(server.dataDir, board.id);
    expect(stored.updates).toEqual([]);
    sameDocument(doc, expected);
  });
});

describe('a board just created', () => {
  it('is opened from memory by its creator, and what they do on it is stored', async () => {
    const logs = new LogCollector();
    const server = await startTestServer({ UNLOAD_AFTER_MS: '60000' }, { logger: createLogger('debug', logs) });
    try {
      const board = await server.createBoard({ title: 'Discharge plan' });
      const creator = connectClient(server.syncUrl, board.id, board.tokens.facilitator, { name: 'Ann Jones' });
      await creator.synced;
      expect(readBoard(creator.doc).meta.title).toBe('Discharge plan');
      const goal = createGoal(creator.doc, { title: 'Home within 48 hours' });
      const witness = connectClient(server.syncUrl, board.id, board.tokens.viewer, { name: 'Sam Lee' });
      await eventually(witness.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
      creator.destroy();
      witness.destroy();
      expect(logs.count((entry) => entry.event === 'board-loaded' && entry.boardId === board.id)).toBe(0);

      const { doc } = await storedBoard(server.dataDir, board.id);
      expect(readBoard(doc).goals.map((g) => g.title)).toEqual(['Home within 48 hours']);
    } finally {
      await server.stop();
    }
  });
});
