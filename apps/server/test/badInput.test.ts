import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '@partnerboard/board';
import { closeCodes, messageQueryAwareness, type CreateBoardResponse } from '@partnerboard/protocol';
import { emptyStep1Frame, isSyncStep2, noticeIn, refusedPartWayClient, refusedPartWayUpdate, someEdit, syncFrame, updateFrame } from './frames.ts';
import { rawSocket, startSharedBoard, storedBoard, syncAddress, type RawSocket, type SharedBoard, type TestClient, type TestServer } from './support.ts';

const maxMessageBytes = 64 * 1024;

function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

/** Deterministic pseudo-random bytes (a test must fail the same way twice). */
function randomBytes(seed: number, length: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state >>> 16;
  });
}

function withTrailingByte(frame: Uint8Array): Uint8Array {
  return Uint8Array.from([...frame, 0]);
}


describe('bad input on the sync endpoint', () => {
  let shared: SharedBoard;
  let server: TestServer;
  let board: CreateBoardResponse;
  let ward: TestClient;
  const othersKeepSyncing = (title: string) => shared.othersKeepSyncing(title);

  /** The board as stored right now, read through a second handle on the SQLite file. */
  async function boardAsStored() {
    const { doc } = await storedBoard(server.dataDir, board.id);
    return { plan: readBoard(doc), stateVector: Y.encodeStateVector(doc) };
  }

  /** Whether the server kept `socket` open: it answers a sync step 1 sent after everything before it was handled. */
  function keptOpen(socket: RawSocket): Promise<boolean> {
    const answered = socket.nextFrameWhere(isSyncStep2).then(() => true);
    socket.socket.send(emptyStep1Frame());
    return Promise.race([socket.closed.then(() => false), answered]);
  }

  /** Sends `frame` on a fresh editor socket; resolves with the close code, or null if the server answered and kept it open. */
  async function send(frame: Uint8Array | string): Promise<number | null> {
    const editor = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await editor.opened;
    editor.socket.send(frame);
    const answered = editor.nextFrameWhere(isSyncStep2).then(() => null);
    editor.socket.send(emptyStep1Frame());
    const outcome = await Promise.race([editor.closed.then(({ code }) => code), answered]);
    editor.socket.close();
    return outcome;
  }

  beforeAll(async () => {
    shared = await startSharedBoard({ MAX_MESSAGE_BYTES: String(maxMessageBytes), MESSAGES_PER_SECOND: '20', MESSAGE_BURST: '40' });
    ({ server, board, ward } = shared);
  });

  afterAll(() => shared.stop());

  const malformed: [string, Uint8Array | string][] = [
    ['random bytes', bytes(0xde, 0xad, 0xbe, 0xef, 0x01, 0x02)],
    ['a truncated update', updateFrame(someEdit()).slice(0, 12)],
    ['an unknown message type', bytes(42)],
    ['an unknown sync message type', syncFrame(7, someEdit())],
    ['an update Yjs cannot read', syncFrame(2, bytes(0xff, 0xff, 0xff, 0x7f, 0x01))],
    ['a state vector Yjs cannot read', syncFrame(0, bytes(0xff, 0xff))],
    ['an awareness message Yjs cannot read', bytes(1, 3, 1, 200, 1)],
    ['bytes after a valid message', withTrailingByte(updateFrame(someEdit()))],
    ['a text frame', 'hello'],
  ];

  it.each(malformed)('closes a connection that sends %s with 4400, and nothing else changes', async (_what, frame) => {
    const before = await boardAsStored();
    expect(await send(frame)).toBe(closeCodes.malformedMessage);
    expect(await boardAsStored()).toEqual(before);
    expect((await server.api('/healthz')).status).toBe(200);
    await othersKeepSyncing(`Still syncing after ${_what}`);
  });

  it('closes a connection that sends a frame over MAX_MESSAGE_BYTES with 1009', async () => {
    const before = await boardAsStored();
    const big = new Y.Doc();
    big.getText('notes').insert(0, 'x'.repeat(maxMessageBytes + 1));
    expect(await send(updateFrame(Y.encodeStateAsUpdate(big)))).toBe(closeCodes.messageTooLarge);
    expect(await boardAsStored()).toEqual(before);
    expect((await server.api('/healthz')).status).toBe(200);
    await othersKeepSyncing('Still syncing after an oversized frame');
  });

  it('closes a connection that sends too many messages per second with 4429', async () => {
    const flooder = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await flooder.opened;
    for (let i = 0; i < 200 && flooder.socket.readyState === flooder.socket.OPEN; i += 1) {
      flooder.socket.send(bytes(messageQueryAwareness));
    }
    expect((await flooder.closed).code).toBe(closeCodes.rateLimited);
    await othersKeepSyncing('Still syncing after a flood');
  });

  it('survives random frames: every one is refused or harmless, and the stored board is unchanged', async () => {
    const before = await boardAsStored();
    for (let seed = 1; seed <= 40; seed += 1) {
      const payload = randomBytes(seed, 1 + (seed * 37) % 300);
      const frame = seed % 2 === 0 ? syncFrame(seed % 3, payload) : payload;
      const outcome = await send(frame);
      expect([closeCodes.malformedMessage, null]).toContain(outcome);
    }
    expect(await boardAsStored()).toEqual(before);
    expect((await server.api('/healthz')).status).toBe(200);
    await othersKeepSyncing('Still syncing after random frames');
  });

  it('refuses whole an update Yjs would refuse part-way through: its sender is told and stays connected, and nothing of it is stored or shared', async () => {
    const before = await boardAsStored();
    const editor = rawSocket(`${syncAddress(server, board.id, board.tokens.editor)}&ext=1`);
    await editor.opened;
    editor.socket.send(updateFrame(refusedPartWayUpdate));
    expect(await keptOpen(editor)).toBe(true);
    // Updates of one board are committed in the order they arrive: the ward's goal after it.
    await othersKeepSyncing('After the refused update');
    // Its answer comes after anything the server told the editor while committing.
    expect(await keptOpen(editor)).toBe(true);
    expect(editor.received.map(noticeIn).filter((notice) => notice !== null)).toEqual([
      { kind: 'write-refused', message: expect.stringMatching(/^Your change was not saved: .+\.$/) },
    ]);
    editor.socket.close();
    expect(Y.getState(ward.doc.store, refusedPartWayClient)).toBe(0);
    const { doc, stored } = await storedBoard(server.dataDir, board.id);
    expect(Y.getState(doc.store, refusedPartWayClient)).toBe(0);
    expect(stored.updates.some((update) => Buffer.from(update).equals(Buffer.from(refusedPartWayUpdate)))).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(ward.doc));
    expect(readBoard(doc).goals.map((goal) => goal.title)).toEqual([...before.plan.goals.map((goal) => goal.title), 'After the refused update']);
  });
});
