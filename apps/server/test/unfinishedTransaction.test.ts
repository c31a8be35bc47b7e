import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, readBoard } from '@partnerboard/board';
import { closeCodes } from '@partnerboard/protocol';
import { unfinishedTransactionUpdate, updateFrame } from './frames.ts';
import { connectClient, eventually, rawSocket, startTestServer, storedBoard, syncAddress } from './support.ts';

function goalTitles(doc: Y.Doc): string[] {
  return readBoard(doc).goals.map((goal) => goal.title);
}

describe('an update Yjs throws on while finishing its transaction', () => {
  it('closes its sender with 4400 before the board sees it, keeps and shares nothing of it, and the board goes on sharing everyone’s edits, with newcomers and after a restart', async () => {
    const server = await startTestServer();
    const board = await server.createBoard();
    const ward = connectClient(server.syncUrl, board.id, board.tokens.editor);
    const council = connectClient(server.syncUrl, board.id, board.tokens.editor);
    await Promise.all([ward.synced, council.synced]);
    const senders = Y.decodeUpdate(unfinishedTransactionUpdate).structs.map((struct) => struct.id.client);
    try {
      const hostile = rawSocket(syncAddress(server, board.id, board.tokens.editor));
      await hostile.opened;
      hostile.socket.send(updateFrame(unfinishedTransactionUpdate));
      // Its item of length 0 is refused as the frame is read, before the shape check or Yjs.
      expect((await hostile.closed).code).toBe(closeCodes.malformedMessage);

      // Had the room's document been left inside that transaction, this goal would be stored and
      // nobody ever sent it.
      const goal = createGoal(ward.doc, { title: 'Book the ambulance for 10:00' });
      await eventually(council.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));

      const newcomer = connectClient(server.syncUrl, board.id, board.tokens.viewer);
      await newcomer.synced;
      expect(goalTitles(newcomer.doc)).toEqual(goalTitles(ward.doc));
      newcomer.destroy();
      const { doc, stored } = await storedBoard(server.dataDir, board.id);
      for (const client of senders) {
        expect(Y.getState(doc.store, client)).toBe(0);
        expect(Y.getState(council.doc.store, client)).toBe(0);
      }
      // Nor is its deletion kept waiting for the items it names.
      expect(doc.store.pendingDs).toBeNull();
      expect(stored.updates.some((update) => Buffer.from(update).equals(Buffer.from(unfinishedTransactionUpdate)))).toBe(false);
      expect(goalTitles(doc)).toEqual(goalTitles(ward.doc));
    } finally {
      ward.destroy();
      council.destroy();
      await server.close();
    }

    // The board loads again from what was stored.
    const restarted = await startTestServer({ DATA_DIR: server.dataDir });
    try {
      const reader = connectClient(restarted.syncUrl, board.id, board.tokens.viewer);
      await reader.synced;
      expect(goalTitles(reader.doc)).toContain('Book the ambulance for 10:00');
      const writer = connectClient(restarted.syncUrl, board.id, board.tokens.editor);
      await writer.synced;
      const after = createGoal(writer.doc, { title: 'Phone the family after the restart' });
      await eventually(reader.doc, (doc) => readBoard(doc).goals.some((g) => g.id === after));
      reader.destroy();
      writer.destroy();
    } finally {
      await restarted.close();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  });
});
