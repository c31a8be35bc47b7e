import type { Scenario } from '../harness/scenario';
import { withTarget } from '../harness/scenario';
import { startPartnerboard, type BenchTarget } from '../harness/servers';
import { describeThroughput, throughput, throughputRows } from './throughput';

/** Partnerboard's commit statistics from /metrics: how many commits, and how long they took. */
function commitStats(metrics: string | null): { commits: number; seconds: number } {
  const read = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(metrics ?? '')?.[1] ?? Number.NaN);
  return { commits: read('partnerboard_store_commit_seconds_count'), seconds: read('partnerboard_store_commit_seconds_sum') };
}

export const durabilityScenario: Scenario = {
  name: 'durability',
  summary: 'the throughput scenario on Partnerboard with SQLite (commit before broadcast) and with the in-memory store (STORE=memory)',
  async run(context) {
    const seconds = context.quick ? 3 : 10;
    const measure = async (target: BenchTarget) => {
      const run = await throughput(target, seconds);
      describeThroughput(target, run, context);
      const commits = commitStats(await target.metricsText());
      context.log(`${target.label}: ${commits.commits} commits, mean ${((commits.seconds / commits.commits) * 1000).toFixed(2)} ms`);
      return { ...run, commits };
    };
    const sqlite = await withTarget(() => startPartnerboard({ label: 'Partnerboard, SQLite', profile: context.profile }), measure);
    const memory = await withTarget(
      () => startPartnerboard({ label: 'Partnerboard, memory store', store: 'memory', profile: context.profile }),
      measure,
    );
    return {
      rows: throughputRows('durability cost', sqlite, memory, 'memory store'),
      details: { seconds, sqlite, memory },
    };
  },
};
