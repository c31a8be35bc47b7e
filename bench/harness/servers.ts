import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as Y from 'yjs';
import { extensionParam } from '../../packages/protocol/src/index';
import { newBoardState } from './boardContent';
import type { ScenarioContext } from './scenario';
import { waitFor } from './timing';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A server under test, running in its own process, reached over loopback. */
export interface BenchTarget {
  /** 'Partnerboard', 'reference', ... as shown in the table. */
  readonly label: string;
  readonly pid: number;
  /** Creates a board holding what a new blank Partnerboard board holds; resolves with its id. */
  createBoard(title?: string): Promise<string>;
  /** The WebSocket address a client of this board connects to (with an editor token where needed). */
  syncUrl(boardId: string): string;
  /**
   * Partnerboard only: the WebSocket address for one named person with the board's facilitator or
   * editor link, opted in to custom messages (ext=1), as a meeting's clients connect.
   */
  meetingUrl?(boardId: string, link: 'facilitator' | 'editor', name: string): string;
  /** The web app's address of the board, where the server has one. */
  boardPageUrl?(boardId: string): string;
  /** Boards the server holds in memory, where it says (Partnerboard's /metrics); null otherwise. */
  boardsLoaded(): Promise<number | null>;
  /** The server's Prometheus text, where it has one. */
  metricsText(): Promise<string | null>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Adds `--cpu-prof` and writes the profiles to bench/profiles/<server> when the server stops. */
  profile?: boolean;
}

export interface PartnerboardOptions extends ServerOptions {
  label?: string;
  /**
   * Another bundle to run instead of the one built from the source now, relative to the repository
   * and in a folder beside apps/server/dist, such as apps/server/dist-before/main.js (so that it finds
   * the same node_modules; git and the linter ignore such folders): to compare two builds in one run.
   */
  bundle?: string;
  store?: 'sqlite' | 'memory';
  unloadAfterMs?: number;
  /**
   * Keep the server's default connection limits (per board and per address) instead of raising
   * them for load, to show that what a scenario does fits under them.
   */
  defaultConnectionLimits?: boolean;
  /** Stores boards in this PostgreSQL database (DATABASE_URL) instead of the data directory. */
  databaseUrl?: string;
  /** Joins this process to the others on the same `databaseUrl` through this Redis (REDIS_URL). */
  redisUrl?: string;
  /** Shared by processes on one store, so that each can give out the links of a board another created. */
  boardLinks?: BoardLinks;
}

/** The editor and facilitator links of the boards a benchmark created, by board id. */
export type BoardLinks = Map<string, { editor: string; facilitator: string }>;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function nodeFlags(options: ServerOptions, name: string): string[] {
  // For one-off investigations (tracing V8, say): flags given to both servers alike.
  const extra = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  if (!options.profile) return extra;
  // One file per thread (Node names them by pid and thread).
  const dir = join(repoRoot, 'bench/profiles', name);
  mkdirSync(dir, { recursive: true });
  return [...extra, '--cpu-prof', '--cpu-prof-dir', dir];
}

/** A child process whose last lines of output are kept for error messages. */
function startChild(args: string[], env: Record<string, string>): { child: ChildProcess; output: string[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 50) output.shift();
  };
  // For one-off investigations (BENCH_NODE_FLAGS="--trace-gc", say): everything the server prints, in a file.
  const logDir = process.env.BENCH_SERVER_LOG_DIR;
  const log = logDir ? createWriteStream(join(logDir, `${basename(args.at(-1) ?? 'server')}-${child.pid}.log`)) : null;
  const print = (line: string) => {
    keep(line);
    log?.write(`${line}\n`);
  };
  createInterface({ input: child.stdout! }).on('line', print);
  createInterface({ input: child.stderr! }).on('line', print);
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return { child, output, exited };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

let serverBuild: Promise<void> | null = null;

/**
 * Builds the production bundle (apps/server/dist/main.js) once per run, from the source as it is
 * now, so that a bundle left from older source is never what gets measured. esbuild takes well
 * under a second.
 */
function buildServer(): Promise<void> {
  serverBuild ??= promisify(execFile)(process.execPath, ['apps/server/scripts/build.mjs'], { cwd: repoRoot }).then(
    () => undefined,
    (error: { stderr?: string; message: string }) => {
      throw new Error(`The server did not build: ${error.stderr?.trim() || error.message}`);
    },
  );
  return serverBuild;
}

/**
 * The node flags `pnpm start` gives the server (its package's start script, `node <flags>
 * dist/main.js`), so that the benchmark runs it as production does.
 */
function productionNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'apps/server/package.json'), 'utf8')) as { scripts: { start: string } };
  const start = /^node((?: --[\w-]+(?:=\S+)?)*) dist\/main\.js$/.exec(manifest.scripts.start);
  if (!start) throw new Error(`apps/server/package.json's start script is not "node [flags] dist/main.js": ${manifest.scripts.start}`);
  return (start[1] ?? '').split(' ').filter(Boolean);
}

const benchMetricsToken = 'metrics-token-for-benchmarks';

/** Partnerboard as it runs in production (`pnpm start`: node, its flags and the bundle `pnpm build` makes), limits raised for load. */
export async function startPartnerboard(options: PartnerboardOptions = {}): Promise<BenchTarget> {
  if (!options.bundle) await buildServer();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'partnerboard-bench-'));
  const bundle = options.bundle ?? 'apps/server/dist/main.js';
  const { child, output, exited } = startChild([...productionNodeFlags(), ...nodeFlags(options, 'partnerboard'), bundle], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STORE: options.store ?? 'sqlite',
    LOG_LEVEL: 'warn',
    // The benchmark is one address opening many boards and sending as fast as it can.
    CREATE_BOARDS_PER_MINUTE: '1000000',
    MESSAGES_PER_SECOND: '100000',
    MESSAGE_BURST: '1000000',
    ...(options.defaultConnectionLimits ? {} : { MAX_CONNECTIONS_PER_BOARD: '10000', MAX_CONNECTIONS_PER_ADDRESS: '1000000' }),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    METRICS_TOKEN: benchMetricsToken,
    UNLOAD_AFTER_MS: String(options.unloadAfterMs ?? 30_000),
  });
  const base = `http://127.0.0.1:${port}`;
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  try {
    await waitFor(
      'Partnerboard to answer /healthz',
      async () => {
        if (exitedEarly) throw new Error(`Partnerboard exited before serving:\n${output.join('\n')}`);
        return fetch(`${base}/healthz`).then((response) => response.ok, () => false);
      },
      60_000,
    );
  } catch (error) {
    await stopChild(child, exited);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const links: BoardLinks = options.boardLinks ?? new Map();
  const metricsText = async () => (await fetch(`${base}/metrics`, { headers: { Authorization: `Bearer ${benchMetricsToken}` } })).text();
  return {
    label: options.label ?? 'Partnerboard',
    pid: child.pid as number,
    async createBoard(title = 'Benchmark board') {
      const response = await fetch(`${base}/api/boards`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, template: 'blank' }),
      });
      if (response.status !== 201) throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
      const { id, tokens } = (await response.json()) as { id: string; tokens: { editor: string; facilitator: string } };
      links.set(id, { editor: tokens.editor, facilitator: tokens.facilitator });
      return id;
    },
    syncUrl(boardId) {
      const params = new URLSearchParams({ token: links.get(boardId)?.editor ?? '', name: 'Bench client', org: 'Bench' });
      return `ws://127.0.0.1:${port}/sync/${boardId}?${params.toString()}`;
    },
    meetingUrl(boardId, link, name) {
      const token = links.get(boardId)?.[link] ?? '';
      const params = new URLSearchParams({ token, name, org: 'Bench', [extensionParam]: '1' });
      return `ws://127.0.0.1:${port}/sync/${boardId}?${params.toString()}`;
    },
    boardPageUrl(boardId) {
      return `${base}/b/${boardId}/board#token=${links.get(boardId)?.editor ?? ''}`;
    },
    async boardsLoaded() {
      const match = /^partnerboard_boards_loaded (\d+)$/m.exec(await metricsText());
      return match ? Number(match[1]) : null;
    },
    metricsText,
    async stop() {
      await stopChild(child, exited);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ReferenceOptions extends ServerOptions {
  label?: string;
  /** Stores documents in LevelDB (y-leveldb, the reference's own persistence) and unloads them when the last client leaves. */
  leveldb?: boolean;
}

/** The reference as a scenario runs it: with the storage `--reference-store` chose. */
export function startReferenceFor(context: Pick<ScenarioContext, 'profile' | 'referenceStore'>): Promise<BenchTarget> {
  const leveldb = context.referenceStore === 'leveldb';
  return startReference({ profile: context.profile, leveldb, ...(leveldb ? { label: 'reference with y-leveldb' } : {}) });
}

/** The reference y-websocket server (bench/reference-server.mjs) in its own process. */
export async function startReference(options: ReferenceOptions = {}): Promise<BenchTarget> {
  const persistenceDir = options.leveldb ? mkdtempSync(join(tmpdir(), 'reference-bench-')) : null;
  const { child, output, exited } = startChild([...nodeFlags(options, 'reference'), 'bench/reference-server.mjs'], {
    PORT: '0',
    HOST: '127.0.0.1',
    ...(persistenceDir ? { YPERSISTENCE: join(persistenceDir, 'db') } : {}),
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    void exited.then(() => reject(new Error(`The reference server exited before listening:\n${output.join('\n')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { event?: string; port?: number };
      if (entry.event === 'listening' && entry.port) resolvePort(entry.port);
    });
  });
  const syncUrl = (boardId: string) => `ws://127.0.0.1:${port}/${boardId}`;
  return {
    label: options.label ?? 'reference',
    pid: child.pid as number,
    async createBoard(title = 'Benchmark board') {
      // The reference has no boards: bench/reference-server.mjs creates a document holding the
      // same starting content a new Partnerboard board has, so both servers hold the same plan,
      // and neither has run its WebSocket path for it.
      const boardId = randomBytes(16).toString('base64url');
      const body = Buffer.from(Y.encodeStateAsUpdate(newBoardState(title)));
      const response = await fetch(`http://127.0.0.1:${port}/${boardId}`, { method: 'PUT', body });
      if (response.status !== 201) throw new Error(`PUT /${boardId} answered ${response.status}: ${await response.text()}`);
      return boardId;
    },
    syncUrl,
    boardsLoaded: async () => null,
    metricsText: async () => null,
    async stop() {
      await stopChild(child, exited);
      if (persistenceDir) rmSync(persistenceDir, { recursive: true, force: true });
    },
  };
}
