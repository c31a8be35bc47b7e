import type { ProcessUsage } from '../harness/processStats';
import { spreadFanOut, spreadThroughput, type PacedEdits, type ProcessGroup, type SpreadFanOut, type SpreadThroughput } from '../harness/processGroup';
import type { ResultRow } from '../harness/report';
import type { Scenario, ScenarioContext } from '../harness/scenario';
import { benchRedisUrl, createBenchSchema, scaleOutUnavailable, type BenchSchema } from '../harness/scaleOutServices';
import { startPartnerboard, type BenchTarget, type BoardLinks, type PartnerboardOptions } from '../harness/servers';
import { mebibytes, summarize, type Summary } from '../harness/stats';

const editsPerSecond = 50;
/** Edits before each block's measured ones, on a board of its own. */
const warmUpEdits = 100;
/** Once per process before anything is measured, so that V8 has optimised the edit path (see fan-out). */
const serverWarmUp = { edits: 2000, perSecond: 200, readers: 10 };
const writers = 10;
const inFlightPerWriter = 64;
/** The issue's target for 1,000 readers of one board across two processes. */
const crowdTargetP99Ms = 50;
const crowd = { readers: 1000, perSecond: 20, warmUp: 40, measured: 200 };

/** The three ways of serving one board that the scenario compares. */
interface Deployments {
  /** Two processes on one PostgreSQL schema, joined by Redis. */
  two: ProcessGroup;
  postgres: ProcessGroup;
  sqlite: ProcessGroup;
}

/** Starts every deployment (kept running so that the machine's load falls on each alike); always stops them. */
async function withDeployments<T>(context: ScenarioContext, use: (deployments: Deployments) => Promise<T>): Promise<T> {
  const schemas: BenchSchema[] = [];
  const started: BenchTarget[] = [];
  const start = async (options: PartnerboardOptions) => {
    const target = await startPartnerboard({ profile: context.profile, ...options });
    started.push(target);
    return target;
  };
  try {
    const shared = await createBenchSchema();
    schemas.push(shared);
    const alone = await createBenchSchema();
    schemas.push(alone);
    const boardLinks: BoardLinks = new Map();
    const together = { databaseUrl: shared.databaseUrl, redisUrl: benchRedisUrl, boardLinks };
    // One after the other: the first creates the schema's tables.
    const first = await start({ ...together, label: 'process A' });
    const second = await start({ ...together, label: 'process B' });
    return await use({
      two: { label: 'two processes', processes: [first, second] },
      postgres: { label: 'one process, PostgreSQL', processes: [await start({ databaseUrl: alone.databaseUrl, label: 'PostgreSQL alone' })] },
      sqlite: { label: 'one process, SQLite', processes: [await start({ store: 'sqlite', label: 'SQLite' })] },
    });
  } finally {
    await Promise.all(started.map((target) => target.stop()));
    await Promise.all(schemas.map((schema) => schema.drop()));
  }
}

/** Edits with a writer on each process in turn and readers spread round the group; nothing is measured. */
async function warmUp(group: ProcessGroup, edits: number, context: ScenarioContext): Promise<void> {
  const { processes } = group;
  for (let first = 0; first < processes.length; first++) {
    const rotated = { label: group.label, processes: [...processes.slice(first), ...processes.slice(0, first)] };
    await spreadFanOut(rotated, serverWarmUp.readers, { warmUp: 0, measured: edits, perSecond: serverWarmUp.perSecond });
  }
  context.log(`${group.label}: warmed up with ${edits} edits at ${serverWarmUp.perSecond}/s from each process, ${serverWarmUp.readers} readers`);
}

const cpuSeconds = (usage: readonly ProcessUsage[]) => usage.reduce((sum, process) => sum + process.cpuSeconds, 0);

/** One group's fan-out blocks at one reader count, pooled. */
interface FanOutRun {
  readers: number;
  edits: number;
  latency: Summary;
  missing: number;
  /** CPU per edit of every process of the group together. */
  serverCpuMsPerEdit: number;
  /** The same, per process. */
  cpuMsPerEditByProcess: number[];
  /** p99 at the readers of each process. */
  p99ByProcess: number[];
  /** The benchmark's own CPU (writer and readers), in % of one core. */
  clientCpuPercent: number;
}

function pool(readers: number, editsPerBlock: number, blocks: readonly SpreadFanOut[]): FanOutRun {
  const edits = editsPerBlock * blocks.length;
  const processes = blocks[0]?.usage.length ?? 0;
  const byProcess = Array.from({ length: processes }, (_, index) => index);
  return {
    readers,
    edits,
    latency: summarize(blocks.flatMap((block) => block.latencies)),
    missing: blocks.reduce((sum, block) => sum + block.missing, 0),
    serverCpuMsPerEdit: (blocks.reduce((sum, block) => sum + cpuSeconds(block.usage), 0) * 1000) / edits,
    cpuMsPerEditByProcess: byProcess.map((index) => (blocks.reduce((sum, block) => sum + (block.usage[index]?.cpuSeconds ?? 0), 0) * 1000) / edits),
    p99ByProcess: byProcess.map((index) => summarize(blocks.flatMap((block) => block.latenciesByProcess[index] ?? [])).p99),
    clientCpuPercent: blocks.reduce((sum, block) => sum + block.clientCpuPercent, 0) / blocks.length,
  };
}

function describeFanOut(label: string, run: FanOutRun, context: ScenarioContext): void {
  const perProcess = run.cpuMsPerEditByProcess.length > 1 ? ` (${run.cpuMsPerEditByProcess.map((ms) => ms.toFixed(2)).join(' + ')}; p99 at each process's readers ${run.p99ByProcess.map((ms) => ms.toFixed(1)).join(', ')} ms)` : '';
  context.log(
    `${label}, ${run.readers} readers, ${run.edits} edits: p50 ${run.latency.p50.toFixed(2)} ms, p99 ${run.latency.p99.toFixed(2)} ms, max ${run.latency.max.toFixed(1)} ms, missing ${run.missing}; server CPU per edit ${run.serverCpuMsPerEdit.toFixed(2)} ms${perProcess}; the clients' CPU ${run.clientCpuPercent.toFixed(0)} %`,
  );
}

/** One group's throughput rounds, added up. */
interface ThroughputRun {
  seconds: number;
  editsPerSecond: number;
  cpuMsPer1000Edits: number;
  drained: boolean;
}

function addUp(rounds: readonly SpreadThroughput[]): ThroughputRun {
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const edits = rounds.reduce((sum, round) => sum + round.editsPerSecond * round.seconds, 0);
  return {
    seconds,
    editsPerSecond: edits / seconds,
    cpuMsPer1000Edits: (rounds.reduce((sum, round) => sum + cpuSeconds(round.usage), 0) * 1e6) / edits,
    drained: rounds.every((round) => round.drained),
  };
}

interface CrowdRun {
  readers: number;
  edits: number;
  latency: Summary;
  p99ByProcess: number[];
  missing: number;
  cpuPercentByProcess: number[];
  rssPeakMiBByProcess: number[];
  clientCpuPercent: number;
}

/** Rows comparing the two processes with each single process, for one measure. */
function besideSingle(scenario: string, measure: string, unit: string, better: ResultRow['better'], pick: (group: keyof Deployments) => number): ResultRow[] {
  return (['postgres', 'sqlite'] as const).map((single) => ({
    scenario,
    measure: `${measure}, two processes`,
    unit,
    better,
    partnerboard: pick('two'),
    reference: pick(single),
    comparedWith: single === 'postgres' ? 'one process, PostgreSQL' : 'one process, SQLite',
  }));
}

export const scaleOutScenario: Scenario = {
  name: 'scale-out',
  summary: 'one board served by two processes (PostgreSQL and Redis) beside one process; and 1,000 readers across two processes',
  async run(context) {
    const unavailable = await scaleOutUnavailable();
    if (unavailable) return { rows: [], details: {}, skipped: unavailable };
    const sizes = context.readers ?? (context.quick ? [50] : [50, 200]);
    const fanOutEdits: PacedEdits = { warmUp: context.quick ? 25 : warmUpEdits, measured: context.quick ? 100 : 500, perSecond: editsPerSecond };
    const blockCount = context.quick ? 1 : 2;
    const throughputRounds = context.quick ? 1 : 2;
    const throughputSeconds = (context.quick ? 3 : 10) / throughputRounds;
    const crowdRun = context.quick ? { ...crowd, readers: 100, measured: 100 } : crowd;
    const groups = ['two', 'postgres', 'sqlite'] as const;

    const fanOut = new Map<number, Record<keyof Deployments, FanOutRun>>();
    const throughput = {} as Record<keyof Deployments, ThroughputRun>;
    let crowdResult!: CrowdRun;
    await withDeployments(context, async (deployments) => {
      for (const name of groups) await warmUp(deployments[name], context.quick ? 300 : serverWarmUp.edits, context);

      for (const readers of sizes) {
        const blocks = { two: [], postgres: [], sqlite: [] } as Record<keyof Deployments, SpreadFanOut[]>;
        for (let block = 0; block < blockCount; block++) {
          for (const name of groups) blocks[name].push(await spreadFanOut(deployments[name], readers, fanOutEdits));
        }
        const runs = {} as Record<keyof Deployments, FanOutRun>;
        for (const name of groups) {
          runs[name] = pool(readers, fanOutEdits.measured, blocks[name]);
          describeFanOut(deployments[name].label, runs[name], context);
        }
        fanOut.set(readers, runs);
      }

      const rounds = { two: [], postgres: [], sqlite: [] } as Record<keyof Deployments, SpreadThroughput[]>;
      for (let round = 0; round < throughputRounds; round++) {
        for (const name of groups) rounds[name].push(await spreadThroughput(deployments[name], writers, inFlightPerWriter, throughputSeconds));
      }
      for (const name of groups) {
        throughput[name] = addUp(rounds[name]);
        const run = throughput[name];
        context.log(
          `${deployments[name].label}, ${writers} writers: ${run.editsPerSecond.toFixed(0)} edits/s seen on every process, ${run.cpuMsPer1000Edits.toFixed(0)} ms server CPU per 1,000 edits${run.drained ? '' : ', NOT DRAINED'}`,
        );
      }

      const seen = await spreadFanOut(deployments.two, crowdRun.readers, { warmUp: crowdRun.warmUp, measured: crowdRun.measured, perSecond: crowdRun.perSecond });
      crowdResult = {
        readers: crowdRun.readers,
        edits: crowdRun.measured,
        latency: summarize(seen.latencies),
        p99ByProcess: seen.latenciesByProcess.map((latencies) => summarize(latencies).p99),
        missing: seen.missing,
        cpuPercentByProcess: seen.usage.map((usage) => usage.cpuPercent),
        rssPeakMiBByProcess: seen.usage.map((usage) => mebibytes(usage.rssPeakBytes)),
        clientCpuPercent: seen.clientCpuPercent,
      };
      context.log(
        `${crowdRun.readers} readers across two processes, ${crowdRun.measured} edits at ${crowdRun.perSecond}/s: p50 ${crowdResult.latency.p50.toFixed(2)} ms, p99 ${crowdResult.latency.p99.toFixed(2)} ms (A ${crowdResult.p99ByProcess[0]?.toFixed(1)}, B ${crowdResult.p99ByProcess[1]?.toFixed(1)}), max ${crowdResult.latency.max.toFixed(1)} ms, missing ${crowdResult.missing}; CPU ${crowdResult.cpuPercentByProcess.map((p) => `${p.toFixed(0)} %`).join(' and ')}, RSS peak ${crowdResult.rssPeakMiBByProcess.map((m) => `${m.toFixed(0)} MiB`).join(' and ')}; the clients' CPU ${crowdResult.clientCpuPercent.toFixed(0)} %`,
      );
    });

    const rows: ResultRow[] = [];
    for (const [readers, runs] of fanOut) {
      const scenario = `scale-out fan-out, ${readers} readers`;
      rows.push(...besideSingle(scenario, 'p50 edit-to-visible latency', 'ms', 'lower', (name) => runs[name].latency.p50));
      rows.push(...besideSingle(scenario, 'p99 edit-to-visible latency', 'ms', 'lower', (name) => runs[name].latency.p99));
      rows.push(...besideSingle(scenario, 'server CPU per edit (all processes)', 'ms', 'lower', (name) => runs[name].serverCpuMsPerEdit));
      if (groups.some((name) => runs[name].missing > 0)) {
        rows.push(...besideSingle(scenario, 'edits a reader never saw', '', 'lower', (name) => runs[name].missing));
      }
    }
    const throughputScenario = `scale-out throughput, ${writers} writers`;
    rows.push(...besideSingle(throughputScenario, 'edits a second seen on every process', '/s', 'higher', (name) => throughput[name].editsPerSecond));
    rows.push(...besideSingle(throughputScenario, 'server CPU per 1,000 edits (all processes)', 'ms', 'lower', (name) => throughput[name].cpuMsPer1000Edits));

    const crowdScenario = `scale-out, ${crowdResult.readers.toLocaleString('en-GB')} readers on two processes`;
    const target = { comparedWith: 'target' };
    rows.push(
      { scenario: crowdScenario, measure: 'p50 edit-to-visible latency', unit: 'ms', better: 'lower', partnerboard: crowdResult.latency.p50, reference: null },
      { scenario: crowdScenario, measure: 'p99 edit-to-visible latency', unit: 'ms', better: 'lower', partnerboard: crowdResult.latency.p99, reference: crowdTargetP99Ms, ...target },
      { scenario: crowdScenario, measure: 'edits a reader never saw', unit: '', better: 'lower', partnerboard: crowdResult.missing, reference: 0, ...target },
    );
    crowdResult.cpuPercentByProcess.forEach((percent, index) => {
      const process = index === 0 ? 'process A (the writer)' : 'process B';
      rows.push(
        { scenario: crowdScenario, measure: `server CPU, ${process}`, unit: '%', better: 'lower', partnerboard: percent, reference: null, note: '% of one core' },
        { scenario: crowdScenario, measure: `server RSS peak, ${process}`, unit: 'MiB', better: 'lower', partnerboard: crowdResult.rssPeakMiBByProcess[index] ?? null, reference: null },
      );
    });
    rows.push({
      scenario: crowdScenario,
      measure: 'the benchmark clients’ CPU',
      unit: '%',
      better: 'lower',
      partnerboard: crowdResult.clientCpuPercent,
      reference: null,
      note: '% of one core; near 100, the clients set the pace',
    });
    return {
      rows,
      details: {
        editsPerSecond,
        serverWarmUp,
        fanOutEdits,
        blocks: blockCount,
        fanOut: Object.fromEntries(fanOut),
        throughput: { writers, inFlightPerWriter, seconds: throughputSeconds * throughputRounds, ...throughput },
        crowd: { ...crowdRun, targetP99Ms: crowdTargetP99Ms, ...crowdResult },
      },
    };
  },
};
