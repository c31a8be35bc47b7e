import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { spawnServer, type ServerProcess } from '../../apps/server/test/serverProcess';
import { SqliteBoardStore } from '../../apps/server/src/storage/sqlite/SqliteBoardStore';
import type { CreatedBoard } from './api';

/**
 * A server of the test's own, on a fresh data directory, holding one board whose STORED data was
 * changed behind the server's back: the way a board saved before the server checked updates looks.
 * (The server refuses such updates over the wire, so old data is the only way they reach the app.)
 */
export interface StoredBoardServer {
  server: ServerProcess;
  board: CreatedBoard;
  /** A share link on this server: `${url}/b/<id>/<view>#token=...`. */
  link(role: keyof CreatedBoard['tokens'], view?: string): string;
  stop(): Promise<void>;
}

async function stopServer(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

// spawnServer waits for the 'listening' line, which the server logs at level info.
const env = (dataDir: string) => ({ DATA_DIR: dataDir, CREATE_BOARDS_PER_MINUTE: '10000', LOG_LEVEL: 'info' });

/**
 * Creates a board (from `template`) through the API, stops the server, appends to the board's stored
 * log one update made by `change` on the stored document, and starts the server again on that data.
 */
export async function boardWithStoredChange(template: string, change: (doc: Y.Doc) => void): Promise<StoredBoardServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'partnerboard-stored-'));
  let server = await spawnServer(env(dataDir));
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Stored before the checks', template }),
  });
  if (response.status !== 201) throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
  const board = (await response.json()) as CreatedBoard;
  await stopServer(server);

  const store = SqliteBoardStore.open(dataDir);
  try {
    const stored = await store.loadBoard(board.id);
    if (!stored) throw new Error('The board just created is not in the store.');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const before = Y.encodeStateVector(doc);
    change(doc);
    const update = Y.encodeStateAsUpdate(doc, before);
    const attribution = { name: 'Old client', organisation: 'Before the checks', role: 'editor' as const, linkId: null, at: new Date().toISOString() };
    await store.appendUpdates(board.id, stored.lastSeq, [{ update, attribution }]);
  } finally {
    await store.close();
  }

  server = await spawnServer(env(dataDir));
  const running = server;
  return {
    server,
    board,
    link: (role, view = 'board') => `${running.url}/b/${board.id}/${view}#token=${board.tokens[role]}`,
    stop: async () => {
      await stopServer(running);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The id of the entity in `collection` whose `field` is `value` (e.g. the action titled so-and-so). */
export function idWhere(doc: Y.Doc, collection: string, field: string, value: string): string {
  for (const [id, entity] of doc.getMap<Y.Map<unknown>>(collection)) if (entity.get(field) === value) return id;
  throw new Error(`No ${collection} entity with ${field} "${value}".`);
}
