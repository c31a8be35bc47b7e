import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateBoardResponse } from '@partnerboard/protocol';
import { presenceLimits } from '../../src/sync/RoomPresence.ts';
import { entriesIn, isPresence, presenceFrame, presentOn } from '../presenceFrames.ts';
import { connectClient, rawSocket, startTestServer, syncAddress, type RawSocket, type TestClient, type TestServer } from '../support.ts';


/** Resolves once `check` holds for the client's view of everyone's presence. */
function seenBy(client: TestClient, check: (states: Map<number, Record<string, unknown>>) => boolean): Promise<void> {
  const { awareness } = client.provider;
  return new Promise((resolve) => {
    const test = () => {
      if (!check(awareness.getStates())) return;
      awareness.off('change', test);
      resolve();
    };
    awareness.on('change', test);
    test();
  });
}

describe('presence (who is here, and where)', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];
  const sockets: RawSocket[] = [];

  function join(name: string): TestClient {
    const client = connectClient(server.syncUrl, board.id, board.tokens.editor, { name });
    clients.push(client);
    return client;
  }

  async function openSocket(name?: string): Promise<RawSocket> {
    const address = name === undefined ? syncAddress(server, board.id, board.tokens.editor) : `${server.syncUrl}/${board.id}?${new URLSearchParams({ token: board.tokens.editor, name })}`;
    const socket = rawSocket(address);
    sockets.push(socket);
    await socket.opened;
    return socket;
  }

  beforeEach(async () => {
    server = await startTestServer({ MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000' });
    board = await server.createBoard();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const { socket } of sockets.splice(0)) socket.terminate();
    await server.stop();
  });

  it("cannot be changed, hidden or taken over by someone else's connection", async () => {
    const ann = join('Ann Jones');
    const bola = join('Bola Ade');
    await Promise.all([ann.synced, bola.synced]);
    const annId = ann.provider.awareness.clientID;
    ann.provider.awareness.setLocalStateField('user', { name: 'Ann Jones' });
    await seenBy(bola, (states) => (states.get(annId)?.user as { name?: string } | undefined)?.name === 'Ann Jones');

    const mallory = await openSocket();
    mallory.socket.send(presenceFrame([{ clientId: annId, clock: 1000, state: { user: { name: 'Mallory' } } }]));
    mallory.socket.send(presenceFrame([{ clientId: annId, clock: 2000, state: null }]));
    expect((await presentOn(mallory)).get(annId)).toMatchObject({ user: { name: 'Ann Jones' } });
    expect((bola.provider.awareness.getStates().get(annId)?.user as { name?: string }).name).toBe('Ann Jones');
    expect(await (await server.api('/metrics')).text()).toContain('partnerboard_messages_rejected_total{reason="presence_not_owned"} 1');

    // Ann herself still moves her own pointer.
    ann.provider.awareness.setLocalStateField('pointer', { x: 4, y: 2 });
    await seenBy(bola, (states) => (states.get(annId)?.pointer as { x?: number } | undefined)?.x === 4);
  });

  it('leaves with its connection, however the connection ends', async () => {
    const bola = join('Bola Ade');
    await bola.synced;
    const ann = await openSocket();
    ann.socket.send(presenceFrame([{ clientId: 4242, clock: 1, state: { user: { name: 'Ann Jones' } } }]));
    await seenBy(bola, (states) => states.has(4242));
    ann.socket.terminate();
    await seenBy(bola, (states) => !states.has(4242));
  });

  it(`is not shared when larger than ${presenceLimits.stateBytes} bytes`, async () => {
    const ann = await openSocket('Ann');
    ann.socket.send(presenceFrame([{ clientId: 7, clock: 1, state: { user: { name: 'Ann' }, padding: 'x'.repeat(presenceLimits.stateBytes) } }]));
    expect((await presentOn(ann)).has(7)).toBe(false);
    ann.socket.send(presenceFrame([{ clientId: 7, clock: 2, state: { user: { name: 'Ann' } } }]));
    expect((await presentOn(ann)).get(7)).toEqual({ user: { name: 'Ann', organisation: '', verified: false } });
  });

  it(`lets one connection introduce at most ${presenceLimits.idsPerConnection} people`, async () => {
    const crowd = await openSocket();
    const invented = Array.from({ length: 50 }, (_, i) => ({ clientId: 1000 + i, clock: 1, state: { user: { name: `Person ${i}` } } }));
    crowd.socket.send(presenceFrame(invented));
    expect((await presentOn(crowd)).size).toBe(presenceLimits.idsPerConnection);
  });

  it('is shared in batches when it changes faster than people can see, ending with the latest', async () => {
    const watcher = await openSocket();
    const mover = await openSocket();
    const moves = 1000;
    let received = 0;
    let sawLatest = () => {};
    const latestSeen = new Promise<void>((resolve) => (sawLatest = resolve));
    watcher.socket.on('message', (data: Buffer) => {
      const frame = new Uint8Array(data);
      if (!isPresence(frame)) return;
      received += 1;
      const latest = entriesIn(frame).find((entry) => entry.clientId === 99);
      if (latest && (JSON.parse(latest.state) as { pointer: { x: number } }).pointer.x === moves) sawLatest();
    });
    for (let move = 1; move <= moves; move += 1) mover.socket.send(presenceFrame([{ clientId: 99, clock: move, state: { pointer: { x: move, y: 0 } } }]));
    await latestSeen;
    expect(received).toBeLessThan(moves / 10);
  });

  it('comes back as soon as its person reconnects', async () => {
    const ann = join('Ann Jones');
    const bola = join('Bola Ade');
    await Promise.all([ann.synced, bola.synced]);
    const annId = ann.provider.awareness.clientID;
    ann.provider.awareness.setLocalStateField('user', { name: 'Ann Jones' });
    await seenBy(bola, (states) => states.has(annId));

    ann.provider.disconnect();
    await seenBy(bola, (states) => !states.has(annId));
    ann.provider.connect();
    await seenBy(bola, (states) => (states.get(annId)?.user as { name?: string } | undefined)?.name === 'Ann Jones');
  });

  it('comes back at once when its person opens a new socket before the server has seen the old one close', async () => {
    const bola = await openSocket();
    const before = await openSocket();
    const annSeen = bola.nextFrameWhere((frame) => isPresence(frame) && entriesIn(frame).some((entry) => entry.clientId === 1));
    before.socket.send(presenceFrame([{ clientId: 1, clock: 1, state: {} }]));
    await annSeen;

    // Ann answers the join prompt: her client reopens its socket with her name and sends her presence on it first.
    const after = await openSocket('Ann Jones');
    after.socket.send(presenceFrame([{ clientId: 1, clock: 2, state: { user: { name: 'Ann Jones' } } }]));
    expect((await presentOn(bola)).get(1)).toEqual({ user: { name: 'Someone', organisation: '', verified: false } });
    const annBack = bola.nextFrameWhere((frame) => isPresence(frame) && entriesIn(frame).some((entry) => entry.clientId === 1 && entry.state !== 'null'));
    before.socket.close();
    const back = entriesIn(await annBack).find((entry) => entry.clientId === 1);
    const annJones = { name: 'Ann Jones', organisation: '', verified: false };
    expect(JSON.parse(back?.state ?? 'null')).toEqual({ user: annJones });
    expect((await presentOn(bola)).get(1)).toEqual({ user: annJones });

    // The new socket owns her presence now: she moves, and leaving takes her away.
    after.socket.send(presenceFrame([{ clientId: 1, clock: 9, state: { user: { name: 'Ann Jones' }, pointer: { x: 1, y: 1 } } }]));
    await expect.poll(async () => (await presentOn(bola)).get(1)).toEqual({ user: annJones, pointer: { x: 1, y: 1 } });
    after.socket.close();
    await expect.poll(async () => (await presentOn(bola)).has(1)).toBe(false);
  });

  it('is not taken by someone else who claimed it while its person was here, once that someone has gone', async () => {
    const bola = await openSocket();
    const ann = await openSocket();
    ann.socket.send(presenceFrame([{ clientId: 1, clock: 1, state: { user: { name: 'Ann Jones' } } }]));
    await expect.poll(async () => (await presentOn(bola)).has(1)).toBe(true);
    const mallory = await openSocket();
    mallory.socket.send(presenceFrame([{ clientId: 1, clock: 50, state: { user: { name: 'Mallory' } } }]));
    mallory.socket.close();
    await mallory.closed;
    await expect.poll(() => server.api('/metrics').then((r) => r.text())).toContain('partnerboard_connections 2');
    ann.socket.close();
    await expect.poll(async () => (await presentOn(bola)).has(1)).toBe(false);
  });

  it('is not brought back by a late echo after its person left', async () => {
    const ann = await openSocket();
    const bola = await openSocket();
    bola.socket.send(presenceFrame([{ clientId: 2, clock: 1, state: { user: { name: 'Bola Ade' } } }]));
    const annSeen = bola.nextFrameWhere((frame) => isPresence(frame) && entriesIn(frame).some((entry) => entry.clientId === 1));
    ann.socket.send(presenceFrame([{ clientId: 1, clock: 5, state: { user: { name: 'Ann Jones' } } }]));
    await annSeen;
    const annGone = bola.nextFrameWhere((frame) => isPresence(frame) && entriesIn(frame).some((entry) => entry.clientId === 1 && entry.state === 'null'));
    ann.socket.close();
    await annGone;

    // What a stock client sends back on receiving Ann's last state, arriving after she left.
    bola.socket.send(presenceFrame([{ clientId: 1, clock: 5, state: { user: { name: 'Ann Jones' } } }]));
    expect((await presentOn(bola)).has(1)).toBe(false);
  });
});
