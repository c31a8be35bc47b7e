import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, readBoard } from '@partnerboard/board';
import { messageYjsUpdate } from 'y-protocols/sync';
import { closeCodes, messageSync } from '@partnerboard/protocol';
import { createLogger } from '../../src/logger.ts';
import { emptyStep1Frame, isSyncStep2, someEdit, updateFrame } from '../frames.ts';
import { allowClientsInProcess, connectClient, contains, eventually, LogCollector, rawSocket, startTestServer, syncAddress, unlimitedBytes, type RawSocket, type TestClient, type TestServer } from '../support.ts';
import { report } from './soak.ts';

const maxBufferedBytes = 256 * 1024;

/** An edit of about `bytes` that everyone receives in full: new goals, so no concurrent edit hides it. */
function pastedNotes(i: number, bytes: number): Uint8Array {
  return someEdit(`${i}`.padEnd(bytes, '.'));
}

/** A block of about `bytes` pasted as new actions, the first of whose notes begin `block-<i>`. */
function pastedBlock(i: number, bytes: number): Uint8Array {
  return someEdit(`block-${i}`.padEnd(bytes, '.'));
}

/** The blocks of pastedBlock a client has. */
function pastedBlocks(doc: Y.Doc): string[] {
  return readBoard(doc).actions.flatMap((action) => (action.notes.startsWith('block-') ? [action.notes.slice(0, action.notes.indexOf('.'))] : []));
}

function isDocumentUpdate(frame: Uint8Array): boolean {
  return frame[0] === messageSync && frame[1] === messageYjsUpdate;
}

async function gauge(server: TestServer, name: string): Promise<number> {
  const text = await (await server.api('/metrics')).text();
  return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
}

const sendBufferBytes = (server: TestServer) => gauge(server, 'partnerboard_send_buffer_bytes');
const incomingBytes = (server: TestServer) => gauge(server, 'partnerboard_incoming_bytes');

/** Begins a binary message of `length` bytes on `sender`'s socket and sends only `sent` of them. */
function beginMessage(sender: RawSocket, length: number, sent: number): void {
  const header = Buffer.alloc(14);
  header[0] = 0x82; // the whole message in one frame, binary
  header[1] = 0x80 | 127; // masked (as a client must), 64-bit length
  header.writeBigUInt64BE(BigInt(length), 2); // then a mask of zeros, so the bytes are sent as they are
  (sender.socket as unknown as { _socket: Socket })._socket.write(Buffer.concat([header, Buffer.alloc(sent, 1)]));
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; !(await check()); tries += 1) {
    if (tries > 200) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function closedWith(client: TestClient): Promise<number> {
  return new Promise((resolve) => client.provider.once('connection-close', (event) => resolve(event?.code ?? 0)));
}

describe('slow and stuck clients', () => {
  let server: TestServer;
  const clients: TestClient[] = [];

  function join(boardId: string, token: string, name: string): TestClient {
    const client = connectClient(server.syncUrl, boardId, token, { name });
    clients.push(client);
    return client;
  }

  /** A new board with two editors on it, both synced: the people whose meeting must go on. */
  async function twoEditorsOnABoard() {
    const board = await server.createBoard();
    const ward = join(board.id, board.tokens.editor, 'Ward nurse');
    const council = join(board.id, board.tokens.editor, 'Social worker');
    await Promise.all([ward.synced, council.synced]);
    return { board, ward, council };
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  it('holds at most MAX_BUFFERED_BYTES for a reader that never reads while a writer floods, then closes it with 4508', async () => {
    const logs = new LogCollector();
    server = await startTestServer(
      { MAX_BUFFERED_BYTES: String(maxBufferedBytes), MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000', BYTES_PER_SECOND: unlimitedBytes },
      { logger: createLogger('info', logs) },
    );
    const board = await server.createBoard();
    const stuck = rawSocket(syncAddress(server, board.id, board.tokens.viewer));
    await stuck.opened;
    stuck.socket.pause();
    const stuckClosed = logs.next((entry) => entry.event === 'closing' && entry.reason === 'too_slow');
    let closing = false;
    void stuckClosed.then(() => (closing = true));

    // Each edit comes back to its writer once stored and shared: then the server's queues are measured.
    const writer = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await writer.opened;
    let sharedBytes = 0;
    let mostBuffered = 0;
    const edit = 512 * 1024;
    for (let i = 0; i < 400 && (i < 30 || !closing); i += 1) {
      const frame = updateFrame(pastedNotes(i, edit));
      const shared = writer.nextFrameWhere(isDocumentUpdate);
      writer.socket.send(frame);
      await shared;
      sharedBytes += frame.byteLength;
      mostBuffered = Math.max(mostBuffered, await sendBufferBytes(server));
    }
    writer.socket.close();

    report('slow-clients', { sharedMiB: Math.round(sharedBytes / 2 ** 20), mostBufferedKiB: Math.round(mostBuffered / 1024) });
    expect(closing).toBe(true);
    expect(sharedBytes).toBeGreaterThan(50 * maxBufferedBytes);
    // The check runs before each send: one edit may go out on top of the limit.
    expect(mostBuffered).toBeLessThanOrEqual(maxBufferedBytes + edit + 1024);
    stuck.socket.resume();
    expect((await stuck.closed).code).toBe(closeCodes.tooSlow);
  });

  it('holds at most MAX_BUFFERED_BYTES for a reader that asks for the whole board again and again without reading', async () => {
    server = await startTestServer({ MAX_BUFFERED_BYTES: String(maxBufferedBytes), MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000', BYTES_PER_SECOND: unlimitedBytes });
    const board = await server.createBoard({ title: 'Discharge plan', template: 'hospital-discharge' });
    const greedy = rawSocket(syncAddress(server, board.id, board.tokens.viewer));
    await greedy.opened;
    const whole = greedy.nextFrameWhere(isSyncStep2);
    greedy.socket.send(emptyStep1Frame());
    const boardBytes = (await whole).byteLength;
    greedy.socket.pause();

    // Enough requests to queue a hundred times the limit if nothing stopped it.
    const requests = Math.ceil((100 * maxBufferedBytes) / boardBytes);
    let mostBuffered = 0;
    for (let i = 0; i < requests && greedy.socket.readyState === greedy.socket.OPEN; i += 1) {
      greedy.socket.send(emptyStep1Frame());
      if (i % 50 === 0) mostBuffered = Math.max(mostBuffered, await sendBufferBytes(server));
    }
    mostBuffered = Math.max(mostBuffered, await sendBufferBytes(server));
    expect(mostBuffered).toBeLessThanOrEqual(maxBufferedBytes + boardBytes);
    greedy.socket.resume();
    expect((await greedy.closed).code).toBe(closeCodes.tooSlow);
  });

  it('closes a writer that sends edits too fast with 4429, and the others on the board go on syncing meanwhile', async () => {
    server = await startTestServer({ MESSAGES_PER_SECOND: '50', MESSAGE_BURST: '100' });
    const { board, ward, council } = await twoEditorsOnABoard();
    const flooder = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await flooder.opened;

    const flood = new Y.Doc();
    flood.on('update', (update: Uint8Array) => {
      if (flooder.socket.readyState === flooder.socket.OPEN) flooder.socket.send(updateFrame(update));
    });
    const notes = flood.getText('flood');
    for (let i = 0; i < 1000 && flooder.socket.readyState === flooder.socket.OPEN; i += 1) notes.insert(notes.length, `${i} `);
    const goal = createGoal(ward.doc, { title: 'Agreed while someone flooded the board' });

    expect((await flooder.closed).code).toBe(closeCodes.rateLimited);
    await eventually(council.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
    await eventually(ward.doc, (doc) => contains(doc, council.doc));
  });

  it('closes a writer that sends more bytes a second than BYTES_PER_SECOND with 4429, after letting a whole catch-up through; the others go on syncing', async () => {
    const maxMessageBytes = 64 * 1024;
    server = await startTestServer({ MAX_MESSAGE_BYTES: String(maxMessageBytes), BYTES_PER_SECOND: String(16 * 1024), MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000' });
    const { board, ward, council } = await twoEditorsOnABoard();

    // Someone back from offline sends everything they changed at once, near the largest message: shared.
    const returning = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await returning.opened;
    returning.socket.send(updateFrame(pastedBlock(0, maxMessageBytes - 4096)));
    await eventually(council.doc, (doc) => pastedBlocks(doc).includes('block-0'));

    // A writer pasting 30 KB edits without pause: the first few pass, then it is closed.
    const flooder = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await flooder.opened;
    let sent = 0;
    for (let i = 1; i <= 40 && flooder.socket.readyState === flooder.socket.OPEN; i += 1) {
      flooder.socket.send(updateFrame(pastedBlock(i, 30 * 1024)));
      sent += 1;
    }
    const goal = createGoal(ward.doc, { title: 'Agreed while someone pasted without pause' });
    expect((await flooder.closed).code).toBe(closeCodes.rateLimited);
    await eventually(council.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
    // Twice the largest message at once (128 KiB): the first four such edits are shared, not all 40.
    const pasted = (doc: Y.Doc) => pastedBlocks(doc).length - 1;
    await eventually(council.doc, (doc) => pasted(doc) >= 3);
    expect(pasted(council.doc)).toBeLessThan(sent);
    expect(returning.socket.readyState).toBe(returning.socket.OPEN);
    returning.socket.close();
  });

  it('does not mistake a busy meeting for a flood: 30 people moving their pointers stay connected and see each other', async () => {
    server = await startTestServer();
    const board = await server.createBoard();
    allowClientsInProcess(30);
    const people = Array.from({ length: 30 }, (_, i) => join(board.id, board.tokens.editor, `Person ${i + 1}`));
    await Promise.all(people.map((person) => person.synced));
    const interruptions = people.map((person) => closedWith(person).then((code) => `${person.provider.awareness.clientID}: ${code}`));
    let interrupted: string | null = null;
    void Promise.race(interruptions).then((which) => (interrupted = which));

    // Each moves their pointer 20 times a second for 2 seconds, as the board view sends it.
    const moves = 40;
    for (let move = 1; move <= moves && !interrupted; move += 1) {
      for (const [i, person] of people.entries()) person.provider.awareness.setLocalStateField('pointer', { x: i, y: move });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const lastPointers = (person: TestClient) =>
      people.every((other) => (person.provider.awareness.getStates().get(other.provider.awareness.clientID)?.pointer as { y: number } | undefined)?.y === moves);
    await Promise.all(
      people.map((person) => new Promise<void>((resolve) => {
        if (lastPointers(person)) return resolve();
        const check = () => {
          if (!lastPointers(person)) return;
          person.provider.awareness.off('change', check);
          resolve();
        };
        person.provider.awareness.on('change', check);
      })),
    );
    expect(interrupted).toBeNull();
  });
  it('holds at most MAX_INCOMING_BYTES of messages begun and never finished, dropping the sender holding most; an editor goes on', async () => {
    const kib = 1024;
    server = await startTestServer({ MAX_MESSAGE_BYTES: String(600 * kib), MAX_INCOMING_BYTES: String(1024 * kib) });
    const board = await server.createBoard();
    const ward = join(board.id, board.tokens.editor, 'Ann Jones');
    const council = join(board.id, board.tokens.viewer, 'Bola Ade');
    await Promise.all([ward.synced, council.synced]);
    const senders = [rawSocket(syncAddress(server, board.id, board.tokens.editor)), rawSocket(syncAddress(server, board.id, board.tokens.editor)), rawSocket(syncAddress(server, board.id, board.tokens.editor))];
    await Promise.all(senders.map((sender) => sender.opened));
    const [first, largest, last] = senders as [RawSocket, RawSocket, RawSocket];
    beginMessage(first, 600 * kib, 300 * kib);
    beginMessage(largest, 600 * kib, 500 * kib);
    await until('800 KiB to be arriving', async () => (await incomingBytes(server)) >= 800 * kib);
    // 1,200 KiB would be arriving: the sender holding most (500 KiB) is dropped, wherever the line is crossed.
    beginMessage(last, 600 * kib, 400 * kib);
    expect((await largest.closed).code).toBe(1006);
    await until('the last sender\'s 400 KiB to arrive', async () => (await incomingBytes(server)) >= 700 * kib);
    expect(await incomingBytes(server)).toBeLessThanOrEqual(1024 * kib);
    expect([first.socket.readyState, last.socket.readyState]).toEqual([first.socket.OPEN, last.socket.OPEN]);

    const goal = createGoal(ward.doc, { title: 'Home within 48 hours of being medically fit' }, { name: 'Ann Jones' });
    await eventually(council.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
    for (const sender of senders) sender.socket.terminate();
    await until('the senders to be let go', async () => (await incomingBytes(server)) === 0);
  });
});
