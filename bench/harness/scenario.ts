import type { ResultRow } from './report';
import type { BenchTarget } from './servers';

export interface ScenarioContext {
  /** A small smoke run: fewer clients, edits and seconds. */
  quick: boolean;
  /** Run the servers with --cpu-prof (profiles in bench/profiles). */
  profile: boolean;
  /** Partnerboard's store in every scenario but durability (which runs both). */
  store: 'sqlite' | 'memory';
  /**
   * The reference's storage in fan-out, throughput and many boards: none (as its server.js runs
   * by default), or its own y-leveldb persistence (YPERSISTENCE), which stores each update after
   * it has shared it. Cold load always uses y-leveldb.
   */
  referenceStore: 'none' | 'leveldb';
  /** Fan-out's reader counts, when not the default. */
  readers?: number[] | undefined;
  /** Build the web app before the browser scenario. */
  buildWeb: boolean;
  log(message: string): void;
}

export interface ScenarioResult {
  rows: ResultRow[];
  details: Record<string, unknown>;
  skipped?: string;
}

/** One benchmark scenario, bounded in time and count. */
export interface Scenario {
  name: string;
  /** What it measures, one line. */
  summary: string;
  run(context: ScenarioContext): Promise<ScenarioResult>;
}

/** Starts a server, hands it to `use`, and always stops it. */
export async function withTarget<T>(start: () => Promise<BenchTarget>, use: (target: BenchTarget) => Promise<T>): Promise<T> {
  const target = await start();
  try {
    return await use(target);
  } finally {
    await target.stop();
  }
}

/**
 * Starts several servers and keeps them all running while `use` measures them in turns, so that
 * a change in the machine's load (it is shared) falls on every server alike; always stops them.
 */
export async function withTargets<Name extends string, T>(
  starts: Record<Name, () => Promise<BenchTarget>>,
  use: (targets: Record<Name, BenchTarget>) => Promise<T>,
): Promise<T> {
  const started: BenchTarget[] = [];
  try {
    const targets = {} as Record<Name, BenchTarget>;
    for (const name of Object.keys(starts) as Name[]) {
      targets[name] = await starts[name]();
      started.push(targets[name]);
    }
    return await use(targets);
  } finally {
    await Promise.all(started.map((target) => target.stop()));
  }
}
