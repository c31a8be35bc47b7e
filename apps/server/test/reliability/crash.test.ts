import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateBoardResponse } from '@partnerboard/protocol';
import { updateChangesDoc } from '../../src/sync/updateChanges.ts';
import { spawnServer, type ServerProcess } from '../serverProcess.ts';
import { connectClient, type TestClient } from '../support.ts';
import { BusyEditor } from './editing.ts';
import { Random } from './random.ts';
import { report, scaled } from './soak.ts';

const rounds = scaled(3, 30);
const editorsPerRound = 3;

/** Items (Yjs structs) in `seen` that `doc` lacks: what a crash lost. */
function missingItems(doc: Y.Doc, seen: Y.Doc): number {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  let missing = 0;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(seen))) {
    missing += Math.max(0, clock - (have.get(client) ?? 0));
  }
  return missing;
}

describe('crash durability', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'partnerboard-crash-'));
  let server: ServerProcess | null = null;
  const clients: TestClient[] = [];

  async function start(): Promise<ServerProcess> {
    server = await spawnServer({ DATA_DIR: dataDir, MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000' });
    return server;
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(`keeps every update any client received through ${rounds} SIGKILLs at random moments under continuous editing`, { timeout: scaled(120_000, 1_200_000) }, async () => {
    const random = new Random();
    let running = await start();
    const created = await fetch(`${running.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Hospital discharge: Mr Okafor', template: 'hospital-discharge' }),
    });
    const board = (await created.json()) as CreateBoardResponse;
    const totals = { rounds: 0, edits: 0, updatesShared: 0, receptions: 0, lostItems: 0, lostDeletions: 0 };

    for (let round = 1; round <= rounds; round += 1) {
      // Everything any client received from the server, merged: the server had shared all of it.
      const seen = new Y.Doc();
      let received = 0;
      let observed = 0;
      let killAfter = Number.POSITIVE_INFINITY;
      let timeToKill = () => {};
      const readyToKill = new Promise<void>((resolve) => (timeToKill = resolve));
      const listening = running;
      const people = Array.from({ length: editorsPerRound }, (_, i) =>
        connectClient(listening.syncUrl, board.id, board.tokens.editor, { name: `Editor ${i + 1}`, org: `Partner ${i + 1}` }),
      );
      const observer = connectClient(listening.syncUrl, board.id, board.tokens.viewer, { name: 'Observer' });
      clients.push(...people, observer);
      for (const client of [...people, observer]) {
        client.doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== client.provider) return;
          received += 1;
          if (client === observer) observed += 1;
          Y.applyUpdate(seen, update);
          if (received >= killAfter) timeToKill();
        });
      }
      await Promise.all([...people, observer].map((client) => client.synced));
      const editors = people.map((person, i) => new BusyEditor(person.doc, random, `Editor ${i + 1}`));
      for (const editor of editors) editor.start();

      // A random moment: after a random number of shared updates, then a random few milliseconds.
      killAfter = received + random.int(5, 80);
      await readyToKill;
      await new Promise((resolve) => setTimeout(resolve, random.int(0, 150)));
      running.child.kill('SIGKILL');
      await running.exited;
      for (const editor of editors) editor.stop();
      // Nobody may reconnect and resend: the next server must have it from its own storage.
      for (const client of clients.splice(0)) client.destroy();

      running = await start();
      const reader = connectClient(running.syncUrl, board.id, board.tokens.viewer, { name: 'Reader after the crash' });
      clients.push(reader);
      await reader.synced;
      totals.rounds += 1;
      // The observer receives every edit the server shares, once.
      totals.updatesShared += observed;
      totals.receptions += received;
      totals.edits += editors.reduce((sum, editor) => sum + editor.edits, 0);
      totals.lostItems += missingItems(reader.doc, seen);
      if (updateChangesDoc(reader.doc, Y.encodeStateAsUpdate(seen))) totals.lostDeletions += 1;
      for (const client of clients.splice(0)) client.destroy();
    }

    report('crash', { seed: random.seed, ...totals });
    expect(totals).toMatchObject({ rounds, lostItems: 0, lostDeletions: 0 });
    expect(totals.updatesShared).toBeGreaterThan(rounds * 5);
  });
});
