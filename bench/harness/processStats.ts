import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Kernel clock ticks per second, the unit of utime/stime in /proc/<pid>/stat (almost always 100).
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** utime and stime of a /proc stat file, in seconds. */
function statCpu(path: string): { user: number; system: number } {
  const stat = readFileSync(path, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return { user: Number(fields[11]) / ticksPerSecond, system: Number(fields[12]) / ticksPerSecond };
}

/** CPU time a process has used so far, in seconds: in its own code (user) and in the kernel for it (system). */
export function cpuTimes(pid: number): { user: number; system: number } {
  return statCpu(`/proc/${pid}/stat`);
}

/**
 * CPU seconds of the process's main thread alone: in Node, the JavaScript. The rest of the
 * process's CPU is its helper threads: V8's optimising compiler and garbage collector, libuv's pool.
 */
function mainThreadCpuSeconds(pid: number): number {
  const { user, system } = statCpu(`/proc/${pid}/task/${pid}/stat`);
  return user + system;
}

/** Resident memory of a process (VmRSS), in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`No VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

export interface ProcessUsage {
  /** CPU seconds used over the window. */
  cpuSeconds: number;
  /** Of which in the kernel (system calls such as writes to sockets and fsync). */
  systemCpuSeconds: number;
  /** Of which on the main thread; the rest is helper threads (V8 compiling and collecting). */
  mainThreadCpuSeconds: number;
  wallSeconds: number;
  /** Average CPU over the window, in % of one core. */
  cpuPercent: number;
  rssPeakBytes: number;
  rssEndBytes: number;
}

/** Samples a process's RSS every `intervalMs` over a window, and its CPU time at both ends. */
export class ProcessSampler {
  private readonly startedAt = performance.now();
  private readonly cpuAtStart: { user: number; system: number };
  private readonly mainThreadAtStart: number;
  private rssPeak: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs = 100,
  ) {
    this.cpuAtStart = cpuTimes(pid);
    this.mainThreadAtStart = mainThreadCpuSeconds(pid);
    this.rssPeak = rssBytes(pid);
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  stop(): ProcessUsage {
    clearInterval(this.timer);
    const rssEnd = rssBytes(this.pid);
    this.rssPeak = Math.max(this.rssPeak, rssEnd);
    const wallSeconds = (performance.now() - this.startedAt) / 1000;
    const now = cpuTimes(this.pid);
    const mainThread = mainThreadCpuSeconds(this.pid) - this.mainThreadAtStart;
    const system = now.system - this.cpuAtStart.system;
    const used = now.user - this.cpuAtStart.user + system;
    return {
      cpuSeconds: used,
      systemCpuSeconds: system,
      mainThreadCpuSeconds: mainThread,
      wallSeconds,
      cpuPercent: (100 * used) / wallSeconds,
      rssPeakBytes: this.rssPeak,
      rssEndBytes: rssEnd,
    };
  }

  private sample(): void {
    this.rssPeak = Math.max(this.rssPeak, rssBytes(this.pid));
  }
}
