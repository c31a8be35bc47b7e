import { readFileSync } from 'node:fs';

/** `pnpm soak` sets SOAK=1: each test then runs its long version. Without it, the fast one. */
export const soak = process.env.SOAK === '1';

/** The fast or the soak value of a count or a time bound. */
export function scaled<T>(fast: T, long: T): T {
  return soak ? long : fast;
}

/** Prints a test's figures on one line, `[reliability] crash: rounds=3 losses=0`, for docs/reliability.md. */
export function report(test: string, figures: Record<string, number | string>): void {
  const text = Object.entries(figures)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  console.info(`[reliability${soak ? ' soak' : ''}] ${test}: ${text}`);
}

/** Current and peak resident memory (MiB) and CPU time used so far (s) of a process, from /proc (Linux). */
export function processStats(pid: number): { rssMiB: number; peakRssMiB: number; cpuSeconds: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  // Fields after the command name: state is the first, utime the 12th and stime the 13th, in clock ticks (USER_HZ, 100 on Linux).
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakRssMiB: Math.round(kib('VmHWM') / 1024), cpuSeconds: ticks / 100 };
}
