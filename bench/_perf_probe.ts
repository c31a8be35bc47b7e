import * as Y from 'yjs';
import { createGoal } from '../packages/board/src/index';
import { startPartnerboard, startReference, type BenchTarget } from './harness/servers';
import { SyncClient } from './harness/SyncClient';
import { sleep } from './harness/timing';
async function probe(target: BenchTarget) {
  const id = await target.createBoard('B');
  const doc = new Y.Doc();
  const c = await SyncClient.open(target.syncUrl(id), { doc });
  const sock = (c as unknown as { socket: import('ws').WebSocket }).socket;
  const origSend = sock.send.bind(sock);
  (sock as unknown as { send: (d: Uint8Array) => void }).send = (d: Uint8Array) => { console.log(`${target.label} SEND type ${d[0]} step ${d[1]} len ${d.length}`); origSend(d); };
  sock.on('message', (d: Buffer) => console.log(`${target.label} RECV type ${d[0]} step ${d[1]} len ${d.length}`));
  await c.synced;
  createGoal(doc, { title: 'Agree the discharge date' });
  await c.acknowledged();
  await sleep(300);
  await c.close();
}
for (const t of [await startPartnerboard({ store: 'sqlite' }), await startReference()]) { try { await probe(t); } finally { await t.stop(); } }
