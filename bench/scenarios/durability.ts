import type { Scenario } from '../harness/scenario';
import { startPartnerboard, type BenchTarget } from '../harness/servers';
import { compareThroughput, throughputRows } from './throughput';

/** Partnerboard's commits so far from /metrics: how many, and the mean time each took. */
async function commitStats(target: BenchTarget): Promise<{ commits: number; meanMs: number }> {
  const metrics = (await target.metricsText()) ?? '';
  const read = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(metrics)?.[1] ?? Number.NaN);
  const commits = read('partnerboard_store_commit_seconds_count');
  return { commits, meanMs: (read('partnerboard_store_commit_seconds_sum') / commits) * 1000 };
}

export const durabilityScenario: Scenario = {
  name: 'durability',
  summary: 'the throughput scenario on Partnerboard with SQLite (committed before broadcast) against Partnerboard with the in-memory store (STORE=memory)',
  async run(context) {
    const commits: Record<string, { commits: number; meanMs: number }> = {};
    const { ours, theirs } = await compareThroughput(
      {
        ours: () => startPartnerboard({ label: 'Partnerboard, SQLite', profile: context.profile }),
        theirs: () => startPartnerboard({ label: 'Partnerboard, memory store', store: 'memory', profile: context.profile }),
      },
      context,
      async (target) => {
        const stats = await commitStats(target);
        commits[target.label] = stats;
        context.log(`${target.label}: ${stats.commits} commits, mean ${stats.meanMs.toFixed(2)} ms`);
      },
    );
    return {
      rows: throughputRows('durability cost', ours, theirs, 'memory store'),
      details: { sqlite: ours, memory: theirs, commits },
    };
  },
};
