import { describe, expect, it } from 'vitest';
import { createGoal, readBoard, updateGoal, type Board } from '@partnerboard/board';
import type { ApiErrorBody, CreateBoardResponse, CreatePersonalLinkResponse, SnapshotBoardResponse, SnapshotSummary, SnapshotsResponse } from '@partnerboard/protocol';
import { createLogger } from '../src/logger.ts';
import { connectClient, eventually, freshBoardForEachTest, LogCollector, startTestServer, type LogEntry, type TestClient, type TestServer } from './support.ts';

const json = { 'Content-Type': 'application/json' };
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('review snapshots over HTTP', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  function snapshotsApi(path = '', init: { method?: string; token?: string; body?: unknown } = {}) {
    const { method = 'GET', token = board.tokens.editor, body } = init;
    return server.api(`/api/boards/${board.id}/snapshots${path}`, {
      method,
      headers: { ...bearer(token), ...(body === undefined ? {} : json) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  }

  async function take(body: unknown, token?: string): Promise<SnapshotSummary> {
    const response = await snapshotsApi('', { method: 'POST', token, body });
    expect(response.status).toBe(201);
    return (await response.json()) as SnapshotSummary;
  }

  async function boardOf(id: string): Promise<Board> {
    const response = await snapshotsApi(`/${id}`, { token: board.tokens.viewer });
    expect(response.status).toBe(200);
    return ((await response.json()) as SnapshotBoardResponse).board as Board;
  }

  async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
    return ((await response.json()) as ApiErrorBody).error;
  }

  /** An editor's change, committed: a second client has seen it, and the server shares only what it has stored. */
  async function edit(change: (client: TestClient) => void, seen: (board: Board) => boolean): Promise<void> {
    const writer = connectClient(server.syncUrl, board.id, board.tokens.editor);
    const watcher = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    clients.push(writer, watcher);
    await Promise.all([writer.synced, watcher.synced]);
    change(writer);
    await eventually(watcher.doc, (doc) => seen(readBoard(doc)));
  }

  freshBoardForEachTest(clients, (fresh) => ({ server, board } = fresh));

  it('keeps the board as it was when the snapshot was taken, with who took it, while the board moves on', async () => {
    let goalId = '';
    await edit(
      (writer) => {
        goalId = createGoal(writer.doc, { title: 'Arthur gets home safely' });
      },
      (seen) => seen.goals.length === 1,
    );
    const taken = await take({ label: 'Review, March', takenBy: { name: 'Priya Shah', organisation: 'Ward 7B' } });
    expect(taken).toMatchObject({ label: 'Review, March', takenBy: 'Priya Shah, Ward 7B' });
    expect(taken.bytes).toBeGreaterThan(0);

    await edit(
      (writer) => updateGoal(writer.doc, goalId, { status: 'achieved' }),
      (seen) => seen.goals[0]?.status === 'achieved',
    );
    const then = await boardOf(taken.id);
    expect(then.goals.map((goal) => [goal.title, goal.status])).toEqual([['Arthur gets home safely', 'not_started']]);
  });

  it('lists the snapshots newest first to any role, without their documents', async () => {
    const first = await take({ label: 'First review', takenBy: { name: 'Priya Shah' } });
    const second = await take({ label: 'Second review', takenBy: { name: 'Joanne Evans' } }, board.tokens.facilitator);
    const response = await snapshotsApi('', { token: board.tokens.viewer });
    expect(response.status).toBe(200);
    const { snapshots } = (await response.json()) as SnapshotsResponse;
    expect(snapshots).toEqual([second, first]);
  });

  it('reads a board that is not in memory from the store', async () => {
    await server.stop();
    const logs = new LogCollector();
    server = await startTestServer({ UNLOAD_AFTER_MS: '0' }, { logger: createLogger('debug', logs) });
    board = await server.createBoard();
    await edit(
      (writer) => createGoal(writer.doc, { title: 'Stored, then unloaded' }),
      (seen) => seen.goals.length === 1,
    );
    const unloaded = logs.next((entry: LogEntry) => entry.event === 'board-unloaded' && entry.boardId === board.id);
    for (const client of clients.splice(0)) client.destroy();
    await unloaded;
    const taken = await take({ label: 'From the store', takenBy: { name: 'Priya Shah' } });
    expect((await boardOf(taken.id)).goals.map((goal) => goal.title)).toEqual(['Stored, then unloaded']);
  });

  it('names the person of a personal link as the one who took it, whatever the body says', async () => {
    const made = await server.api(`/api/boards/${board.id}/links`, {
      method: 'POST',
      headers: { ...bearer(board.tokens.facilitator), ...json },
      body: JSON.stringify({ role: 'editor', name: 'Liam Carter', organisation: 'Northshire Council' }),
    });
    const link = (await made.json()) as CreatePersonalLinkResponse;
    const taken = await take({ label: 'Review', takenBy: { name: 'Someone else' } }, link.token);
    expect(taken.takenBy).toBe('Liam Carter, Northshire Council');
  });

  it('refuses a view-only link, and stores nothing', async () => {
    const response = await snapshotsApi('', { method: 'POST', token: board.tokens.viewer, body: { label: 'Review', takenBy: { name: 'Viewer' } } });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).message).toMatch(/view-only/);
    const { snapshots } = (await (await snapshotsApi()).json()) as SnapshotsResponse;
    expect(snapshots).toEqual([]);
  });

  it('refuses a missing or wrong token', async () => {
    expect((await server.api(`/api/boards/${board.id}/snapshots`)).status).toBe(401);
    expect((await snapshotsApi('', { token: 'not-a-token' })).status).toBe(403);
  });

  it('refuses a body without a label or a name, or with a label too long, with a clear message', async () => {
    const noLabel = await snapshotsApi('', { method: 'POST', body: { takenBy: { name: 'Priya Shah' } } });
    expect(noLabel.status).toBe(400);
    expect((await errorOf(noLabel)).message).toMatch(/^label: /);
    const noName = await snapshotsApi('', { method: 'POST', body: { label: 'Review' } });
    expect(noName.status).toBe(400);
    expect((await errorOf(noName)).message).toBe('takenBy.name: say who is taking the snapshot');
    const long = await snapshotsApi('', { method: 'POST', body: { label: 'x'.repeat(121), takenBy: { name: 'Priya Shah' } } });
    expect(long.status).toBe(400);
    expect((await errorOf(long)).message).toMatch(/120 characters or fewer/);
  });

  it('answers 404 with a clear message for an unknown snapshot or board', async () => {
    const unknownSnapshot = await snapshotsApi('/no-such-snapshot');
    expect(unknownSnapshot.status).toBe(404);
    expect((await errorOf(unknownSnapshot)).message).toMatch(/no snapshot with that id/);
    const unknownBoard = await server.api('/api/boards/AAAAAAAAAAAAAAAAAAAAAA/snapshots', { headers: bearer(board.tokens.editor) });
    expect(unknownBoard.status).toBe(404);
  });

  it('limits how many snapshots one board takes at once', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      answers.push((await snapshotsApi('', { method: 'POST', body: { label: `Review ${i}`, takenBy: { name: 'Priya Shah' } } })).status);
    }
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(answers[10]).toBe(429);
  });
});
