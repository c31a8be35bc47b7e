import * as Y from 'yjs';
import { createGoal } from '../../packages/board/src/index';
import { startPartnerboard, startReference, type BenchTarget } from '../harness/servers';
import { SyncClient } from '../harness/SyncClient';
import { summarize } from '../harness/stats';
async function measure(t: BenchTarget, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await t.createBoard());
  const open: number[] = [], synced: number[] = [], acked: number[] = [];
  for (const id of ids) {
    const t0 = performance.now();
    const doc = new Y.Doc();
    const c = await SyncClient.open(t.syncUrl(id), { doc });
    const t1 = performance.now();
    await c.synced;
    const t2 = performance.now();
    createGoal(doc, { title: 'x' });
    await c.acknowledged();
    const t3 = performance.now();
    open.push(t1 - t0); synced.push(t2 - t1); acked.push(t3 - t2);
  }
  const f = (s: ReturnType<typeof summarize>) => `p50 ${s.p50.toFixed(2)} p95 ${s.p95.toFixed(2)}`;
  console.log(t.label, 'open', f(summarize(open)), '| synced', f(summarize(synced)), '| edit acked', f(summarize(acked)));
}
for (const start of [() => startPartnerboard(), () => startPartnerboard({ store: 'memory', label: 'PB memory' }), () => startReference()]) {
  const t = await start();
  try { await measure(t, 50); } finally { await t.stop(); }
}
