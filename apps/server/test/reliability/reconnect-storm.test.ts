import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, readBoard } from '@partnerboard/board';
import type { CreateBoardResponse } from '@partnerboard/protocol';
import { spawnServer, type ServerProcess } from '../serverProcess.ts';
import { allowClientsInProcess, connectClient, contains, type TestClient } from '../support.ts';
import { processStats, report, scaled } from './soak.ts';

const people = scaled(100, 500);

function connectionClosed(client: TestClient): Promise<void> {
  return new Promise((resolve) => client.provider.once('connection-close', () => resolve()));
}

/** Resolves once `doc` holds everything in `everything`; cheap to re-check on every update. */
function converged(doc: Y.Doc, everything: Y.Doc): Promise<void> {
  const expectedWriters = everything.store.clients.size;
  const done = () => doc.store.clients.size >= expectedWriters && contains(doc, everything);
  return new Promise((resolve) => {
    if (done()) return resolve();
    const check = () => {
      if (!done()) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}

describe('reconnect storm', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'partnerboard-storm-'));
  const servers: ServerProcess[] = [];
  const clients: TestClient[] = [];

  async function start(): Promise<ServerProcess> {
    const server = await spawnServer({ DATA_DIR: dataDir, MAX_CONNECTIONS_PER_BOARD: String(people * 2) });
    servers.push(server);
    return server;
  }

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers) {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`brings ${people} people on one board back together at once after a restart, with the edits made meanwhile`, { timeout: scaled(120_000, 600_000) }, async () => {
    const first = await start();
    const created = await fetch(`${first.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Hospital discharge: Mrs Patel', template: 'hospital-discharge' }),
    });
    const board = (await created.json()) as CreateBoardResponse;
    allowClientsInProcess(people + 1);
    for (let i = 0; i < people; i += 1) {
      const client = connectClient(first.syncUrl, board.id, board.tokens.editor, { name: `Person ${i + 1}`, org: `Partner ${i % 8}` });
      client.provider.awareness.setLocalStateField('user', { name: `Person ${i + 1}` });
      clients.push(client);
    }
    await Promise.all(clients.map((client) => client.synced));
    const goalId = readBoard(clients[0]!.doc).goals[0]!.id;

    // The restart: everyone is cut off, and one in ten adds an action while the server is down.
    // (If all did, the test's own 500 Yjs clients applying 250,000 updates on one core would be what is measured.)
    const cutOff = clients.map(connectionClosed);
    first.child.kill('SIGTERM');
    await Promise.all([first.exited, ...cutOff]);
    for (const client of clients) client.provider.disconnect();
    const everything = new Y.Doc();
    const offlineEditors = clients.filter((_, i) => i % 10 === 0);
    for (const [i, client] of offlineEditors.entries()) {
      createAction(client.doc, { title: `Offline action ${i + 1}`, goalId }, { name: `Person ${i * 10 + 1}` });
    }
    for (const client of clients) Y.applyUpdate(everything, Y.encodeStateAsUpdate(client.doc));

    const second = await start();
    const before = processStats(second.child.pid!);
    const started = performance.now();
    for (const client of clients) {
      client.provider.serverUrl = second.syncUrl;
      client.provider.connect();
    }
    await Promise.all(clients.map((client) => converged(client.doc, everything)));
    const seconds = (performance.now() - started) / 1000;
    const after = processStats(second.child.pid!);

    const reader = connectClient(second.syncUrl, board.id, board.tokens.viewer);
    clients.push(reader);
    await reader.synced;
    expect(contains(reader.doc, everything)).toBe(true);
    expect(readBoard(reader.doc).actions.filter((action) => action.title.startsWith('Offline action')).length).toBe(offlineEditors.length);
    report('reconnect-storm', {
      people,
      offlineEdits: offlineEditors.length,
      seconds: seconds.toFixed(1),
      serverRssBeforeMiB: before.rssMiB,
      serverRssAfterMiB: after.rssMiB,
      serverPeakRssMiB: after.peakRssMiB,
      serverCpuSeconds: (after.cpuSeconds - before.cpuSeconds).toFixed(1),
    });
  });
});
