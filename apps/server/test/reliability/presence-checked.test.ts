import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateBoardResponse } from '@partnerboard/protocol';
import { entriesIn, isPresence, presenceFrame, presentOn } from '../presenceFrames.ts';
import { connectClient, rawSocket, startTestServer, type RawSocket, type TestClient, type TestServer } from '../support.ts';


/** Resolves with a client's state once `check` holds for it in `observer`'s view of everyone's presence. */
function seenBy(observer: TestClient, clientId: number, check: (state: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  const { awareness } = observer.provider;
  return new Promise((resolve) => {
    const test = () => {
      const state = awareness.getStates().get(clientId);
      if (!state || !check(state)) return;
      awareness.off('change', test);
      resolve(state);
    };
    awareness.on('change', test);
    test();
  });
}

const honestUser = { name: 'Ann Jones', organisation: 'Northshire NHS Trust', color: '#1d4ed8', colorLight: '#c6d3f5' };
const caret = {
  anchor: { type: null, tname: null, item: { client: 12, clock: 3 }, assoc: 0 },
  head: { type: null, tname: null, item: { client: 12, clock: 3 }, assoc: 0 },
};

describe('presence is checked and attributed by the server', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];
  const sockets: RawSocket[] = [];

  async function openSocket(token: string, name: string): Promise<RawSocket> {
    const socket = rawSocket(`${server.syncUrl}/${board.id}?${new URLSearchParams({ token, name })}`);
    sockets.push(socket);
    await socket.opened;
    return socket;
  }

  function join(name: string, organisation: string): TestClient {
    const client = connectClient(server.syncUrl, board.id, board.tokens.editor, { name, org: organisation });
    clients.push(client);
    return client;
  }

  async function metric(reason: string): Promise<number> {
    const text = await (await server.api('/metrics')).text();
    return Number(new RegExp(`partnerboard_messages_rejected_total\\{reason="${reason}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  }

  beforeEach(async () => {
    server = await startTestServer();
    board = await server.createBoard();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const { socket } of sockets.splice(0)) socket.terminate();
    await server.stop();
  });

  it('relays nothing of a viewer whose colour would cover the page, and keeps its connection open', async () => {
    const watcher = await openSocket(board.tokens.editor, 'Bola Ade');
    const viewer = await openSocket(board.tokens.viewer, 'A viewer');
    const overlay = '#f00; position:fixed; inset:0; z-index:2147483647';
    viewer.socket.send(presenceFrame([{ clientId: 66, clock: 1, state: { user: { ...honestUser, color: overlay }, cursor: caret } }]));
    // Sent after the bad state on the same socket: once it is relayed, the bad one would have been too.
    const markerSeen = watcher.nextFrameWhere((frame) => isPresence(frame) && entriesIn(frame).some((entry) => entry.clientId === 67));
    viewer.socket.send(presenceFrame([{ clientId: 67, clock: 1, state: { pointer: { x: 1, y: 2 } } }]));
    await markerSeen;

    expect(watcher.received.filter(isPresence).flatMap(entriesIn).filter((entry) => entry.clientId === 66)).toEqual([]);
    expect((await presentOn(watcher)).has(66)).toBe(false);
    expect(await metric('presence_invalid')).toBe(1);
    // Still connected: the same id with an honest state is taken.
    viewer.socket.send(presenceFrame([{ clientId: 66, clock: 2, state: { user: honestUser, cursor: caret } }]));
    expect((await presentOn(viewer)).get(66)).toMatchObject({ user: { color: '#1d4ed8' }, cursor: caret });
  });

  it.each([
    ['a name with a control character', { user: { ...honestUser, name: 'Ann\u0007' } }],
    ['a pointer that is not a number', { pointer: { x: 'left', y: 0 } }],
    ['a caret that is not a position', { cursor: { anchor: 'start', head: 'end' } }],
    ['a key that would become the prototype', JSON.parse('{"__proto__": {"user": {"color": "red"}}}') as unknown],
  ])('drops %s', async (_what, state) => {
    const sender = await openSocket(board.tokens.editor, 'Someone');
    sender.socket.send(presenceFrame([{ clientId: 5, clock: 1, state }]));
    expect((await presentOn(sender)).has(5)).toBe(false);
    expect(await metric('presence_invalid')).toBe(1);
  });

  it("relays a valid state with the name and organisation of the sender's connection", async () => {
    const ann = join('Ann Jones', 'Northshire NHS Trust');
    const bola = join('Bola Ade', 'Northshire County Council');
    await Promise.all([ann.synced, bola.synced]);
    ann.provider.awareness.setLocalState({ user: honestUser, focus: { kind: 'action', id: 'V1StGXR8_Z5jdHi6B-myT', editing: true }, pointer: null, cursor: caret });
    const seen = await seenBy(bola, ann.provider.awareness.clientID, (state) => state.cursor !== undefined);
    expect(seen).toEqual({
      user: { ...honestUser, verified: false },
      focus: { kind: 'action', id: 'V1StGXR8_Z5jdHi6B-myT', editing: true },
      pointer: null,
      cursor: caret,
    });
  });

  it('shows someone who claims another name in presence under the name they connected with, unverified', async () => {
    const mallory = join('Mallory', 'Nowhere Ltd');
    const bola = join('Bola Ade', 'Northshire County Council');
    await Promise.all([mallory.synced, bola.synced]);
    mallory.provider.awareness.setLocalState({ user: { ...honestUser, name: 'The facilitator', organisation: 'Northshire NHS Trust', verified: true } });
    const seen = await seenBy(bola, mallory.provider.awareness.clientID, (state) => (state.user as { color?: string } | undefined)?.color !== undefined);
    expect(seen.user).toEqual({ ...honestUser, name: 'Mallory', organisation: 'Nowhere Ltd', verified: false });
  });
});
