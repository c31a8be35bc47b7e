import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGoal, readBoard } from '@partnerboard/board';
import { closeCodes, type ApiErrorBody, type CreateBoardResponse, type CreatePersonalLinkResponse } from '@partnerboard/protocol';
import { connectClient, eventually, rawSocket, refusedUpgrade, startTestServer, syncAddress, type TestClient, type TestServer } from './support.ts';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** How many rows each table of the SQLite file holds for `boardId` (every table that has a board_id, and boards). */
function rowsOfBoard(dataDir: string, boardId: string): Record<string, number> {
  const db = new Database(join(dataDir, 'partnerboard.sqlite'), { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`).all().map((column) => column.name);
      const column = name === 'boards' ? 'id' : columns.includes('board_id') ? 'board_id' : null;
      if (column) counts[name] = db.prepare<[string], { count: number }>(`SELECT count(*) AS count FROM ${name} WHERE ${column} = ?`).get(boardId)?.count ?? 0;
    }
    return counts;
  } finally {
    db.close();
  }
}

describe('DELETE /api/boards/:id', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  let other: CreateBoardResponse;
  const clients: TestClient[] = [];

  function join(boardToJoin: CreateBoardResponse, token: string): TestClient {
    const client = connectClient(server.syncUrl, boardToJoin.id, token);
    clients.push(client);
    return client;
  }

  function deleteBoard(token: string | null, boardId = board.id): Promise<Response> {
    return server.api(`/api/boards/${boardId}`, { method: 'DELETE', headers: token === null ? {} : bearer(token) });
  }

  async function makePersonalLink(): Promise<CreatePersonalLinkResponse> {
    const response = await server.api(`/api/boards/${board.id}/links`, {
      method: 'POST',
      headers: { ...bearer(board.tokens.facilitator), 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'editor', name: 'Priya Shah', organisation: 'Ward 7B' }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as CreatePersonalLinkResponse;
  }

  /** A board with a history: edits (some compacted into the snapshot), activity, a personal link. */
  async function boardWithEverything(): Promise<CreatePersonalLinkResponse> {
    const link = await makePersonalLink();
    const editor = join(board, link.token);
    await editor.synced;
    const goals = Array.from({ length: 5 }, (_, i) => createGoal(editor.doc, { title: `Goal ${i}` }));
    const watcher = join(board, board.tokens.viewer);
    await eventually(watcher.doc, (doc) => goals.every((id) => readBoard(doc).goals.some((goal) => goal.id === id)));
    // After the compaction the five made: one update stays in the log.
    const last = createGoal(editor.doc, { title: 'Goal after the compaction' });
    await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((goal) => goal.id === last));
    return link;
  }

  beforeEach(async () => {
    server = await startTestServer({ COMPACT_AFTER_UPDATES: '3' });
    board = await server.createBoard({ title: 'Discharge plan for Arthur Bennett', template: 'hospital-discharge' });
    other = await server.createBoard({ title: 'Another partnership’s board' });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  it('answers 204 to the facilitator and closes every open socket of the board with 4410, leaving other boards connected', async () => {
    const link = await makePersonalLink();
    const sockets = [board.tokens.facilitator, board.tokens.editor, board.tokens.viewer, link.token].map((token) => rawSocket(syncAddress(server, board.id, token)));
    await Promise.all(sockets.map((socket) => socket.opened));
    const elsewhere = join(other, other.tokens.editor);
    const watcher = join(other, other.tokens.viewer);
    await Promise.all([elsewhere.synced, watcher.synced]);

    const response = await deleteBoard(board.tokens.facilitator);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    for (const closed of await Promise.all(sockets.map((socket) => socket.closed))) {
      expect(closed).toEqual({ code: closeCodes.boardDeleted, reason: 'This board has been deleted' });
    }

    const goal = createGoal(elsewhere.doc, { title: 'Still shared' });
    await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
  });

  it('removes every row of the board from the SQLite file, and only its rows', async () => {
    await boardWithEverything();
    const before = rowsOfBoard(server.dataDir, board.id);
    for (const table of ['boards', 'board_tokens', 'board_snapshots', 'board_updates', 'board_activity', 'personal_links']) {
      expect(before[table], table).toBeGreaterThan(0);
    }
    const otherBefore = rowsOfBoard(server.dataDir, other.id);

    expect((await deleteBoard(board.tokens.facilitator)).status).toBe(204);

    const after = rowsOfBoard(server.dataDir, board.id);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.values(after).every((count) => count === 0)).toBe(true);
    expect(rowsOfBoard(server.dataDir, other.id)).toEqual(otherBefore);
  });

  it('leaves every link of the board answering 404, on the API and at the WebSocket upgrade', async () => {
    const link = await boardWithEverything();
    expect((await deleteBoard(board.tokens.facilitator)).status).toBe(204);

    for (const token of [board.tokens.facilitator, board.tokens.editor, board.tokens.viewer, link.token]) {
      const opened = await server.api(`/api/boards/${board.id}`, { headers: bearer(token) });
      expect(opened.status).toBe(404);
      expect(((await opened.json()) as ApiErrorBody).error.code).toBe('not_found');
      expect((await server.api(`/api/boards/${board.id}/activity`, { headers: bearer(token) })).status).toBe(404);
      expect((await refusedUpgrade(syncAddress(server, board.id, token))).status).toBe(404);
    }
    expect((await deleteBoard(board.tokens.facilitator)).status).toBe(404);
  });

  it('stays deleted when the server restarts', async () => {
    await boardWithEverything();
    expect((await deleteBoard(board.tokens.facilitator)).status).toBe(204);
    for (const client of clients.splice(0)) client.destroy();
    await server.close();

    const restarted = await startTestServer({ DATA_DIR: server.dataDir });
    try {
      expect((await restarted.api(`/api/boards/${board.id}`, { headers: bearer(board.tokens.facilitator) })).status).toBe(404);
      expect((await refusedUpgrade(syncAddress(restarted, board.id, board.tokens.editor))).status).toBe(404);
      expect((await restarted.api(`/api/boards/${other.id}`, { headers: bearer(other.tokens.viewer) })).status).toBe(200);
      expect(Object.values(rowsOfBoard(restarted.dataDir, board.id)).every((count) => count === 0)).toBe(true);
    } finally {
      // The first server, already closed, removes the data directory after the test.
      await restarted.close();
    }
  });

  it('deletes a board nobody has open, which is not in memory', async () => {
    const response = await deleteBoard(other.tokens.facilitator, other.id);
    expect(response.status).toBe(204);
    expect((await server.api(`/api/boards/${other.id}`, { headers: bearer(other.tokens.editor) })).status).toBe(404);
  });

  it('refuses an editor, a viewer and a personal link with 403, and keeps the board and its connections', async () => {
    const link = await makePersonalLink();
    const editor = join(board, board.tokens.editor);
    const watcher = join(board, board.tokens.viewer);
    await Promise.all([editor.synced, watcher.synced]);

    for (const token of [board.tokens.editor, board.tokens.viewer, link.token]) {
      const refused = await deleteBoard(token);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ApiErrorBody).error).toEqual({ code: 'forbidden', message: 'Only a facilitator link can delete the board.' });
    }
    const goal = createGoal(editor.doc, { title: 'Still here' });
    await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
    expect((await server.api(`/api/boards/${board.id}`, { headers: bearer(board.tokens.facilitator) })).status).toBe(200);
  });

  it('answers 404 for an unknown board, 401 without a token and 403 for another board’s facilitator token', async () => {
    expect((await deleteBoard(board.tokens.facilitator, 'NoSuchBoard0000')).status).toBe(404);
    expect((await deleteBoard(null)).status).toBe(401);
    expect((await deleteBoard(other.tokens.facilitator)).status).toBe(403);
    expect((await server.api(`/api/boards/${board.id}`, { headers: bearer(board.tokens.facilitator) })).status).toBe(200);
  });
});
