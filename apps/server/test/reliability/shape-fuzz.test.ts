import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkWholeBoard, readBoard } from '@partnerboard/board';
import { hostileChange, random } from '../../../../packages/board/src/fixtures/hostileChanges.ts';
import { emptyStep1Frame, isSyncStep2, noticeIn, updateFrame } from '../frames.ts';
import { connectClient, eventually, rawSocket, startSharedBoard, storedBoard, syncAddress, unlimitedBytes } from '../support.ts';
import { report, scaled } from './soak.ts';

const rounds = scaled(1000, 20_000);

describe('an editor sending random and hostile board updates', () => {
  it(`leaves the server up, the board in shape, and everyone else syncing (${rounds} rounds)`, { timeout: scaled(120_000, 1_200_000) }, async () => {
    const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
    const r = random(seed);
    const shared = await startSharedBoard({ MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000', BYTES_PER_SECOND: unlimitedBytes });
    const { server, board, council } = shared;
    try {
      const hostile = rawSocket(`${syncAddress(server, board.id, board.tokens.editor)}&ext=1`);
      await hostile.opened;
      let sent = 0;
      for (let round = 0; round < rounds; round += 1) {
        // What the server has, as the council sees it; the change is made on a copy of it.
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(council.doc));
        const updates: Uint8Array[] = [];
        copy.on('update', (update: Uint8Array) => updates.push(update));
        hostileChange(copy, r);
        for (const update of updates) hostile.socket.send(updateFrame(update));
        sent += updates.length;
        // Now and then, wait until the server has handled all of it, so that the next copies build on what it took.
        if (round % 20 === 19) {
          const answered = hostile.nextFrameWhere(isSyncStep2);
          hostile.socket.send(emptyStep1Frame());
          await answered;
          const reader = connectClient(server.syncUrl, board.id, board.tokens.viewer);
          await reader.synced;
          await eventually(council.doc, (doc) => Y.encodeStateVector(doc).toString() === Y.encodeStateVector(reader.doc).toString());
          reader.destroy();
        }
      }
      const refused = hostile.received.filter((frame) => noticeIn(frame)?.kind === 'write-refused').length;
      report('shape-fuzz', { seed, rounds, updatesSent: sent, refused });
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThan(sent);
      hostile.socket.close();

      await shared.othersKeepSyncing('Still shared after the fuzzing');
      const { doc } = await storedBoard(server.dataDir, board.id);
      expect(checkWholeBoard(doc)).toEqual({ ok: true, clients: expect.any(Array), parts: expect.any(Set) });
      expect(doc.store.pendingStructs).toBeNull();
      expect(() => readBoard(doc)).not.toThrow();
      expect(readBoard(doc).goals.map((goal) => goal.id)).toEqual(readBoard(council.doc).goals.map((goal) => goal.id));
    } finally {
      await shared.stop();
    }
  });
});
