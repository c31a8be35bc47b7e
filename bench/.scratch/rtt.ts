import * as Y from 'yjs';
import { textField } from '../../packages/board/src/index';
import { addActionToWorkOn } from '../harness/boardContent';
import { startPartnerboard, startReference, type BenchTarget } from '../harness/servers';
import { SyncClient } from '../harness/SyncClient';
import { summarize } from '../harness/stats';
import { sleep } from '../harness/timing';
async function measure(t: BenchTarget, n: number) {
  const id = await t.createBoard();
  const doc = new Y.Doc();
  const c = await SyncClient.open(t.syncUrl(id), { doc });
  await c.synced;
  const notes = textField(doc, 'actions', addActionToWorkOn(doc, 'w'), 'notes');
  await c.acknowledged();
  const rtt: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    notes.insert(notes.length, 'x');
    await c.acknowledged();
    rtt.push(performance.now() - t0);
    await sleep(5);
  }
  const s = summarize(rtt.slice(50));
  console.log(t.label.padEnd(14), `p50 ${s.p50.toFixed(3)} p95 ${s.p95.toFixed(3)} p99 ${s.p99.toFixed(3)} mean ${s.mean.toFixed(3)}`);
  await c.close();
}
const which = process.argv[2] ?? 'all';
const starts = { sqlite: () => startPartnerboard(), memory: () => startPartnerboard({ store: 'memory', label: 'PB memory' }), reference: () => startReference() };
for (const [name, start] of Object.entries(starts)) {
  if (which !== 'all' && which !== name) continue;
  const t = await start();
  try { await measure(t, 400); } finally { await t.stop(); }
}
