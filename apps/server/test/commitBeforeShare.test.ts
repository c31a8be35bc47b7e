import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, readBoard } from '@partnerboard/board';
import { closeCodes, messageSync, type CreateBoardResponse } from '@partnerboard/protocol';
import type { AttributedUpdate } from '../src/storage/BoardStore.ts';
import { InMemoryBoardStore } from '../src/storage/memory/InMemoryBoardStore.ts';
import { emptyStep1Frame, isSyncStep2, syncPayload } from './frames.ts';
import { connectClient, eventually, rawSocket, startTestServer, syncAddress, type TestClient, type TestServer } from './support.ts';

/** A store whose commits wait until the test lets them through (or fails them). */
class GatedStore extends InMemoryBoardStore {
  private held: { release: () => void; fail: (error: Error) => void } | null = null;
  private onHold: (() => void) | null = null;
  gated = false;

  /** Resolves when the next commit is waiting at the gate. */
  nextCommit(): Promise<{ release: () => void; fail: (error: Error) => void }> {
    this.gated = true;
    return new Promise((resolve) => {
      this.onHold = () => resolve(this.held!);
    });
  }

  override async appendUpdates(boardId: string, afterSeq: number, updates: readonly AttributedUpdate[]): Promise<number> {
    if (this.gated) {
      this.gated = false;
      await new Promise<void>((release, fail) => {
        this.held = { release, fail };
        this.onHold?.();
      });
    }
    return super.appendUpdates(boardId, afterSeq, updates);
  }
}

function isDocumentUpdate(frame: Uint8Array): boolean {
  const decoder = decoding.createDecoder(frame);
  return decoding.readVarUint(decoder) === messageSync && decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate;
}

describe('an edit is committed before anyone else sees it', () => {
  let server: TestServer;
  let store: GatedStore;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    store = new GatedStore();
    server = await startTestServer({}, { store });
    board = await server.createBoard();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  it('shares nothing of an edit, not even in a sync answer, until the store has committed it', async () => {
    const writer = connectClient(server.syncUrl, board.id, board.tokens.editor);
    clients.push(writer);
    const other = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await Promise.all([writer.synced, other.opened]);

    const commit = store.nextCommit();
    const goal = createGoal(writer.doc, { title: 'Waiting to be stored' });
    const gate = await commit;

    const answer = other.nextFrameWhere(isSyncStep2);
    other.socket.send(emptyStep1Frame());
    const seen = new Y.Doc();
    Y.applyUpdate(seen, syncPayload(await answer));
    expect(readBoard(seen).goals).toEqual([]);
    expect(other.received.some(isDocumentUpdate)).toBe(false);

    const shared = other.nextFrameWhere(isDocumentUpdate);
    gate.release();
    const update = new Y.Doc();
    Y.applyUpdate(update, syncPayload(await shared));
    expect(readBoard(update).goals.map((g) => g.id)).toEqual([goal]);
  });

  it('drops an edit the store could not commit, closes its sender with 1011, and takes it again on reconnect', async () => {
    const writer = connectClient(server.syncUrl, board.id, board.tokens.editor);
    const reader = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    clients.push(writer, reader);
    await Promise.all([writer.synced, reader.synced]);

    const commit = store.nextCommit();
    const closed = new Promise<number>((resolve) => writer.provider.once('connection-close', (event) => resolve(event?.code ?? 0)));
    const goal = createGoal(writer.doc, { title: 'Stored on the second try' });
    (await commit).fail(new Error('disk full'));
    expect(await closed).toBe(closeCodes.serverError);

    await eventually(reader.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
  });
});
