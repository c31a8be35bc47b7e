import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGoal, readBoard } from '@partnerboard/board';
import type { CreateBoardResponse } from '@partnerboard/protocol';
import { urlWithSearchPath } from '../src/storage/postgres/PgDatabase.ts';
import { createTestSchema, dropTestSchema, newTestSchema, testDatabaseUrl } from '../src/storage/postgres/testDatabase.ts';
import { spawnServer, type ServerProcess } from './serverProcess.ts';
import { connectClient, eventually, type TestClient } from './support.ts';

describe('the server on PostgreSQL (DATABASE_URL)', () => {
  const schema = newTestSchema();
  const dataDir = mkdtempSync(join(tmpdir(), 'partnerboard-postgres-'));
  const running: ServerProcess[] = [];
  const clients: TestClient[] = [];

  beforeAll(() => createTestSchema(schema));

  async function start(): Promise<ServerProcess> {
    const server = await spawnServer({ DATABASE_URL: urlWithSearchPath(testDatabaseUrl, schema), DATA_DIR: dataDir });
    running.push(server);
    return server;
  }

  function connect(server: ServerProcess, board: CreateBoardResponse): TestClient {
    const client = connectClient(server.syncUrl, board.id, board.tokens.editor);
    clients.push(client);
    return client;
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of running.splice(0)) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  });

  afterAll(async () => {
    await dropTestSchema(schema);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps a board and its edits in PostgreSQL, through a killed server, and nothing in DATA_DIR', async () => {
    const first = await start();
    const response = await fetch(`${first.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Discharge plan' }),
    });
    expect(response.status).toBe(201);
    const board = (await response.json()) as CreateBoardResponse;
    const ward = connect(first, board);
    const council = connect(first, board);
    await Promise.all([ward.synced, council.synced]);
    const goal = createGoal(ward.doc, { title: 'Home within 48 hours' });
    // The server shares an edit only once it is committed: seen by the council, it is stored.
    await eventually(council.doc, (doc) => readBoard(doc).goals.some(({ id }) => id === goal));

    const killed = running.pop()!;
    killed.child.kill('SIGKILL');
    await killed.exited;
    const second = await start();
    const returning = connect(second, board);
    await returning.synced;
    expect(readBoard(returning.doc).goals.find(({ id }) => id === goal)?.title).toBe('Home within 48 hours');
    expect(existsSync(join(dataDir, 'partnerboard.sqlite'))).toBe(false);
  });
});
