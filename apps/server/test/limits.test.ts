import { afterEach, describe, expect, it } from 'vitest';
import { createGoal, readBoard } from '@partnerboard/board';
import { closeCodes, messageSync } from '@partnerboard/protocol';
import { createLogger } from '../src/logger.ts';
import { messageType, someEdit, updateFrame } from './frames.ts';
import { connectClient, eventually, LogCollector, rawSocket, startTestServer, syncAddress, unlimitedBytes, type TestClient, type TestServer } from './support.ts';

describe('connection limits', () => {
  let server: TestServer;
  const clients: TestClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  it('closes a connection beyond MAX_CONNECTIONS_PER_BOARD with 4503 before sending it anything of the board', async () => {
    server = await startTestServer({ MAX_CONNECTIONS_PER_BOARD: '2' });
    const board = await server.createBoard();
    clients.push(connectClient(server.syncUrl, board.id, board.tokens.editor), connectClient(server.syncUrl, board.id, board.tokens.editor));
    await Promise.all(clients.map((client) => client.synced));
    const third = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    expect((await third.closed).code).toBe(closeCodes.boardFull);
    expect(third.received).toEqual([]);

    const other = await server.createBoard({ title: 'Another board' });
    const elsewhere = connectClient(server.syncUrl, other.id, other.tokens.editor);
    clients.push(elsewhere);
    await elsewhere.synced;
  });

  it('closes a connection that does not read what it is sent (a slow consumer) with 4508, and the others go on', async () => {
    const logs = new LogCollector();
    server = await startTestServer(
      { MAX_BUFFERED_BYTES: String(64 * 1024), MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000', BYTES_PER_SECOND: unlimitedBytes },
      { logger: createLogger('info', logs) },
    );
    const board = await server.createBoard();
    const stalled = rawSocket(syncAddress(server, board.id, board.tokens.viewer));
    await stalled.opened;
    stalled.socket.pause();
    const stalledClosed = logs.next((entry) => entry.event === 'closing' && entry.role === 'viewer' && entry.reason === 'too_slow');

    // Edits are shared with everyone on the board: send them until every buffer between the server and the
    // stalled reader is full. Each is a new entry, so each reaches the stalled reader in full. The writer waits for its own edit to come back before the next, so that it
    // keeps reading and is never the slow consumer itself.
    let stalledWasClosed = false;
    void stalledClosed.then(() => (stalledWasClosed = true));
    const writer = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await writer.opened;
    const writerClosed = writer.closed.then(({ code }) => {
      throw new Error(`the writer was closed (${code}) before the stalled reader`);
    });
    for (let i = 0; !stalledWasClosed && i < 500; i += 1) {
      const echoed = writer.nextFrameWhere((frame) => messageType(frame) === messageSync);
      writer.socket.send(updateFrame(someEdit(`${i}`.padEnd(900_000, '.'))));
      await Promise.race([echoed, stalledClosed, writerClosed]);
    }
    expect(stalledWasClosed).toBe(true);
    writerClosed.catch(() => {});
    writer.socket.close();

    stalled.socket.resume();
    expect((await stalled.closed).code).toBe(closeCodes.tooSlow);
    expect(stalled.received.some((frame) => messageType(frame) === messageSync)).toBe(true);

    const ward = connectClient(server.syncUrl, board.id, board.tokens.editor);
    const council = connectClient(server.syncUrl, board.id, board.tokens.editor);
    clients.push(ward, council);
    const goal = createGoal(ward.doc, { title: 'Still syncing' });
    await eventually(council.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
  });
});
