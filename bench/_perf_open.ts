import * as Y from 'yjs';
import { createGoal } from '../packages/board/src/index';
import { cpuTimes } from './harness/processStats';
import { startPartnerboard, startReference, type BenchTarget } from './harness/servers';
import { summarize } from './harness/stats';
import { SyncClient } from './harness/SyncClient';
import { mapLimited, sleep } from './harness/timing';

const n = Number(process.env.N ?? 300);
const conc = Number(process.env.C ?? 25);
async function run(target: BenchTarget) {
  const ids = await mapLimited(Array.from({ length: n }), 10, (_, i) => target.createBoard(`B${i}`));
  await sleep(300);
  const cpu0 = cpuTimes(target.pid); const self0 = process.cpuUsage();
  const t: number[] = []; const t1: number[] = []; const t2: number[] = [];
  const started0 = performance.now();
  const clients = await mapLimited(ids, conc, async (id) => {
    const s = performance.now();
    const doc = new Y.Doc();
    const c = await SyncClient.open(target.syncUrl(id), { doc });
    await c.synced; const a = performance.now();
    createGoal(doc, { title: 'x' });
    await c.acknowledged();
    const e = performance.now();
    t.push(e - s); t1.push(a - s); t2.push(e - a);
    return c;
  });
  const wall = performance.now() - started0;
  const cpu1 = cpuTimes(target.pid); const self1 = process.cpuUsage(self0);
  const server = (cpu1.user + cpu1.system - cpu0.user - cpu0.system) * 1000;
  console.log(`${target.label}: p50 ${summarize(t).p50.toFixed(1)} (sync ${summarize(t1).p50.toFixed(1)}, edit ${summarize(t2).p50.toFixed(1)}) p99 ${summarize(t).p99.toFixed(0)} wall ${wall.toFixed(0)} ms; server cpu/open ${(server / n).toFixed(2)} ms; bench cpu/open ${((self1.user + self1.system) / 1000 / n).toFixed(2)} ms`);
  await Promise.all(clients.map((c) => c.close()));
}
for (const which of (process.env.W ?? 'sqlite,memory,ref').split(',')) {
  const target = which === 'ref' ? await startReference({ profile: !!process.env.PROF }) : await startPartnerboard({ store: which as 'sqlite' | 'memory', label: which, profile: !!process.env.PROF });
  try { await run(target); } finally { await target.stop(); }
}
