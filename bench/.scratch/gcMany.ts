import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as Y from 'yjs';
import { createGoal } from '../../packages/board/src/index';
import { SyncClient } from '../harness/SyncClient';
import { mapLimited, sleep } from '../harness/timing';
const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/.scratch/gcServer.ts'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'gc-')), LOG_LEVEL: 'warn', CREATE_BOARDS_PER_MINUTE: '1000000', UNLOAD_AFTER_MS: '1000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const lines: ((l: string) => void)[] = [];
createInterface({ input: child.stdout! }).on('line', (l) => lines.shift()?.(l));
const next = () => new Promise<string>((r) => lines.push(r));
const { port } = JSON.parse(await next()) as { port: number };
const mem = async (label: string) => { child.kill('SIGUSR2'); console.log(label, await next()); };
await sleep(500); await mem('idle');
const boards = await mapLimited(Array.from({ length: 1000 }), 10, async () => {
  const r = await fetch(`http://127.0.0.1:${port}/api/boards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'B', template: 'blank' }) });
  return (await r.json()) as { id: string; tokens: { editor: string } };
});
await mem('created');
const clients = await mapLimited(boards, 25, async (b) => {
  const doc = new Y.Doc();
  const c = await SyncClient.open(`ws://127.0.0.1:${port}/sync/${b.id}?token=${b.tokens.editor}`, { doc });
  await c.synced; createGoal(doc, { title: 'g' }); await c.acknowledged(); return c;
});
await mem('open');
await Promise.all(clients.map((c) => c.close()));
await sleep(5000);
await mem('left');
await sleep(3000);
await mem('left+3s');
child.kill('SIGTERM');
