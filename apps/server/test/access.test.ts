import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, deleteGoal, readBoard } from '@partnerboard/board';
import { closeCodes, messageNotice, type CreateBoardResponse } from '@partnerboard/protocol';
import { emptyStep1Frame, isSyncStep2, messageType, noticeIn, someEdit, step2Frame, syncPayload, updateFrame } from './frames.ts';
import { connectClient, eventually, freshBoardForEachTest, rawSocket, refusedUpgrade, storedBoard, syncAddress, type TestClient, type TestServer } from './support.ts';

describe('roles and links', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  function join(token: string, params: Record<string, string> = {}): TestClient {
    const client = connectClient(server.syncUrl, board.id, token, params);
    clients.push(client);
    return client;
  }

  /** Rebuilds the board from what the server stored, after stopping it. */
  async function boardAsStored() {
    await server.close();
    return (await storedBoard(server.dataDir, board.id)).doc;
  }

  freshBoardForEachTest(clients, (fresh) => ({ server, board } = fresh));

  describe('a viewer', () => {
    it('receives edits live and is seen by others, but its own writes reach no one and are not stored', async () => {
      const editor = join(board.tokens.editor, { name: 'Ann Jones' });
      const watcher = join(board.tokens.editor, { name: 'Bola Ade' });
      const viewer = join(board.tokens.viewer, { name: 'Dee Khan', org: 'St Mary School', ext: '1' });
      await Promise.all([editor.synced, watcher.synced, viewer.synced]);

      viewer.provider.awareness.setLocalStateField('user', { name: 'Dee Khan' });
      await new Promise<void>((resolve) =>
        editor.provider.awareness.on('change', () => {
          const states = [...editor.provider.awareness.getStates().values()];
          if (states.some((state) => state.user?.name === 'Dee Khan')) resolve();
        }),
      );

      const refused = new Promise<void>((resolve) => {
        viewer.provider.messageHandlers[messageNotice] = () => resolve();
      });
      createGoal(viewer.doc, { title: 'A goal the viewer tried to add' });
      await refused;
      // Sent after the server refused the viewer's write: whatever the server shared, it shared before this.
      const editorsGoal = createGoal(editor.doc, { title: 'A goal the editor added' });
      await eventually(viewer.doc, (doc) => readBoard(doc).goals.some((goal) => goal.id === editorsGoal));
      await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((goal) => goal.id === editorsGoal));
      expect(readBoard(watcher.doc).goals.map((goal) => goal.title)).toEqual(['A goal the editor added']);

      const stored = readBoard(await boardAsStored());
      expect(stored.goals.map((goal) => goal.title)).toEqual(['A goal the editor added']);
    });

    it('is told its write was refused when it opted in to notices (ext=1)', async () => {
      const viewer = rawSocket(`${syncAddress(server, board.id, board.tokens.viewer)}&ext=1`);
      await viewer.opened;
      const reply = viewer.nextFrame();
      viewer.socket.send(updateFrame(someEdit()));
      expect(noticeIn(await reply)).toEqual({ kind: 'write-refused', message: expect.stringContaining('view only') });
    });

    it('never receives a notice on a stock connection (no ext=1)', async () => {
      const viewer = rawSocket(syncAddress(server, board.id, board.tokens.viewer));
      await viewer.opened;
      viewer.socket.send(updateFrame(someEdit()));
      // The server handles one connection's messages in order: once step 2 is back, the write was handled.
      const step2 = viewer.nextFrameWhere(isSyncStep2);
      viewer.socket.send(emptyStep1Frame());
      await step2;
      expect(viewer.received.map(messageType)).not.toContain(messageNotice);
    });

    it('is not told a write was refused when its sync answer holds nothing the board lacks', async () => {
      const editor = join(board.tokens.editor);
      await editor.synced;
      const goal = createGoal(editor.doc, { title: 'Added, then deleted' });
      deleteGoal(editor.doc, goal, { actions: 'refuse' });
      const later = createGoal(editor.doc, { title: 'Added after the deletion' });
      const watcher = join(board.tokens.viewer);
      await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((g) => g.id === later));
      const viewer = rawSocket(`${syncAddress(server, board.id, board.tokens.viewer)}&ext=1`);
      await viewer.opened;
      const whole = viewer.nextFrameWhere(isSyncStep2);
      viewer.socket.send(emptyStep1Frame());
      const boardItHas = syncPayload(await whole);
      expect(Y.decodeUpdate(boardItHas).ds.clients.size).toBeGreaterThan(0);

      // What a reconnecting viewer answers: the board it already has, deletions included.
      viewer.socket.send(step2Frame(boardItHas));
      const handled = viewer.nextFrameWhere(isSyncStep2);
      viewer.socket.send(emptyStep1Frame());
      await handled;
      expect(viewer.received.map(messageType)).not.toContain(messageNotice);
    });
  });

  describe('refusal at the upgrade, before any board data', () => {
    it('answers 401 without a token', async () => {
      expect((await refusedUpgrade(syncAddress(server, board.id))).status).toBe(401);
    });

    it('answers 403 for a wrong token', async () => {
      expect((await refusedUpgrade(syncAddress(server, board.id, 'not-the-token'))).status).toBe(403);
    });

    it('answers 404 for a board that does not exist', async () => {
      expect((await refusedUpgrade(syncAddress(server, 'NoSuchBoard0000', board.tokens.editor))).status).toBe(404);
    });

    it('answers 403 for a token that has been rotated', async () => {
      const rotated = await server.api(`/api/boards/${board.id}/tokens/editor/rotate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${board.tokens.facilitator}` },
      });
      expect(rotated.status).toBe(200);
      const refusal = await refusedUpgrade(syncAddress(server, board.id, board.tokens.editor));
      expect(refusal.status).toBe(403);
      expect(JSON.parse(refusal.body)).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
      const { token } = (await rotated.json()) as { token: string };
      const replacement = join(token);
      await replacement.synced;
    });
  });

  it('closes the open sockets of a rotated link with 4403 and leaves the other links connected', async () => {
    const editor = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    const viewer = join(board.tokens.viewer);
    const facilitator = join(board.tokens.facilitator);
    await Promise.all([editor.opened, viewer.synced, facilitator.synced]);

    const rotated = await server.api(`/api/boards/${board.id}/tokens/editor/rotate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${board.tokens.facilitator}` },
    });
    expect(rotated.status).toBe(200);
    expect((await editor.closed).code).toBe(closeCodes.tokenRevoked);

    const goal = createGoal(facilitator.doc, { title: 'Still syncing after the rotation' });
    await eventually(viewer.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
  });
});
