import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StoreUnavailableError, type AttributedUpdate, type NewBoard } from '../BoardStore.ts';
import { PgBoardStore } from './PgBoardStore.ts';
import { dropTestSchema, newTestSchema, runOnTestDatabase, testDatabaseUrl } from './testDatabase.ts';

// What only PostgreSQL does: several stores (as several server processes) on one database, and a
// database that goes away and comes back. The contract every store keeps is BoardStore.test.ts.

function newBoard(id: string): NewBoard {
  const hash = (byte: number) => new Uint8Array(32).fill(byte);
  return {
    id,
    title: 'Hospital discharge: Mrs Patel',
    createdAt: '2025-03-01T09:00:00.000Z',
    tokenHashes: { facilitator: hash(1), editor: hash(2), viewer: hash(3) },
    initialState: Y.encodeStateAsUpdate(new Y.Doc()),
  };
}

/** `count` updates from one doc, each attributed to a person of the council. */
function edits(count: number, name = 'Ann'): AttributedUpdate[] {
  const doc = new Y.Doc();
  const updates: AttributedUpdate[] = [];
  doc.on('update', (update: Uint8Array) => updates.push({ update, attribution: { name, organisation: 'City Council', role: 'editor', linkId: null, at: '2025-03-01T10:00:00.000Z' } }));
  for (let step = 0; step < count; step += 1) doc.getMap('goals').set(`${name}-${step}`, `Reduce delayed discharges, step ${step}`);
  return updates;
}

/** A TCP proxy to the tests' PostgreSQL that a test can cut off (every connection dropped, none taken) and restore on the same port. */
class CuttableProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: URL) {
    this.server = createServer((client) => {
      const upstream = createConnection(Number(target.port || 5432), target.hostname);
      for (const [from, to] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.sockets.add(from);
        from.pipe(to);
        from.on('error', () => to.destroy());
        from.on('close', () => {
          this.sockets.delete(from);
          to.destroy();
        });
      }
    });
  }

  /** The database's URL with the proxy in its place. */
  get url(): string {
    const through = new URL(this.target);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject);
        this.port = (this.server.address() as { port: number }).port;
        resolve();
      });
    });
  }

  cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('PgBoardStore', () => {
  const schemas: string[] = [];
  const stores: PgBoardStore[] = [];
  let proxy: CuttableProxy | undefined;

  function schemaForTest(): string {
    const schema = newTestSchema();
    schemas.push(schema);
    return schema;
  }

  /** A store on the tests' database; a dropped idle connection fails the test unless the test expects one. */
  async function openStore(schema: string, url = testDatabaseUrl, onBackgroundError: (error: unknown) => void = (error) => { throw error; }): Promise<PgBoardStore> {
    const store = await PgBoardStore.open(url, { schema, onBackgroundError });
    stores.push(store);
    return store;
  }

  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    if (proxy?.port) await proxy.cut().catch(() => {});
    proxy = undefined;
    for (const schema of schemas.splice(0)) await dropTestSchema(schema);
  });

  it('brings a new schema up to date when two stores open it at once', async () => {
    const schema = schemaForTest();
    const [first, second] = await Promise.all([openStore(schema), openStore(schema)]);
    await first!.createBoard(newBoard('board-one'));
    expect(await second!.getBoard('board-one')).toMatchObject({ id: 'board-one' });
  });

  it('records the migrations it ran, and refuses a schema newer than it understands', async () => {
    const schema = schemaForTest();
    await (await openStore(schema)).close();
    expect(await runOnTestDatabase(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`)).toEqual([{ version: 1 }]);
    await runOnTestDatabase(`INSERT INTO ${schema}.schema_migrations (version) VALUES (99)`);
    await expect(openStore(schema)).rejects.toThrow('The database schema (version 99) is newer than this server understands (1)');
  });

  it('numbers the appends of two stores to one board one after another, losing none', async () => {
    const schema = schemaForTest();
    const ward = await openStore(schema);
    const council = await openStore(schema);
    await ward.createBoard(newBoard('board-one'));
    const appendEach = (store: PgBoardStore, updates: AttributedUpdate[]) => Promise.all(updates.map((update) => store.appendUpdates('board-one', null, [update])));
    const [wardSeqs, councilSeqs] = await Promise.all([appendEach(ward, edits(20, 'Ward')), appendEach(council, edits(20, 'Council'))]);
    expect([...wardSeqs, ...councilSeqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    const stored = await council.loadBoard('board-one');
    expect(stored).toMatchObject({ lastSeq: 40 });
    const doc = new Y.Doc();
    for (const update of stored!.updates) Y.applyUpdate(doc, update);
    expect(doc.getMap('goals').size).toBe(40);
  });

  it('refuses an append after a sequence number that another store has appended past', async () => {
    const schema = schemaForTest();
    const ward = await openStore(schema);
    const council = await openStore(schema);
    await ward.createBoard(newBoard('board-one'));
    const [first, second] = edits(2);
    expect(await council.appendUpdates('board-one', 0, [first!])).toBe(1);
    await expect(ward.appendUpdates('board-one', 0, [second!])).rejects.toThrow(/already has updates after sequence number 0/);
  });

  it('sees a link rotated through another store at once', async () => {
    const schema = schemaForTest();
    const ward = await openStore(schema);
    const council = await openStore(schema);
    await ward.createBoard(newBoard('board-one'));
    expect((await council.tokenHashes('board-one'))?.editor[0]).toBe(2);
    await ward.rotateToken('board-one', 'editor', new Uint8Array(32).fill(9));
    expect((await council.tokenHashes('board-one'))?.editor[0]).toBe(9);
  });

  it('refuses every call while PostgreSQL cannot be reached, and serves again once it can, without being opened again', async () => {
    const schema = schemaForTest();
    proxy = new CuttableProxy(new URL(testDatabaseUrl));
    await proxy.listen();
    let toldOfDrop: (error: unknown) => void = () => {};
    const dropped = new Promise<unknown>((resolve) => (toldOfDrop = resolve));
    const store = await openStore(schema, proxy.url, (error) => toldOfDrop(error));
    await store.createBoard(newBoard('board-one'));
    const [before, during, after] = edits(3);
    expect(await store.appendUpdates('board-one', null, [before!])).toBe(1);
    expect(await store.health()).toBe(true);

    await proxy.cut();
    // The pool's idle connection dropping is reported, and ends nothing.
    expect(String(await dropped)).toMatch(/Connection terminated unexpectedly/);
    await expect(store.appendUpdates('board-one', null, [during!])).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.appendUpdates('board-one', null, [during!])).rejects.toThrow(/^The board store \(PostgreSQL\) is unavailable: /);
    await expect(store.loadBoard('board-one')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.tokenHashes('board-one')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.compact('board-one', new Uint8Array(), 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.health()).toBe(false);

    await proxy.listen();
    expect(await store.health()).toBe(true);
    expect(await store.appendUpdates('board-one', null, [after!])).toBe(2);
    expect((await store.loadBoard('board-one'))?.updates).toHaveLength(2);
  });

  it('refuses to open while PostgreSQL cannot be reached, with the same error', async () => {
    proxy = new CuttableProxy(new URL(testDatabaseUrl));
    await proxy.listen();
    const url = proxy.url;
    await proxy.cut();
    await expect(openStore(schemaForTest(), url)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
