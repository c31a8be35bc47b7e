import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createGoal, readBoard } from '@partnerboard/board';
import { closeCodes, type ApiErrorBody, type CreateBoardResponse, type CurrentTokensResponse, type Role } from '@partnerboard/protocol';
import { connectClient, eventually, rawSocket, refusedUpgrade, startTestServer, syncAddress, type TestClient, type TestServer } from './support.ts';
import { temporaryDirs } from './temporaryDirs.ts';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('the current share links, shown to any holder of the facilitator link', () => {
  const newDir = temporaryDirs('share-links');
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  async function start(env: Record<string, string> = {}): Promise<void> {
    server = await startTestServer(env);
    board = await server.createBoard();
  }

  function connect(token: string): TestClient {
    const client = connectClient(server.syncUrl, board.id, token);
    clients.push(client);
    return client;
  }

  function tokensApi(token: string, boardId = board.id): Promise<Response> {
    return server.api(`/api/boards/${boardId}/tokens`, { headers: bearer(token) });
  }

  async function currentTokens(token: string): Promise<CurrentTokensResponse['tokens']> {
    const response = await tokensApi(token);
    expect(response.status).toBe(200);
    return ((await response.json()) as CurrentTokensResponse).tokens;
  }

  async function rotate(role: Role, token = board.tokens.facilitator): Promise<string> {
    const response = await server.api(`/api/boards/${board.id}/tokens/${role}/rotate`, { method: 'POST', headers: bearer(token) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { token: string }).token;
  }

  /** Opens the board with `token` over a real socket and waits for the first sync. */
  async function opens(token: string): Promise<void> {
    await connect(token).synced;
  }

  it('answers the facilitator link the board’s current editor and viewer links, which open the board, never to be cached', async () => {
    await start();
    const response = await tokensApi(board.tokens.facilitator);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(((await response.json()) as CurrentTokensResponse).tokens).toEqual(board.tokens);
    await opens(board.tokens.editor);
    await opens(board.tokens.viewer);
  });

  it('refuses the editor and viewer links and a personal link with 403, no link with 401, a wrong one with 403, an unknown board with 404', async () => {
    await start();
    const made = await server.api(`/api/boards/${board.id}/links`, {
      method: 'POST',
      headers: { ...bearer(board.tokens.facilitator), 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'editor', name: 'Priya Shah' }),
    });
    const personal = ((await made.json()) as { token: string }).token;
    for (const token of [board.tokens.editor, board.tokens.viewer, personal]) {
      const refused = await tokensApi(token);
      expect(refused.status).toBe(403);
      const text = await refused.text();
      expect((JSON.parse(text) as ApiErrorBody).error).toEqual({ code: 'forbidden', message: 'Only a facilitator link can see the other links.' });
      for (const other of Object.values(board.tokens)) expect(text).not.toContain(other);
    }
    expect((await server.api(`/api/boards/${board.id}/tokens`)).status).toBe(401);
    expect((await tokensApi('not-a-token')).status).toBe(403);
    expect((await tokensApi(board.tokens.facilitator, 'NoSuchBoard0000')).status).toBe(404);
  });

  it('shows a replaced editor link’s new token at once, and the old one opens nothing', async () => {
    await start();
    const editor = rawSocket(syncAddress(server, board.id, board.tokens.editor, 'editor'));
    await editor.opened;
    const newEditor = await rotate('editor');
    expect((await editor.closed).code).toBe(closeCodes.tokenRevoked);
    expect(await currentTokens(board.tokens.facilitator)).toEqual({ ...board.tokens, editor: newEditor });
    expect((await refusedUpgrade(syncAddress(server, board.id, board.tokens.editor))).status).toBe(403);
    expect((await server.api(`/api/boards/${board.id}`, { headers: bearer(board.tokens.editor) })).status).toBe(403);
    await opens(newEditor);

    const newViewer = await rotate('viewer');
    expect(await currentTokens(board.tokens.facilitator)).toEqual({ ...board.tokens, editor: newEditor, viewer: newViewer });
  });

  it('keeps the editors connected when the facilitator link is replaced, and shows their links to the new facilitator link only', async () => {
    await start();
    const ward = connect(board.tokens.editor);
    const council = connect(board.tokens.editor);
    const viewer = connect(board.tokens.viewer);
    await Promise.all([ward.synced, council.synced, viewer.synced]);

    const newFacilitator = await rotate('facilitator');
    expect(await currentTokens(newFacilitator)).toEqual({ facilitator: newFacilitator, editor: board.tokens.editor, viewer: board.tokens.viewer });
    expect((await tokensApi(board.tokens.facilitator)).status).toBe(403);

    const goal = createGoal(ward.doc, { title: 'Still shared after the facilitator link was replaced' });
    await eventually(council.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
    await eventually(viewer.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
    await opens(board.tokens.editor);

    // The links made after it are sealed under the new facilitator link, and it can replace itself again.
    const newEditor = await rotate('editor', newFacilitator);
    const third = await rotate('facilitator', newFacilitator);
    expect(await currentTokens(third)).toEqual({ facilitator: third, editor: newEditor, viewer: board.tokens.viewer });
  });

  it('stores no link in a form it could give back: the database holds none of the tokens', async () => {
    await start({ DATA_DIR: newDir() });
    const newEditor = await rotate('editor');
    const newFacilitator = await rotate('facilitator');
    await server.close();
    const stored = readdirSync(server.dataDir)
      .filter((name) => name.startsWith('partnerboard.sqlite'))
      .map((name) => readFileSync(join(server.dataDir, name)));
    expect(stored.length).toBeGreaterThan(0);
    for (const token of [...Object.values(board.tokens), newEditor, newFacilitator]) {
      for (const file of stored) {
        expect(file.includes(Buffer.from(token))).toBe(false);
        expect(file.includes(Buffer.from(token, 'base64url'))).toBe(false);
      }
    }
  });

  describe('on a board stored before links were sealed', () => {
    /** A board as an older server stored it: the same tokens, hashed, and nothing sealed. */
    async function startWithBoardStoredBefore(): Promise<void> {
      const dataDir = newDir();
      await start({ DATA_DIR: dataDir });
      await server.close();
      const db = new Database(join(dataDir, 'partnerboard.sqlite'));
      db.prepare('UPDATE board_tokens SET sealed_token = NULL WHERE board_id = ?').run(board.id);
      db.close();
      server = await startTestServer({ DATA_DIR: dataDir });
    }

    it('keeps every link working and says which it cannot show', async () => {
      await startWithBoardStoredBefore();
      expect(await currentTokens(board.tokens.facilitator)).toEqual({ facilitator: board.tokens.facilitator, editor: null, viewer: null });
      await opens(board.tokens.editor);
      await opens(board.tokens.viewer);
      await opens(board.tokens.facilitator);
    });

    it('shows a link once it is replaced, and the other not until it is', async () => {
      await startWithBoardStoredBefore();
      const newEditor = await rotate('editor');
      expect(await currentTokens(board.tokens.facilitator)).toEqual({ facilitator: board.tokens.facilitator, editor: newEditor, viewer: null });
      await opens(newEditor);
      await opens(board.tokens.viewer);

      const newFacilitator = await rotate('facilitator');
      expect(await currentTokens(newFacilitator)).toEqual({ facilitator: newFacilitator, editor: newEditor, viewer: null });
      await opens(board.tokens.viewer);
    });
  });
});
