import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, readBoard, textField } from '@partnerboard/board';
import { closeCodes, type CreateBoardResponse } from '@partnerboard/protocol';
import { updateChangesDoc } from '../src/sync/updateChanges.ts';
import { spawnServer, type ServerProcess } from './serverProcess.ts';
import { connectClient, contains, type TestClient } from './support.ts';

async function createBoard(server: ServerProcess): Promise<CreateBoardResponse> {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Discharge plan' }),
  });
  return (await response.json()) as CreateBoardResponse;
}

function disconnected(client: TestClient): Promise<void> {
  return new Promise((resolve) => client.provider.once('connection-close', () => resolve()));
}

describe('the server as a process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'partnerboard-durability-'));
  const running: ServerProcess[] = [];
  const clients: TestClient[] = [];

  async function start(): Promise<ServerProcess> {
    const server = await spawnServer({ DATA_DIR: dataDir, MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000' });
    running.push(server);
    return server;
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of running.splice(0)) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  });

  it('keeps every edit any client has seen when it is killed with SIGKILL', async () => {
    const first = await start();
    const board = await createBoard(first);
    const writer = connectClient(first.syncUrl, board.id, board.tokens.editor, { name: 'Ann Jones' });
    const recorder = connectClient(first.syncUrl, board.id, board.tokens.viewer, { name: 'Bola Ade' });
    clients.push(writer, recorder);
    await Promise.all([writer.synced, recorder.synced]);

    const goal = createGoal(writer.doc, { title: 'Home within 48 hours' });
    const notes = textField(writer.doc, 'goals', goal, 'description');
    let edits = 0;
    const editing = setInterval(() => {
      notes.insert(notes.length, `${edits} `);
      if (edits % 25 === 0) createGoal(writer.doc, { title: `Goal ${edits}` });
      edits += 1;
    }, 1);

    // Every update the recorder receives came from the server, so the server had shared it.
    let received = 0;
    await new Promise<void>((resolve) =>
      recorder.doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin === recorder.provider && ++received === 300) resolve();
      }),
    );
    const recorderCut = disconnected(recorder);
    const writerCut = disconnected(writer);
    first.child.kill('SIGKILL');
    await Promise.all([recorderCut, writerCut, first.exited]);
    clearInterval(editing);
    // Keep both from reconnecting: the writer would resend edits the server never had.
    writer.provider.disconnect();
    recorder.provider.disconnect();
    const seen = recorder.doc;

    const second = await start();
    const reader = connectClient(second.syncUrl, board.id, board.tokens.viewer);
    clients.push(reader);
    await reader.synced;

    expect(contains(reader.doc, seen)).toBe(true);
    expect(updateChangesDoc(reader.doc, Y.encodeStateAsUpdate(seen))).toBe(false);
    const seenNotes = readBoard(seen).goals.find((g) => g.id === goal)?.description ?? '';
    expect(seenNotes.length).toBeGreaterThan(0);
    expect(readBoard(reader.doc).goals.find((g) => g.id === goal)?.description.startsWith(seenNotes)).toBe(true);
  });

  it('on SIGTERM closes every connection with 1001 and exits 0', async () => {
    const server = await start();
    const board = await createBoard(server);
    const client = connectClient(server.syncUrl, board.id, board.tokens.editor);
    clients.push(client);
    await client.synced;
    const closed = new Promise<number>((resolve) =>
      client.provider.once('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    server.child.kill('SIGTERM');
    expect(await closed).toBe(closeCodes.goingAway);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.logLines.join('\n')).not.toContain(board.tokens.editor);
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
});
