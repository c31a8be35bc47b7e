import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { textField } from '../../packages/board/src/index';
import { addActionToWorkOn } from '../harness/boardContent';
import { ProcessSampler } from '../harness/processStats';
import { mebibytes } from '../harness/stats';
import type { ResultRow } from '../harness/report';
import { withTargets, type Scenario, type ScenarioContext } from '../harness/scenario';
import { startPartnerboard, startReferenceFor, type BenchTarget } from '../harness/servers';
import { SyncClient } from '../harness/SyncClient';
import { sleep, waitFor } from '../harness/timing';

const writers = 10;
/**
 * Edits each writer has sent but not yet seen come back. "As fast as they can" with a bounded
 * backlog: enough that neither server waits for the clients, few enough to drain in seconds.
 */
const inFlightPerWriter = 64;

/** One measured spell of writing on one server. */
interface ThroughputRound {
  seconds: number;
  /** Updates the reader received. */
  updates: number;
  serverCpuSeconds: number;
  rssPeakBytes: number;
  clientCpuSeconds: number;
  /** Whether every edit reached the reader once the writers stopped. */
  drained: boolean;
}

/** A server's rounds, added up. */
export interface ThroughputRun {
  seconds: number;
  /** Updates a reader received per second while 10 writers edited as fast as they could. */
  updatesPerSecond: number;
  /** Average server CPU, in % of one core. */
  serverCpuPercent: number;
  /** Server CPU time per 1,000 updates. */
  cpuMsPer1000Updates: number;
  rssPeakBytes: number;
  /** CPU of the benchmark process (all the clients), in % of one core: near 100 means the clients, not the server, set the pace. */
  clientCpuPercent: number;
  drained: boolean;
  rounds: ThroughputRound[];
}

/** The first client id of an update (the only one of a writer's edits, but for its first: see onUpdate). */
function authorOf(update: Uint8Array): number | null {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return null;
  decoding.readVarUint(decoder);
  return decoding.readVarUint(decoder);
}

/** A writer that keeps `inFlightPerWriter` one-character edits in flight until told to stop. */
class Writer {
  sent = 0;
  acknowledged = 0;
  private running = false;
  private client!: SyncClient;
  private notes!: Y.Text;
  private readonly doc = new Y.Doc();

  async connect(url: string, name: string): Promise<void> {
    // It types into an action it creates itself, so it never needs the others' edits: it does not
    // apply them, which keeps ten writers in one benchmark process from outweighing the server.
    this.notes = textField(this.doc, 'actions', addActionToWorkOn(this.doc, name), 'notes');
    this.client = await SyncClient.open(url, {
      doc: this.doc,
      applyIncoming: false,
      trackEchoes: false,
      onUpdate: (update) => {
        const mine = authorOf(update) === this.doc.clientID;
        // The setup comes back with the server's binding of this client to its author merged in (two clients in one update).
        if (!mine && !(this.acknowledged === 0 && Y.parseUpdateMeta(update).from.has(this.doc.clientID))) return;
        this.acknowledged += 1;
        this.pump();
      },
    });
    await this.client.synced;
    // Its setup reaches the server as one update of its own (sync step 2), like every edit after it.
    await waitFor(`${name} to see its setup shared`, () => this.acknowledged === 1, 30_000, 5);
    this.acknowledged = 0;
  }

  start(): void {
    this.running = true;
    this.pump();
  }

  stop(): void {
    this.running = false;
  }

  close(): Promise<number> {
    return this.client.close();
  }

  private pump(): void {
    while (this.running && this.sent - this.acknowledged < inFlightPerWriter) {
      this.notes.insert(this.notes.length, 'x');
      this.sent += 1;
    }
  }
}

/** 10 writers editing one board as fast as the server takes it for `seconds`; one reader counting. */
async function throughputRound(target: BenchTarget, seconds: number): Promise<ThroughputRound> {
  const boardId = await target.createBoard('Throughput');
  const url = target.syncUrl(boardId);
  let received = 0;
  const reader = await SyncClient.open(url, { onUpdate: () => (received += 1) });
  await reader.synced;
  const team = Array.from({ length: writers }, () => new Writer());
  await Promise.all(team.map((writer, index) => writer.connect(url, `writer ${index + 1}`)));

  for (const writer of team) writer.start();
  await sleep(1000); // warm-up, not measured
  const receivedBefore = received;
  const sampler = new ProcessSampler(target.pid);
  const clientCpuBefore = process.cpuUsage();
  await sleep(seconds * 1000);
  const server = sampler.stop();
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const updates = received - receivedBefore;
  for (const writer of team) writer.stop();

  const sent = () => team.reduce((sum, writer) => sum + writer.sent, 0);
  // The reader got sync step 2 (1) and every writer's setup (1 each) before counting began.
  const drained = await waitFor('the reader to receive every edit', () => received >= 1 + writers + sent(), 30_000).then(
    () => true,
    () => false,
  );
  await Promise.all([reader.close(), ...team.map((writer) => writer.close())]);
  return {
    seconds: server.wallSeconds,
    updates,
    serverCpuSeconds: server.cpuSeconds,
    rssPeakBytes: server.rssPeakBytes,
    clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
    drained,
  };
}

function addUp(rounds: ThroughputRound[]): ThroughputRun {
  const total = (pick: (round: ThroughputRound) => number) => rounds.reduce((sum, round) => sum + pick(round), 0);
  const seconds = total((round) => round.seconds);
  const updates = total((round) => round.updates);
  return {
    seconds,
    updatesPerSecond: updates / seconds,
    serverCpuPercent: (100 * total((round) => round.serverCpuSeconds)) / seconds,
    cpuMsPer1000Updates: (total((round) => round.serverCpuSeconds) * 1e6) / updates,
    rssPeakBytes: Math.max(...rounds.map((round) => round.rssPeakBytes)),
    clientCpuPercent: (100 * total((round) => round.clientCpuSeconds)) / seconds,
    drained: rounds.every((round) => round.drained),
    rounds,
  };
}

/**
 * Measures two servers, both kept running, in alternating rounds (`seconds` split in two in a
 * full run), so that a change in the machine's load falls on both alike.
 */
export async function compareThroughput(
  starts: { ours: () => Promise<BenchTarget>; theirs: () => Promise<BenchTarget> },
  context: ScenarioContext,
  /** Reads anything more from each server once it has been measured, before it stops. */
  afterwards: (target: BenchTarget) => Promise<void> = async () => {},
): Promise<{ ours: ThroughputRun; theirs: ThroughputRun }> {
  const roundCount = context.quick ? 1 : 2;
  const seconds = (context.quick ? 3 : 10) / roundCount;
  return withTargets(starts, async ({ ours, theirs }) => {
    const rounds = new Map<BenchTarget, ThroughputRound[]>([
      [ours, []],
      [theirs, []],
    ]);
    for (let round = 0; round < roundCount; round++) {
      for (const target of [ours, theirs]) rounds.get(target)?.push(await throughputRound(target, seconds));
    }
    for (const target of [ours, theirs]) await afterwards(target);
    const [oursRun, theirsRun] = [ours, theirs].map((target) => {
      const run = addUp(rounds.get(target) ?? []);
      context.log(
        `${target.label}: ${run.updatesPerSecond.toFixed(0)} updates/s, server CPU ${run.serverCpuPercent.toFixed(0)} %, ${run.cpuMsPer1000Updates.toFixed(0)} ms CPU per 1,000 updates, RSS peak ${mebibytes(run.rssPeakBytes).toFixed(0)} MiB, clients' CPU ${run.clientCpuPercent.toFixed(0)} %${run.drained ? '' : ', NOT DRAINED'}`,
      );
      return run;
    });
    return { ours: oursRun as ThroughputRun, theirs: theirsRun as ThroughputRun };
  });
}

/** The rows shared by throughput and durability cost. */
export function throughputRows(scenario: string, ours: ThroughputRun, theirs: ThroughputRun, comparedWith?: string): ResultRow[] {
  const compared = comparedWith ? { comparedWith } : {};
  return [
    { scenario, measure: 'updates per second seen by a reader', unit: '/s', better: 'higher', partnerboard: ours.updatesPerSecond, reference: theirs.updatesPerSecond, ...compared },
    { scenario, measure: 'server CPU per 1,000 updates', unit: 'ms', better: 'lower', partnerboard: ours.cpuMsPer1000Updates, reference: theirs.cpuMsPer1000Updates, ...compared },
    { scenario, measure: 'server CPU', unit: '%', better: 'lower', partnerboard: ours.serverCpuPercent, reference: theirs.serverCpuPercent, ...compared, note: '% of one core' },
    { scenario, measure: 'server RSS peak', unit: 'MiB', better: 'lower', partnerboard: mebibytes(ours.rssPeakBytes), reference: mebibytes(theirs.rssPeakBytes), ...compared },
  ];
}

export const throughputScenario: Scenario = {
  name: 'throughput',
  summary: `${writers} writers editing one board as fast as they can; updates per second at a reader; server CPU and RSS`,
  async run(context) {
    const { ours, theirs } = await compareThroughput(
      { ours: () => startPartnerboard({ profile: context.profile, store: context.store }), theirs: () => startReferenceFor(context) },
      context,
    );
    return {
      rows: throughputRows(`throughput, ${writers} writers`, ours, theirs),
      details: { writers, inFlightPerWriter, partnerboard: ours, reference: theirs },
    };
  },
};
