import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, createRisk, readBoard } from '@partnerboard/board';
import { closeCodes, messageCustom, serverTimeMessage, type CreateBoardResponse, type ServerTimeAnswer } from '@partnerboard/protocol';
import type { RoomContext, RoomExtension } from '../src/sync/RoomExtension.ts';
import { partPermissions } from '../src/sync/roomExtensions.ts';
import { customFrame, customIn, emptyStep1Frame, isSyncStep2, messageType, noticeIn, updateFrame } from './frames.ts';
import { connectClient, eventually, rawSocket, startTestServer, storedBoard, syncAddress, type TestClient, type TestServer } from './support.ts';

/** An update that sets a field of one top-level part of the board, as a client with no history of it would send it. */
function partUpdate(part: string, field: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap(part).set(field, value);
  return Y.encodeStateAsUpdate(doc);
}

/** A new risk, as a client with no history of the board would send it. */
function riskEdit(title: string): Uint8Array {
  const doc = new Y.Doc();
  createRisk(doc, { title });
  return Y.encodeStateAsUpdate(doc);
}

/** Hands the test each room its extension sees loaded. */
function roomsLoaded(): { extension: RoomExtension; room: Promise<RoomContext> } {
  let loaded: (room: RoomContext) => void = () => {};
  const room = new Promise<RoomContext>((resolve) => (loaded = resolve));
  return { extension: { name: 'test-rooms', onLoad: (context) => loaded(context) }, room };
}

/** A vote kept by the server until the facilitator reveals the count: no client receives a vote before then. */
function votes(): RoomExtension {
  const ballots = (room: RoomContext) => {
    let kept = room.state.get('votes') as Map<number, string> | undefined;
    if (!kept) room.state.set('votes', (kept = new Map()));
    return kept;
  };
  return {
    name: 'votes',
    messages: {
      vote(peer, body, room) {
        if (typeof body !== 'object' || body === null || typeof (body as { choice?: unknown }).choice !== 'string') return;
        ballots(room).set(peer.id, (body as { choice: string }).choice);
      },
      reveal(peer, _body, room) {
        if (peer.participant.role !== 'facilitator') return;
        const count: Record<string, number> = {};
        for (const choice of ballots(room).values()) count[choice] = (count[choice] ?? 0) + 1;
        room.state.delete('votes');
        room.broadcastCustom('revealed', count);
      },
    },
  };
}

describe('the room core', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  async function start(extensions: RoomExtension[] = []): Promise<void> {
    server = await startTestServer({}, { roomExtensions: extensions });
    board = await server.createBoard();
  }

  function join(token: string, params: Record<string, string> = {}): TestClient {
    const client = connectClient(server.syncUrl, board.id, token, params);
    clients.push(client);
    return client;
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  it('lets a server-side peer write an update that everyone on the board receives and that is stored', async () => {
    const rooms = roomsLoaded();
    await start([rooms.extension]);
    const ward = join(board.tokens.editor);
    await ward.synced;
    const room = await rooms.room;
    room.serverPeer().change(room.doc, (copy) => createGoal(copy, { title: 'Imported by the server' }));
    await eventually(ward.doc, (doc) => readBoard(doc).goals.some((goal) => goal.title === 'Imported by the server'));
    await server.close();
    const stored = readBoard((await storedBoard(server.dataDir, board.id)).doc);
    expect(stored.goals.map((goal) => goal.title)).toContain('Imported by the server');
  });

  it('takes a custom message type and a facilitator-only part from extensions alone', async () => {
    const echo: RoomExtension = { name: 'echo', messages: { echo: (peer, body, room) => room.sendCustom(peer, 'echo', body) } };
    await start([echo, partPermissions({ risks: ['facilitator'] })]);
    const editor = rawSocket(`${syncAddress(server, board.id, board.tokens.editor)}&ext=1`);
    await editor.opened;
    const echoed = editor.nextFrameWhere((frame) => customIn(frame) !== null);
    editor.socket.send(customFrame('echo', { said: 'hello' }));
    expect(customIn(await echoed)).toEqual({ type: 'echo', body: { said: 'hello' } });

    const refused = editor.nextFrameWhere((frame) => noticeIn(frame) !== null);
    editor.socket.send(updateFrame(riskEdit('Funding ends in March')));
    expect(noticeIn(await refused)).toEqual({ kind: 'write-refused', message: 'Your change was not saved: only a facilitator link may change the risks.' });
    const facilitator = join(board.tokens.facilitator);
    await facilitator.synced;
    createRisk(facilitator.doc, { title: 'The ward closes for refurbishment' });
    const watcher = join(board.tokens.viewer);
    await eventually(watcher.doc, (doc) => readBoard(doc).risks.some((risk) => risk.title === 'The ward closes for refurbishment'));
  });

  it('lets an extension refuse a peer at authenticate, before it is sent anything of the board', async () => {
    const oneViewer: RoomExtension = {
      name: 'one-viewer',
      authenticate: (peer, room) =>
        peer.participant.role === 'viewer' && [...room.peers].some((other) => other.participant.role === 'viewer')
          ? { reason: 'board_full', code: closeCodes.boardFull, message: 'One viewer at a time' }
          : null,
    };
    await start([oneViewer]);
    const first = join(board.tokens.viewer);
    await first.synced;
    const second = rawSocket(syncAddress(server, board.id, board.tokens.viewer));
    const closed = await second.closed;
    expect([closed.code, closed.reason]).toEqual([closeCodes.boardFull, 'One viewer at a time']);
    expect(second.received).toEqual([]);
    const editor = join(board.tokens.editor);
    await editor.synced;
  });

  it('keeps server-held state from every client until an extension sends it', async () => {
    await start([votes()]);
    const facilitator = rawSocket(`${syncAddress(server, board.id, board.tokens.facilitator, 'facilitator')}&ext=1`);
    const voter = rawSocket(`${syncAddress(server, board.id, board.tokens.editor, 'editor')}&ext=1`);
    const stock = rawSocket(syncAddress(server, board.id, board.tokens.editor, 'editor'));
    await Promise.all([facilitator.opened, voter.opened, stock.opened]);
    voter.socket.send(customFrame('vote', { choice: 'yes' }));
    facilitator.socket.send(customFrame('vote', { choice: 'no' }));
    // Each connection's messages are handled in order: once its step 2 is back, its vote was taken.
    const handled = [voter, facilitator].map((socket) => socket.nextFrameWhere(isSyncStep2));
    for (const socket of [voter, facilitator]) socket.socket.send(emptyStep1Frame());
    await Promise.all(handled);
    expect([...facilitator.received, ...voter.received, ...stock.received].map(customIn).filter(Boolean)).toEqual([]);

    const revealed = [facilitator, voter].map((socket) => socket.nextFrameWhere((frame) => customIn(frame) !== null));
    facilitator.socket.send(customFrame('reveal', {}));
    for (const frame of await Promise.all(revealed)) expect(customIn(frame)).toEqual({ type: 'revealed', body: { yes: 1, no: 1 } });
    const stockHandled = stock.nextFrameWhere(isSyncStep2);
    stock.socket.send(emptyStep1Frame());
    await stockHandled;
    expect(stock.received.map(messageType)).not.toContain(messageCustom);
  });

  it("answers a client's server-time message with the server's clock", async () => {
    await start();
    const client = rawSocket(`${syncAddress(server, board.id, board.tokens.viewer)}&ext=1`);
    await client.opened;
    const before = Date.now();
    const answer = client.nextFrameWhere((frame) => customIn(frame)?.type === serverTimeMessage);
    client.socket.send(customFrame(serverTimeMessage, { clientTime: 1234 }));
    const { serverTime, clientTime } = customIn(await answer)?.body as ServerTimeAnswer;
    expect(clientTime).toBe(1234);
    expect(serverTime).toBeGreaterThanOrEqual(before);
    expect(serverTime).toBeLessThanOrEqual(Date.now());
  });

  it('tells a presence extension who came and left, with the names the server set', async () => {
    const seen: { added: string[]; removed: number[] } = { added: [], removed: [] };
    await start([
      {
        name: 'attendance',
        onPresence: ({ added, removed, states, from }) => {
          for (const id of added) seen.added.push(`${String((states.get(id)?.user as { name?: unknown } | undefined)?.name)} via ${from ? 'a peer' : 'the server'}`);
          seen.removed.push(...removed);
        },
      },
    ]);
    const ward = join(board.tokens.editor, { name: 'Priya Shah', org: 'Ward 7B' });
    await ward.synced;
    ward.provider.awareness.setLocalState({ user: { name: 'Someone Else', organisation: 'Forged', color: '#0072b2' } });
    await expect.poll(() => seen.added).toEqual(['Priya Shah via a peer']);
    const id = ward.doc.clientID;
    ward.destroy();
    await expect.poll(() => seen.removed).toEqual([id]);
  });

  it('refuses a custom message of a type no extension handles, and keeps the socket open', async () => {
    await start();
    const client = rawSocket(`${syncAddress(server, board.id, board.tokens.editor)}&ext=1`);
    await client.opened;
    client.socket.send(customFrame('no-such-feature', { x: 1 }));
    const step2 = client.nextFrameWhere(isSyncStep2);
    client.socket.send(emptyStep1Frame());
    await step2;
    expect(client.socket.readyState).toBe(client.socket.OPEN);
  });

  describe("the board's session part", () => {
    it('is refused from an editor, with a notice that says why', async () => {
      await start();
      const editor = rawSocket(`${syncAddress(server, board.id, board.tokens.editor)}&ext=1`);
      await editor.opened;
      const refused = editor.nextFrameWhere((frame) => noticeIn(frame) !== null);
      editor.socket.send(updateFrame(partUpdate('session', 'startedAt', '2026-12-07T10:00:00.000Z')));
      expect(noticeIn(await refused)).toEqual({ kind: 'write-refused', message: 'Your change was not saved: only a facilitator link may change the session.' });
      await server.close();
      expect((await storedBoard(server.dataDir, board.id)).doc.getMap('session').size).toBe(0);
    });

    it('is written by a facilitator and shared with everyone', async () => {
      await start();
      const watcher = join(board.tokens.viewer);
      await watcher.synced;
      const facilitator = rawSocket(syncAddress(server, board.id, board.tokens.facilitator, 'facilitator'));
      await facilitator.opened;
      facilitator.socket.send(updateFrame(partUpdate('session', 'startedAt', '2026-12-07T10:00:00.000Z')));
      await eventually(watcher.doc, (doc) => doc.getMap('session').get('startedAt') === '2026-12-07T10:00:00.000Z');
    });
  });
});
