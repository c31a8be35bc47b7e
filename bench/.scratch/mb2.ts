import * as Y from 'yjs';
import { createGoal } from '../../packages/board/src/index';
import { startPartnerboard, startReference, type BenchTarget } from '../harness/servers';
import { SyncClient } from '../harness/SyncClient';
import { summarize } from '../harness/stats';
import { mapLimited } from '../harness/timing';
const targets = [await startPartnerboard({ store: 'memory', label: 'PB memory', profile: true })];
async function round(t: BenchTarget, n: number) {
  const ids = await mapLimited(Array.from({ length: n }), 10, () => t.createBoard());
  const times: number[] = [];
  const clients = await mapLimited(ids, 25, async (id) => {
    const s = performance.now(); const doc = new Y.Doc();
    const c = await SyncClient.open(t.syncUrl(id), { doc }); await c.synced; createGoal(doc, { title: 'x' }); await c.acknowledged();
    times.push(performance.now() - s); return c;
  });
  await Promise.all(clients.map((c) => c.close()));
  return summarize(times);
}
for (let r = 0; r < 4; r++) for (const t of targets) { const s = await round(t, 300); console.log(t.label.padEnd(14), `p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} p99 ${s.p99.toFixed(1)}`); }
for (const t of targets) await t.stop();
