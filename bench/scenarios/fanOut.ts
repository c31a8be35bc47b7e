import * as Y from 'yjs';
import { textField } from '../../packages/board/src/index';
import { addActionToWorkOn } from '../harness/boardContent';
import { ProcessSampler } from '../harness/processStats';
import type { ResultRow } from '../harness/report';
import { withTargets, type Scenario, type ScenarioContext } from '../harness/scenario';
import { startPartnerboard, startReferenceFor, type BenchTarget } from '../harness/servers';
import { summarize } from '../harness/stats';
import { sleep, mapLimited, within } from '../harness/timing';
import { SyncClient } from '../harness/SyncClient';

const editsPerSecond = 50;
/**
 * Edits before the measured ones, so that both servers are measured once V8 has optimised their
 * code. 25 (until 25 November, 20:30 UTC) was too few: a second run on the same two servers cost
 * both about a quarter less CPU per edit.
 */
const warmUpEdits = 250;
/**
 * Before any of that, once per server: edits until V8 has optimised the whole edit path. A server
 * runs for days; 250 edits left Partnerboard's code half way up V8's tiers, so the measured edits
 * paid for its compiling. At 200 a second, to take 10 s, not 40.
 */
const serverWarmUp = { edits: 2000, perSecond: 200, readers: 10 };

/**
 * Each reader count is measured in this many blocks of `edits`, the two servers taking turns, and
 * the blocks pooled: one block moved CPU per edit by 20 to 40 % from run to run on this machine,
 * more than the difference being measured.
 */
const blocks = 3;

/** One block of measured edits on one server. */
interface FanOutBlock {
  /** Every edit-to-visible latency seen, in ms. */
  latencies: number[];
  /** Edits some reader never saw within the time allowed. */
  missing: number;
  serverCpuSeconds: number;
  systemCpuSeconds: number;
  mainThreadCpuSeconds: number;
}

/** The blocks of one server and reader count, pooled. */
interface FanOutRun {
  readers: number;
  edits: number;
  latency: ReturnType<typeof summarize>;
  missing: number;
  serverCpuMsPerEdit: number;
  /** Of which in the kernel. */
  serverSystemCpuMsPerEdit: number;
  /** Of which on the server's main thread; the rest is V8's helper threads. */
  serverMainThreadCpuMsPerEdit: number;
  /** CPU per edit of each block, to show the spread. */
  blockCpuMsPerEdit: number[];
}

function pool(readers: number, editsPerBlock: number, measured: readonly FanOutBlock[]): FanOutRun {
  const edits = editsPerBlock * measured.length;
  const perEdit = (seconds: (block: FanOutBlock) => number) => (measured.reduce((sum, block) => sum + seconds(block), 0) * 1000) / edits;
  return {
    readers,
    edits,
    latency: summarize(measured.flatMap((block) => block.latencies)),
    missing: measured.reduce((sum, block) => sum + block.missing, 0),
    serverCpuMsPerEdit: perEdit((block) => block.serverCpuSeconds),
    serverSystemCpuMsPerEdit: perEdit((block) => block.systemCpuSeconds),
    serverMainThreadCpuMsPerEdit: perEdit((block) => block.mainThreadCpuSeconds),
    blockCpuMsPerEdit: measured.map((block) => (block.serverCpuSeconds * 1000) / editsPerBlock),
  };
}

/** A writer on the board at `url`, with an action of its own whose notes it types into. */
async function openWriter(url: string): Promise<{ writer: SyncClient; writerDoc: Y.Doc; notes: Y.Text }> {
  const writerDoc = new Y.Doc();
  const writer = await SyncClient.open(url, { doc: writerDoc });
  await writer.synced;
  const notes = textField(writerDoc, 'actions', addActionToWorkOn(writerDoc, 'the writer'), 'notes');
  await writer.acknowledged();
  return { writer, writerDoc, notes };
}

/** Waits until edit `index` is due, at `perSecond` edits a second from `started`. */
async function untilDue(started: number, index: number, perSecond: number): Promise<void> {
  const wait = started + (index * 1000) / perSecond - performance.now();
  if (wait > 0) await sleep(wait);
}

/**
 * One writer typing into an action's notes at a steady rate; `readers` observers of the board.
 * Every reader timestamps each edit when it arrives: edit-to-visible latency, all in one clock.
 */
async function fanOut(target: BenchTarget, readers: number, edits: number): Promise<FanOutBlock> {
  const url = target.syncUrl(await target.createBoard('Fan-out'));
  const { writer, writerDoc, notes } = await openWriter(url);

  const total = warmUpEdits + edits;
  const sentAt: number[] = [];
  /** The writer's clock once edit i is made: a reader holding that clock has seen edit i. */
  const clockAfter: number[] = [];
  const latencies: number[] = [];
  let readersDone = 0;
  let allSeen!: () => void;
  const everyoneSawEverything = new Promise<void>((resolve) => (allSeen = resolve));

  const observers = await mapLimited(Array.from({ length: readers }), 20, async () => {
    let next = 0;
    const observer = await SyncClient.open(url, {
      onUpdate: (update, receivedAt) => {
        if (next >= clockAfter.length) return;
        const seen = Y.parseUpdateMeta(update).to.get(writerDoc.clientID) ?? 0;
        for (; next < clockAfter.length && (clockAfter[next] as number) <= seen; next++) {
          if (next >= warmUpEdits) latencies.push(receivedAt - (sentAt[next] as number));
        }
        if (next === total && ++readersDone === readers) allSeen();
      },
    });
    await observer.synced;
    return observer;
  });

  let sampler: ProcessSampler | undefined;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    await untilDue(started, i, editsPerSecond);
    // Server CPU is counted over the measured edits only.
    if (i === warmUpEdits) sampler = new ProcessSampler(target.pid);
    sentAt.push(performance.now());
    notes.insert(notes.length, 'x');
    clockAfter.push(Y.getState(writerDoc.store, writerDoc.clientID));
  }
  const missing = await within('every reader to see every edit', everyoneSawEverything, 30_000).then(
    () => 0,
    () => readers * edits - latencies.length,
  );
  const usage = (sampler as ProcessSampler).stop();
  await Promise.all([writer, ...observers].map((client) => client.close()));
  return {
    latencies,
    missing,
    serverCpuSeconds: usage.cpuSeconds,
    systemCpuSeconds: usage.systemCpuSeconds,
    mainThreadCpuSeconds: usage.mainThreadCpuSeconds,
  };
}

/** One writer and `serverWarmUp.readers` readers on a board of their own, editing as the measured runs do; nothing is measured. */
async function warmUpServer(target: BenchTarget, context: ScenarioContext): Promise<void> {
  const url = target.syncUrl(await target.createBoard('Warm-up'));
  const { writer, notes } = await openWriter(url);
  const readers = await mapLimited(Array.from({ length: serverWarmUp.readers }), 20, async () => {
    const reader = await SyncClient.open(url, {});
    await reader.synced;
    return reader;
  });
  const started = performance.now();
  for (let i = 0; i < serverWarmUp.edits; i++) {
    await untilDue(started, i, serverWarmUp.perSecond);
    notes.insert(notes.length, 'x');
  }
  await writer.acknowledged();
  await Promise.all([writer, ...readers].map((client) => client.close()));
  context.log(`${target.label}: warmed up with ${serverWarmUp.edits} edits at ${serverWarmUp.perSecond}/s, ${serverWarmUp.readers} readers`);
}

function describeRun(label: string, run: FanOutRun, context: ScenarioContext): void {
  const spread = run.blockCpuMsPerEdit.map((ms) => ms.toFixed(2)).join(', ');
  context.log(
    `${label}, ${run.readers} readers, ${run.edits} edits in ${run.blockCpuMsPerEdit.length} blocks: p50 ${run.latency.p50.toFixed(2)} ms, p99 ${run.latency.p99.toFixed(2)} ms, max ${run.latency.max.toFixed(2)} ms, missing ${run.missing}; server CPU per edit ${run.serverCpuMsPerEdit.toFixed(2)} ms (blocks ${spread}; kernel ${run.serverSystemCpuMsPerEdit.toFixed(2)} ms, main thread ${run.serverMainThreadCpuMsPerEdit.toFixed(2)} ms)`,
  );
}

export const fanOutScenario: Scenario = {
  name: 'fan-out',
  summary: `one writer, N readers on one board; edits at ${editsPerSecond}/s; edit-to-visible latency at every reader`,
  async run(context) {
    const sizes = context.readers ?? (context.quick ? [10, 50] : [10, 50, 200]);
    const edits = context.quick ? 100 : 500;
    const blockCount = context.quick ? 1 : blocks;
    const partnerboard: FanOutRun[] = [];
    const reference: FanOutRun[] = [];
    await withTargets(
      { ours: () => startPartnerboard({ profile: context.profile, store: context.store }), theirs: () => startReferenceFor(context) },
      async ({ ours, theirs }) => {
        await warmUpServer(ours, context);
        await warmUpServer(theirs, context);
        for (const readers of sizes) {
          const oursBlocks: FanOutBlock[] = [];
          const theirsBlocks: FanOutBlock[] = [];
          for (let block = 0; block < blockCount; block++) {
            oursBlocks.push(await fanOut(ours, readers, edits));
            theirsBlocks.push(await fanOut(theirs, readers, edits));
          }
          const oursRun = pool(readers, edits, oursBlocks);
          const theirsRun = pool(readers, edits, theirsBlocks);
          describeRun(ours.label, oursRun, context);
          describeRun(theirs.label, theirsRun, context);
          partnerboard.push(oursRun);
          reference.push(theirsRun);
        }
      },
    );
    const rows: ResultRow[] = [];
    partnerboard.forEach((ours, index) => {
      const theirs = reference[index] as FanOutRun;
      const scenario = `fan-out, ${ours.readers} readers`;
      for (const key of ['p50', 'p95', 'p99', 'max'] as const) {
        rows.push({ scenario, measure: `${key} edit-to-visible latency`, unit: 'ms', better: 'lower', partnerboard: ours.latency[key], reference: theirs.latency[key] });
      }
      rows.push({ scenario, measure: 'server CPU per edit', unit: 'ms', better: 'lower', partnerboard: ours.serverCpuMsPerEdit, reference: theirs.serverCpuMsPerEdit });
      if (ours.missing + theirs.missing > 0) {
        rows.push({ scenario, measure: 'edits a reader never saw', unit: '', better: 'lower', partnerboard: ours.missing, reference: theirs.missing });
      }
    });
    return { rows, details: { editsPerSecond, serverWarmUp, warmUpEdits, edits, blocks: blockCount, partnerboard, reference } };
  },
};
