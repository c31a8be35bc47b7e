import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import { createGoal, readBoard } from '@partnerboard/board';
import { closeCodes, type CreateBoardResponse, type CreatePersonalLinkResponse } from '@partnerboard/protocol';
import { PgBoardStore } from '../src/storage/postgres/PgBoardStore.ts';
import { urlWithSearchPath } from '../src/storage/postgres/PgDatabase.ts';
import { createTestSchema, dropTestSchema, newTestSchema, testDatabaseUrl } from '../src/storage/postgres/testDatabase.ts';
import { updateChangesDoc } from '../src/sync/updateChanges.ts';
import { startOwnRedis, type OwnRedis } from './ownRedis.ts';
import { BusyEditor } from './reliability/editing.ts';
import { Random } from './reliability/random.ts';
import { spawnServer, type ServerProcess } from './serverProcess.ts';
import { connectClient, eventually, rawSocket, refusedUpgrade, type TestClient } from './support.ts';
import { startTcpProxy, type TcpProxy } from './tcpProxy.ts';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
/** Long enough for a process to notice a dependency come back (Redis retries every 2 s at most). */
const within = { timeout: 15_000, interval: 50 };

/** Someone with the board open in a stock client, who can be sent to another process as a load balancer would. */
interface Person {
  readonly name: string;
  readonly doc: Y.Doc;
  /** The provider of the current connection. */
  provider: WebsocketProvider;
  /** Resolves once the current connection has synced. */
  synced: Promise<void>;
  /** Drops the connection and opens one to `server` for the same document: what the person has is sent on. */
  moveTo(server: ServerProcess): void;
  destroy(): void;
}

/** The close code and reason of the person's next closed connection. */
function nextClose(person: Person): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => person.provider.once('connection-close', (event: { code: number; reason: string } | null) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })));
}

/** The /healthz answer of a process. */
async function health(server: ServerProcess): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function logged(server: ServerProcess, event: string): Record<string, unknown>[] {
  return server.logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.event === event);
}

/** Whether every doc shows the same board: the same items and the same deletions. */
function converged(docs: readonly Y.Doc[]): boolean {
  const [first, ...rest] = docs.map((doc) => Y.snapshot(doc));
  return rest.every((snapshot) => Y.equalSnapshots(first!, snapshot));
}

const goalIds = (doc: Y.Doc) => readBoard(doc).goals.map(({ id }) => id);

/**
 * A socket's fate on joining: the close code when the server refuses it after the upgrade, or
 * 'accepted' once the first frame of the sync arrives (the socket is then closed again).
 */
async function joinOutcome(url: string): Promise<number | 'accepted'> {
  const socket = rawSocket(url);
  const outcome = await Promise.race([socket.closed.then(({ code }) => code), socket.nextFrame().then(() => 'accepted' as const)]);
  if (outcome === 'accepted') {
    socket.socket.close();
    await socket.closed;
  }
  return outcome;
}

interface Cluster {
  servers: ServerProcess[];
  redis: OwnRedis;
  schema: string;
}

/** Creates a board through `server`. */
async function createBoard(server: ServerProcess): Promise<CreateBoardResponse> {
  const created = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'Hospital discharge: Mr Okafor' }) });
  expect(created.status).toBe(201);
  return (await created.json()) as CreateBoardResponse;
}

/** The board as the store holds it now: its snapshot with every update after it applied. */
async function storedBoard({ schema }: Cluster, boardId: string): Promise<Y.Doc> {
  const store = await PgBoardStore.open(testDatabaseUrl, { schema });
  try {
    const loaded = await store.loadBoard(boardId);
    if (!loaded) throw new Error(`The store has no board ${boardId}`);
    const doc = new Y.Doc();
    for (const update of [loaded.snapshot, ...loaded.updates]) Y.applyUpdate(doc, update);
    return doc;
  } finally {
    await store.close();
  }
}

/**
 * Server processes sharing a PostgreSQL schema of their own and a Redis of their own. What it
 * starts is stopped by the functions it adds to `cleanUps`, even when it fails half way.
 * `databaseUrl` routes a process's store through something else.
 */
async function startCluster(
  cleanUps: (() => Promise<void>)[],
  { processes = 2, env = {}, databaseUrl = (url: string) => url }: { processes?: number; env?: Record<string, string>; databaseUrl?: (url: string, index: number) => string } = {},
): Promise<Cluster> {
  const schema = newTestSchema();
  await createTestSchema(schema);
  cleanUps.push(() => dropTestSchema(schema));
  const redis = await startOwnRedis();
  cleanUps.push(() => redis.stop());
  const running: ServerProcess[] = [];
  cleanUps.push(async () => {
    await Promise.all(
      running.map(async (server) => {
        if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
        await server.exited;
      }),
    );
  });
  const url = urlWithSearchPath(testDatabaseUrl, schema);
  const spawned = await Promise.allSettled(
    Array.from({ length: processes }, (_, index) =>
      spawnServer({ DATABASE_URL: databaseUrl(url, index), REDIS_URL: redis.url, MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000', ...env }),
    ),
  );
  for (const outcome of spawned) if (outcome.status === 'fulfilled') running.push(outcome.value);
  const failed = spawned.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return { servers: running, redis, schema };
}

/** `url` with its host and port replaced by the proxy's. */
function throughProxy(url: string, proxy: TcpProxy): string {
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  return proxied.toString();
}

/** Stops what `startCluster` started, last first. */
async function cleanUpAll(cleanUps: (() => Promise<void>)[]): Promise<void> {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
}

describe('boards served by several server processes on PostgreSQL and Redis', () => {
  const people: Person[] = [];
  const editors: BusyEditor[] = [];
  /** Everything any person received from a server, in the order it arrived. */
  const received: Uint8Array[] = [];
  let waitingFor: { count: number; resolve: () => void }[] = [];

  afterEach(() => {
    for (const editor of editors.splice(0)) editor.stop();
    for (const person of people.splice(0)) person.destroy();
    received.length = 0;
    waitingFor = [];
  });

  /** Resolves once the people have received `count` more updates from the servers. */
  function receivedMore(count: number): Promise<void> {
    const target = received.length + count;
    return new Promise((resolve) => waitingFor.push({ count: target, resolve }));
  }

  function join(server: ServerProcess, board: CreateBoardResponse, token: string, name: string): Person {
    const doc = new Y.Doc();
    const connect = (to: ServerProcess): TestClient => {
      const client = connectClient(to.syncUrl, board.id, token, { name, org: `${name}'s organisation` }, doc);
      // A process cut off from its store refuses the upgrade: come back soon once it has it again.
      client.provider.maxBackoffTime = 300;
      return client;
    };
    let client = connect(server);
    let destroyed = false;
    const person: Person = {
      name,
      doc,
      provider: client.provider,
      synced: client.synced,
      moveTo(to) {
        client.provider.destroy();
        client = connect(to);
        person.provider = client.provider;
        person.synced = client.synced;
      },
      destroy() {
        if (!destroyed) client.destroy();
        destroyed = true;
      },
    };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== person.provider) return;
      received.push(update);
      const reached = waitingFor.filter(({ count }) => received.length >= count);
      waitingFor = waitingFor.filter((waiter) => !reached.includes(waiter));
      for (const { resolve } of reached) resolve();
    });
    people.push(person);
    return person;
  }

  function startEditing(person: Person, random: Random): BusyEditor {
    const editor = new BusyEditor(person.doc, random, person.name);
    editors.push(editor);
    // A change every 20 ms from each editor: a lively meeting, not a flood.
    editor.start(20);
    return editor;
  }

  describe('on two processes', () => {
    // One pair for these tests, each on a board of its own, since starting processes takes most of their time.
    // The first process reaches PostgreSQL through a proxy the tests can cut.
    const cleanUps: (() => Promise<void>)[] = [];
    let cluster: Cluster;
    let proxy: TcpProxy;
    let a: ServerProcess;
    let b: ServerProcess;
    beforeAll(async () => {
      const databaseUrl = new URL(testDatabaseUrl);
      proxy = await startTcpProxy(Number(databaseUrl.port || 5432), databaseUrl.hostname);
      cleanUps.push(() => proxy.close());
      cluster = await startCluster(cleanUps, { env: { MAX_CONNECTIONS_PER_BOARD: '3' }, databaseUrl: (url, index) => (index === 0 ? throughProxy(url, proxy) : url) });
      [a, b] = cluster.servers as [ServerProcess, ServerProcess];
    });
    // A test that failed half way may leave PostgreSQL cut off or Redis stopped: the next starts with both back.
    afterEach(async () => {
      await proxy.restore();
      await cluster.redis.start();
      await expect.poll(() => Promise.all([health(a), health(b)]), within).toMatchObject([{ status: 200 }, { status: 200 }]);
    });
    afterAll(() => cleanUpAll(cleanUps));

    it('lets clients on two processes edit one board together and see each other', async () => {
      const board = await createBoard(a);
      const ward = join(a, board, board.tokens.editor, 'Priya Shah');
      const council = join(b, board, board.tokens.editor, 'Sam Okoro');
      await Promise.all([ward.synced, council.synced]);

      const fromWard = createGoal(ward.doc, { title: 'Home by Friday' });
      const fromCouncil = createGoal(council.doc, { title: 'Care package in place' });
      await eventually(council.doc, (doc) => goalIds(doc).includes(fromWard), { what: 'the ward’s goal on the council’s process', timeoutMs: 5000 });
      await eventually(ward.doc, (doc) => goalIds(doc).includes(fromCouncil), { what: 'the council’s goal on the ward’s process', timeoutMs: 5000 });
      await expect.poll(() => converged([ward.doc, council.doc]), within).toBe(true);

      ward.provider.awareness.setLocalStateField('user', { name: 'Priya Shah' });
      council.provider.awareness.setLocalStateField('user', { name: 'Sam Okoro' });
      const namesSeenBy = (person: Person) => [...person.provider.awareness.getStates().values()].map((state) => (state as { user?: { name?: string } }).user?.name);
      await expect.poll(() => namesSeenBy(council), within).toContain('Priya Shah');
      await expect.poll(() => namesSeenBy(ward), within).toContain('Sam Okoro');
      ward.destroy();
      await expect.poll(() => namesSeenBy(council), within).not.toContain('Priya Shah');
    });

    it('closes the holders of a replaced or withdrawn link on every process', async () => {
      const board = await createBoard(a);
      const linkResponse = await fetch(`${a.url}/api/boards/${board.id}/links`, {
        method: 'POST',
        headers: { ...bearer(board.tokens.facilitator), 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: 'editor', name: 'Priya Shah', organisation: 'Ward 7B' }),
      });
      expect(linkResponse.status).toBe(201);
      const link = (await linkResponse.json()) as CreatePersonalLinkResponse;
      const viewer = join(b, board, board.tokens.viewer, 'Family member');
      const personal = join(b, board, link.token, 'Priya Shah');
      await Promise.all([viewer.synced, personal.synced]);

      const viewerClosed = nextClose(viewer);
      expect((await fetch(`${a.url}/api/boards/${board.id}/tokens/viewer/rotate`, { method: 'POST', headers: bearer(board.tokens.facilitator) })).status).toBe(200);
      expect((await viewerClosed).code).toBe(closeCodes.tokenRevoked);
      expect((await refusedUpgrade(`${b.syncUrl}/${board.id}?token=${board.tokens.viewer}`)).status).toBe(403);

      const personalClosed = nextClose(personal);
      expect((await fetch(`${a.url}/api/boards/${board.id}/links/${link.id}`, { method: 'DELETE', headers: bearer(board.tokens.facilitator) })).status).toBe(200);
      expect((await personalClosed).code).toBe(closeCodes.tokenRevoked);
    });

    it('closes a deleted board’s sockets on every process, and every process answers it as gone', async () => {
      const board = await createBoard(a);
      const onB = join(b, board, board.tokens.editor, 'Social worker');
      await onB.synced;

      const closed = nextClose(onB);
      expect((await fetch(`${a.url}/api/boards/${board.id}`, { method: 'DELETE', headers: bearer(board.tokens.facilitator) })).status).toBe(204);
      expect((await closed).code).toBe(closeCodes.boardDeleted);
      expect((await refusedUpgrade(`${b.syncUrl}/${board.id}?token=${board.tokens.editor}`)).status).toBe(404);
      expect((await fetch(`${b.url}/api/boards/${board.id}`, { headers: bearer(board.tokens.facilitator) })).status).toBe(404);
    });

    it('holds the connection cap of a board across processes', async () => {
      const board = await createBoard(a);
      const present = [join(a, board, board.tokens.editor, 'Ward nurse'), join(a, board, board.tokens.editor, 'GP'), join(b, board, board.tokens.editor, 'Social worker')];
      await Promise.all(present.map((person) => person.synced));
      const fourth = (server: ServerProcess) => joinOutcome(`${server.syncUrl}/${board.id}?token=${board.tokens.viewer}&name=Fourth`);
      // Each process learns the others' counts within about 100 ms of a change.
      await expect.poll(() => fourth(b), within).toBe(closeCodes.boardFull);
      await expect.poll(() => fourth(a), within).toBe(closeCodes.boardFull);
      present[0]!.destroy();
      await expect.poll(() => fourth(b), within).toBe('accepted');
    });

    it('brings every process back in step after Redis restarts under editing', async () => {
      const board = await createBoard(a);
      const random = new Random();
      const ward = join(a, board, board.tokens.editor, 'Ward nurse');
      const council = join(b, board, board.tokens.editor, 'Social worker');
      const watcherOnA = join(a, board, board.tokens.viewer, 'Family member');
      const everyone = [ward, council, watcherOnA];
      await Promise.all(everyone.map((person) => person.synced));
      const editing = [startEditing(ward, random), startEditing(council, random)];
      await receivedMore(40);

      await cluster.redis.stop();
      await expect.poll(() => health(a), within).toMatchObject({ status: 503, body: { ok: false, store: 'ok', fanOut: 'unavailable' } });
      // Edits go on at each process while the processes cannot tell each other.
      await receivedMore(40);
      expect(updateChangesDoc(ward.doc, Y.encodeStateAsUpdate(council.doc)), 'the council’s edits reached the ward without Redis').toBe(true);
      await cluster.redis.start();
      await expect.poll(() => Promise.all([health(a), health(b)]), within).toMatchObject([{ status: 200 }, { status: 200 }]);
      await receivedMore(40);
      for (const editor of editing) editor.stop();

      await expect.poll(() => converged(everyone.map((person) => person.doc)), within).toBe(true);
      for (const server of [a, b]) expect(logged(server, 'redis-resync')).not.toHaveLength(0);
    });

    it('brings the processes back in step after their publishing connections to Redis drop under editing', async () => {
      const board = await createBoard(a);
      const random = new Random();
      const ward = join(a, board, board.tokens.editor, 'Ward nurse');
      const council = join(b, board, board.tokens.editor, 'Social worker');
      const everyone = [ward, council];
      await Promise.all(everyone.map((person) => person.synced));
      const editing = [startEditing(ward, random), startEditing(council, random)];
      await receivedMore(40);
      const resyncs = () => [a, b].map((server) => logged(server, 'redis-resync').length);
      const resyncsBefore = resyncs();
      const admin = new Redis(cluster.redis.url);
      let dropped = 0;
      try {
        // Every connection that is not subscribed: the processes' publishers, which drop what they cannot send while they reconnect.
        for (let round = 0; round < 5; round += 1) {
          dropped += Number(await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes'));
          await receivedMore(10);
        }
      } finally {
        admin.disconnect();
      }
      await receivedMore(40);
      for (const editor of editing) editor.stop();
      expect(dropped).toBeGreaterThan(0);
      await expect.poll(() => converged(everyone.map((person) => person.doc)), within).toBe(true);
      // The subscriptions held: the processes caught up because the publisher asked them to read the board again.
      expect(resyncs()).toEqual(resyncsBefore);
    });

    it('refuses writes at a process cut off from PostgreSQL, shares nothing it could not store, and recovers by itself', async () => {
      const board = await createBoard(a);
      const writer = join(a, board, board.tokens.editor, 'Ward nurse');
      const watcherOnA = join(a, board, board.tokens.viewer, 'Family member');
      const council = join(b, board, board.tokens.editor, 'Social worker');
      const everyone = [writer, watcherOnA, council];
      await Promise.all(everyone.map((person) => person.synced));
      const before = createGoal(writer.doc, { title: 'Home by Friday' });
      await eventually(council.doc, (doc) => goalIds(doc).includes(before), { what: 'the first goal on the other process', timeoutMs: 5000 });

      await proxy.cut();
      await expect.poll(() => health(a), within).toMatchObject({ status: 503, body: { ok: false, store: 'unavailable', fanOut: 'ok' } });
      expect(await health(b)).toMatchObject({ status: 200, body: { ok: true, store: 'ok', fanOut: 'ok' } });
      const closed = nextClose(writer);
      const refused = createGoal(writer.doc, { title: 'Written while the store is away' });
      expect(await closed).toEqual({ code: closeCodes.serverError, reason: 'Your latest change could not be saved; reconnecting' });
      // The log line travels through the process's stdout, apart from the close frame.
      await expect.poll(() => logged(a, 'commit-error'), within).toContainEqual(expect.objectContaining({ boardId: board.id, error: expect.stringMatching(/PostgreSQL/) }));
      // An edit from the other process still reaches the cut-off one, which shares it without storing; the refused goal never went out.
      const meanwhile = createGoal(council.doc, { title: 'Care package in place' });
      await eventually(watcherOnA.doc, (doc) => goalIds(doc).includes(meanwhile), { what: 'the other process’s goal on the cut-off one', timeoutMs: 5000 });
      expect(goalIds(watcherOnA.doc)).not.toContain(refused);
      expect(goalIds(council.doc)).not.toContain(refused);
      expect(goalIds(await storedBoard(cluster, board.id))).not.toContain(refused);

      await proxy.restore();
      await expect.poll(() => health(a), within).toMatchObject({ status: 200, body: { ok: true, store: 'ok' } });
      // The writer's client sends the refused goal again once it is back; now it is stored and shared.
      await eventually(council.doc, (doc) => goalIds(doc).includes(refused), { what: 'the refused goal, sent again, on the other process', timeoutMs: 10_000 });
      await expect.poll(() => converged(everyone.map((person) => person.doc)), within).toBe(true);
      expect(goalIds(await storedBoard(cluster, board.id))).toContain(refused);
      expect(a.child.exitCode).toBeNull();
    });
  });

  describe('a process killed', () => {
    const cleanUps: (() => Promise<void>)[] = [];
    let cluster: Cluster;
    // A full board: the survivor must stop counting the dead process's peers for its clients to get in.
    beforeEach(async () => {
      cluster = await startCluster(cleanUps, { env: { MAX_CONNECTIONS_PER_BOARD: '4' } });
    });
    afterEach(() => cleanUpAll(cleanUps));

    it('keeps every update anyone received when a process is killed under editing, and its clients carry on at the other', async () => {
      const [a, b] = cluster.servers;
      const board = await createBoard(a!);
      const random = new Random();
      const onA = [join(a!, board, board.tokens.editor, 'Ward nurse'), join(a!, board, board.tokens.editor, 'Discharge coordinator')];
      const onB = [join(b!, board, board.tokens.editor, 'Social worker'), join(b!, board, board.tokens.editor, 'GP')];
      const everyone = [...onA, ...onB];
      await Promise.all(everyone.map((person) => person.synced));
      const editing = everyone.map((person) => startEditing(person, random));
      // Everyone's edits reach everyone, through both processes, before the kill.
      const firstGoals = everyone.map((person) => readBoard(person.doc).goals.find((goal) => goal.title === `${person.name}'s goal`)!.id);
      await Promise.all(everyone.map((person) => eventually(person.doc, (doc) => firstGoals.every((id) => goalIds(doc).includes(id)), { what: `every editor’s goal at ${person.name}`, timeoutMs: 5000 })));
      await receivedMore(40 + random.int(0, 40));

      a!.child.kill('SIGKILL');
      await a!.exited;
      // What each person had at the moment of the kill: their own edits, and everything any process shared.
      const atTheKill = everyone.map((person) => Y.encodeStateAsUpdate(person.doc));
      const seenAtTheKill = Y.mergeUpdates(received);
      // Stored before it was shared: the store holds it without anyone sending it again.
      expect(updateChangesDoc(await storedBoard(cluster, board.id), seenAtTheKill), 'the store lacks something a process shared').toBe(false);
      for (const person of onA) person.moveTo(b!);
      await Promise.all(onA.map((person) => person.synced));
      await receivedMore(40);
      for (const editor of editing) editor.stop();

      await expect.poll(() => converged(everyone.map((person) => person.doc)), within).toBe(true);
      for (const person of everyone) {
        expect(updateChangesDoc(person.doc, seenAtTheKill), `${person.name} lacks something shared before the kill`).toBe(false);
        for (const had of atTheKill) expect(updateChangesDoc(person.doc, had), `${person.name} lacks something someone had at the kill`).toBe(false);
      }
      // Everyone holds only what a process stored first.
      expect(converged([await storedBoard(cluster, board.id), everyone[0]!.doc])).toBe(true);
      expect(editing.reduce((sum, editor) => sum + editor.edits, 0)).toBeGreaterThan(40);
    });
  });
});
