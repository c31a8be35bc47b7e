import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { textField } from '../../packages/board/src/index';
import { addActionToWorkOn } from './boardContent';
import { ProcessSampler, type ProcessUsage } from './processStats';
import type { BenchTarget } from './servers';
import { SyncClient } from './SyncClient';
import { mapLimited, sleep, waitFor, within } from './timing';

/**
 * Partnerboard processes serving the same boards (one store, joined by Redis), or a single process:
 * a board created through the first may be opened through any of them.
 */
export interface ProcessGroup {
  /** As shown in the table: 'two processes', 'one process, SQLite', ... */
  readonly label: string;
  readonly processes: readonly BenchTarget[];
}

/** The process the `index`th client of a board connects to: round the group, so each gets its share. */
export function processFor(group: ProcessGroup, index: number): BenchTarget {
  return group.processes[index % group.processes.length] as BenchTarget;
}

/** Samples every process of a group over one window. */
export class GroupSampler {
  private readonly samplers: ProcessSampler[];

  constructor(group: ProcessGroup) {
    this.samplers = group.processes.map((process) => new ProcessSampler(process.pid));
  }

  /** Each process's usage, in the group's order. */
  stop(): ProcessUsage[] {
    return this.samplers.map((sampler) => sampler.stop());
  }
}

/** Waits until edit `index` is due, at `perSecond` edits a second from `started`. */
export async function untilDue(started: number, index: number, perSecond: number): Promise<void> {
  const wait = started + (index * 1000) / perSecond - performance.now();
  if (wait > 0) await sleep(wait);
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

export interface PacedEdits {
  /** Edits before the measured ones (not timed, not sampled). */
  warmUp: number;
  measured: number;
  perSecond: number;
}

/** What readers of one board saw of a writer's measured edits. */
export interface SpreadFanOut {
  /** Edit-to-visible latency of every measured edit at every reader, in ms. */
  latencies: number[];
  /** The same, for the readers of each process in the group's order. */
  latenciesByProcess: number[][];
  /** Edits some reader never saw within the time allowed. */
  missing: number;
  /** Each process's usage over the measured edits, in the group's order. */
  usage: ProcessUsage[];
  /** CPU of the benchmark's process (writer and readers) meanwhile, in % of one core: near 100 means the clients set the pace. */
  clientCpuPercent: number;
}

/**
 * One writer on the group's first process typing at a steady rate into a new board; `readers`
 * observers spread round the group's processes, each timestamping every edit as it arrives, all
 * in the benchmark's one clock.
 */
export async function spreadFanOut(group: ProcessGroup, readers: number, edits: PacedEdits): Promise<SpreadFanOut> {
  const first = group.processes[0] as BenchTarget;
  const boardId = await first.createBoard('Fan-out across processes');
  const { writer, writerDoc, notes } = await openWriter(first.syncUrl(boardId));

  const total = edits.warmUp + edits.measured;
  const sentAt: number[] = [];
  /** The writer's clock once edit i is made: a reader holding that clock has seen edit i. */
  const clockAfter: number[] = [];
  const latenciesByProcess = group.processes.map((): number[] => []);
  let readersDone = 0;
  let allSeen!: () => void;
  const everyoneSawEverything = new Promise<void>((resolve) => (allSeen = resolve));

  // Every reader of a process receives the same bytes for an edit: decode them once, not once per reader,
  // so that the benchmark's one thread measures the servers rather than its own decoding.
  let lastUpdate: Buffer | null = null;
  let lastSeen = 0;
  const writerClockIn = (update: Uint8Array): number => {
    const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
    if (lastUpdate?.equals(bytes)) return lastSeen;
    lastUpdate = Buffer.from(bytes);
    lastSeen = Y.parseUpdateMeta(update).to.get(writerDoc.clientID) ?? 0;
    return lastSeen;
  };
  const observers = await mapLimited(Array.from({ length: readers }), 20, async (_, index) => {
    const latencies = latenciesByProcess[index % group.processes.length] as number[];
    let next = 0;
    const observer = await SyncClient.open(processFor(group, index).syncUrl(boardId), {
      onUpdate: (update, receivedAt) => {
        if (next >= clockAfter.length) return;
        const seen = writerClockIn(update);
        for (; next < clockAfter.length && (clockAfter[next] as number) <= seen; next++) {
          if (next >= edits.warmUp) latencies.push(receivedAt - (sentAt[next] as number));
        }
        if (next === total && ++readersDone === readers) allSeen();
      },
    });
    await observer.synced;
    return observer;
  });

  let sampler: GroupSampler | undefined;
  let clientCpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    await untilDue(started, i, edits.perSecond);
    if (i === edits.warmUp) {
      sampler = new GroupSampler(group);
      clientCpuBefore = process.cpuUsage();
    }
    sentAt.push(performance.now());
    notes.insert(notes.length, 'x');
    clockAfter.push(Y.getState(writerDoc.store, writerDoc.clientID));
  }
  const latencies = () => latenciesByProcess.flat();
  const missing = await within('every reader to see every edit', everyoneSawEverything, 30_000).then(
    () => 0,
    () => readers * edits.measured - latencies().length,
  );
  const usage = (sampler as GroupSampler).stop();
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const clientCpuPercent = (100 * (clientCpu.user + clientCpu.system)) / 1e6 / (usage[0]?.wallSeconds ?? Number.NaN);
  await Promise.all([writer, ...observers].map((client) => client.close()));
  return { latencies: latencies(), latenciesByProcess, missing, usage, clientCpuPercent };
}

/** The first client id of an update: a writer's own edit comes back alone, so this says whose it is. */
function authorOf(update: Uint8Array): number | null {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return null;
  decoding.readVarUint(decoder);
  return decoding.readVarUint(decoder);
}

/** A writer that keeps `inFlight` one-character edits unacknowledged by its process until told to stop. */
export class BacklogWriter {
  sent = 0;
  acknowledged = 0;
  /** The writer's clock once its setup was shared: its edits are what comes after. */
  clockAfterSetup = 0;
  readonly doc = new Y.Doc();
  private running = false;
  private client!: SyncClient;
  private notes!: Y.Text;

  constructor(private readonly inFlight: number) {}

  async connect(url: string, name: string): Promise<void> {
    // It types into an action it creates itself, so it never applies the others' edits, which
    // keeps ten writers in the benchmark's process from outweighing the servers.
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
    await waitFor(`${name} to see its setup shared`, () => this.acknowledged === 1, 30_000, 5);
    this.acknowledged = 0;
    this.clockAfterSetup = Y.getState(this.doc.store, this.doc.clientID);
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
    while (this.running && this.sent - this.acknowledged < this.inFlight) {
      this.notes.insert(this.notes.length, 'x');
      this.sent += 1;
    }
  }
}

/** An observer that counts the writers' edits it has seen, by their clocks: what arrives merged counts once per edit. */
export class EditCounter {
  private readonly seen = new Map<number, number>();
  private client!: SyncClient;

  constructor(private readonly writers: readonly BacklogWriter[]) {}

  async connect(url: string): Promise<void> {
    this.client = await SyncClient.open(url, {
      onUpdate: (update) => {
        for (const [clientId, clock] of Y.parseUpdateMeta(update).to) {
          if (clock > (this.seen.get(clientId) ?? 0)) this.seen.set(clientId, clock);
        }
      },
    });
    await this.client.synced;
  }

  /** The writers' edits seen so far, setups not counted. */
  get edits(): number {
    return this.writers.reduce((sum, writer) => sum + Math.max(0, (this.seen.get(writer.doc.clientID) ?? 0) - writer.clockAfterSetup), 0);
  }

  close(): Promise<number> {
    return this.client.close();
  }
}

export interface SpreadThroughput {
  seconds: number;
  /** Edits a second that reached the slowest process's reader. */
  editsPerSecond: number;
  /** Each process's usage over the window, in the group's order. */
  usage: ProcessUsage[];
  /** Whether every edit reached every process's reader once the writers stopped. */
  drained: boolean;
}

/**
 * `writers` writers spread round the group's processes, each keeping `inFlight` edits in flight on
 * one new board for `seconds` after a second's warm-up; a reader on each process counts the edits.
 */
export async function spreadThroughput(group: ProcessGroup, writers: number, inFlight: number, seconds: number): Promise<SpreadThroughput> {
  const boardId = await (group.processes[0] as BenchTarget).createBoard('Throughput across processes');
  const team = Array.from({ length: writers }, () => new BacklogWriter(inFlight));
  await Promise.all(team.map((writer, index) => writer.connect(processFor(group, index).syncUrl(boardId), `writer ${index + 1}`)));
  const counters = group.processes.map(() => new EditCounter(team));
  await Promise.all(counters.map((counter, index) => counter.connect(processFor(group, index).syncUrl(boardId))));
  const slowest = () => Math.min(...counters.map((counter) => counter.edits));

  for (const writer of team) writer.start();
  await sleep(1000);
  const before = slowest();
  const sampler = new GroupSampler(group);
  await sleep(seconds * 1000);
  const usage = sampler.stop();
  const edits = slowest() - before;
  for (const writer of team) writer.stop();
  const sent = team.reduce((sum, writer) => sum + writer.sent, 0);
  const drained = await waitFor('every reader to see every edit', () => slowest() >= sent, 30_000).then(
    () => true,
    () => false,
  );
  await Promise.all([...counters, ...team].map((client) => client.close()));
  const wallSeconds = usage[0]?.wallSeconds ?? seconds;
  return { seconds: wallSeconds, editsPerSecond: edits / wallSeconds, usage, drained };
}
