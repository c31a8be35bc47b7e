// Checks deploy/nginx/partnerboard.conf in front of two Partnerboard processes that share PostgreSQL
// and Redis, as a user meets it: through nginx only. scripts/try-nginx.sh starts everything and runs
// this with NGINX_URL, PROCESS_URLS and PROCESS_PIDS (comma-separated, one per process) and METRICS_TOKEN.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createGoal, readBoard } from '../packages/board/src/index.ts';
import type { CreateBoardResponse } from '../packages/protocol/src/index.ts';

/** How long any one step may take before the check gives up on it: a deadline, not a measurement. */
const stepDeadlineMs = 15_000;

class CheckFailed extends Error {
  override readonly name = 'CheckFailed';
}

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new CheckFailed(`${name} is not set: run scripts/try-nginx.sh, which sets it`);
  return value;
}

const nginxUrl = setting('NGINX_URL');
const metricsToken = setting('METRICS_TOKEN');

interface ServerProcess {
  name: string;
  url: string;
  pid: number;
}

function twoProcesses(): [ServerProcess, ServerProcess] {
  const urls = setting('PROCESS_URLS').split(',');
  const pids = setting('PROCESS_PIDS').split(',').map(Number);
  const [first, second] = urls.map((url, index) => ({ name: `process ${index + 1} (${new URL(url).host})`, url, pid: pids[index] ?? NaN }));
  if (urls.length !== 2 || pids.length !== 2 || !first || !second || !Number.isInteger(first.pid) || !Number.isInteger(second.pid)) {
    throw new CheckFailed('PROCESS_URLS and PROCESS_PIDS must name two processes each');
  }
  return [first, second];
}

const processes = twoProcesses();

function passed(what: string): void {
  console.log(`  ok  ${what}`);
}

function confirm(condition: boolean, what: string, got: unknown): void {
  if (!condition) throw new CheckFailed(`${what}: got ${JSON.stringify(got)}`);
  passed(what);
}

/** Resolves once `test` holds, asking again every 50 ms; rejects at the step deadline. */
async function until(what: string, test: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + stepDeadlineMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new CheckFailed(`${what} did not happen within ${stepDeadlineMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once `test(doc)` holds, checking after every change the doc receives. */
function eventually(doc: Y.Doc, what: string, test: (doc: Y.Doc) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test(doc)) return resolve();
    const timer = setTimeout(() => {
      doc.off('afterTransaction', onChange);
      reject(new CheckFailed(`${what} did not happen within ${stepDeadlineMs / 1000} s`));
    }, stepDeadlineMs);
    const onChange = () => {
      if (!test(doc)) return;
      doc.off('afterTransaction', onChange);
      clearTimeout(timer);
      resolve();
    };
    doc.on('afterTransaction', onChange);
  });
}

async function health(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Open sync connections on one process, from its own /metrics (nginx does not serve /metrics). */
async function connectionsOn(url: string): Promise<number> {
  const response = await fetch(`${url}/metrics`, { headers: { Authorization: `Bearer ${metricsToken}` } });
  const line = (await response.text()).split('\n').find((text) => text.startsWith('partnerboard_connections '));
  if (line === undefined) throw new CheckFailed(`${url}/metrics has no partnerboard_connections`);
  return Number(line.split(' ')[1]);
}

async function connectionsPerProcess(): Promise<number[]> {
  return Promise.all(processes.map(({ url }) => connectionsOn(url)));
}

interface Client {
  name: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** A stock y-websocket client, as a browser connects: through nginx. */
async function connect(name: string, boardId: string, token: string): Promise<Client> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${nginxUrl.replace(/^http/, 'ws')}/sync`, boardId, doc, {
    params: { token, name, org: 'Northshire Council' },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, two clients in one process would sync past the server.
    disableBc: true,
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { name, doc, provider };
}

function goalTitles(client: Client): string[] {
  return readBoard(client.doc).goals.map((goal) => goal.title);
}

/** Adds a goal on `from` and waits until `to` has it. */
async function editReaches(from: Client, to: Client, title: string): Promise<void> {
  createGoal(from.doc, { title });
  await eventually(to.doc, `"${title}" from ${from.name} reaching ${to.name}`, () => goalTitles(to).includes(title));
  passed(`a goal added by ${from.name} ("${title}") reached ${to.name}`);
}

async function main(): Promise<void> {
  console.log(`Checking nginx at ${nginxUrl} in front of ${processes.map(({ name }) => name).join(' and ')}`);

  for (const { name, url } of processes) {
    const { status, body } = await health(url);
    confirm(status === 200 && body.store === 'ok' && body.fanOut === 'ok', `${name} is healthy on PostgreSQL and Redis (/healthz ${JSON.stringify(body)})`, { status, body });
  }
  const throughNginx = await health(nginxUrl);
  confirm(throughNginx.status === 200 && throughNginx.body.ok === true, 'nginx answers /healthz from a process', throughNginx);

  const page = await fetch(`${nginxUrl}/`);
  confirm(page.status === 200 && (page.headers.get('content-type') ?? '').startsWith('text/html'), 'nginx serves the web app', {
    status: page.status,
    type: page.headers.get('content-type'),
  });
  const metrics = await fetch(`${nginxUrl}/metrics`);
  confirm(metrics.status === 404, 'nginx keeps /metrics to each process (404)', metrics.status);

  const tooLarge = await fetch(`${nginxUrl}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'x'.repeat(70 * 1024) }),
  });
  const tooLargeBody = (await tooLarge.json()) as { error?: { code?: string } };
  confirm(tooLarge.status === 413 && tooLargeBody.error?.code === 'payload_too_large', 'a body past 64 KiB is refused with 413 payload_too_large', {
    status: tooLarge.status,
    body: tooLargeBody,
  });

  const created = await fetch(`${nginxUrl}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Hospital discharge: Mrs Patel' }),
  });
  confirm(created.status === 201, 'a board is created through nginx (201)', created.status);
  const board = (await created.json()) as CreateBoardResponse;

  const ward = await connect('the ward', board.id, board.tokens.editor);
  const council = await connect('the council', board.id, board.tokens.editor);
  passed('two clients synced the board over WebSocket through nginx');
  await until('one socket on each process', async () => (await connectionsPerProcess()).every((count) => count === 1));
  passed(`nginx put one socket on each process (open sync connections: ${(await connectionsPerProcess()).join(', ')})`);

  await editReaches(ward, council, 'Book transport home');
  await editReaches(council, ward, 'Arrange care package');

  // The processes' own limit is raised, as behind any proxy (they see only nginx's address): only nginx refuses.
  const statuses: number[] = [];
  let refusal: { error?: { code?: string; message?: string } } = {};
  while (statuses.length < 32 && !statuses.includes(429)) {
    const response = await fetch(`${nginxUrl}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: `Board ${statuses.length + 2}` }),
    });
    statuses.push(response.status);
    if (response.status === 429) refusal = (await response.json()) as typeof refusal;
    else await response.body?.cancel();
  }
  const createdBefore = statuses.filter((status) => status === 201).length;
  confirm(
    statuses.at(-1) === 429 && createdBefore >= 29 && refusal.error?.code === 'rate_limited' && /Too many requests/.test(refusal.error.message ?? ''),
    `nginx refuses board creation past its burst with 429 rate_limited (after ${createdBefore + 1} boards from one address)`,
    { statuses, refusal },
  );

  const [killed, survivor] = processes;
  process.kill(killed.pid, 'SIGKILL');
  passed(`${killed.name} killed (SIGKILL)`);
  await until(`both sockets reconnecting to ${survivor.name}`, async () => (await connectionsOn(survivor.url)) === 2);
  passed(`both clients are on ${survivor.name} again, through nginx`);
  await editReaches(ward, council, 'Check medication at home');
  await editReaches(council, ward, 'Review in two weeks');

  const latecomer = await connect('a latecomer', board.id, board.tokens.viewer);
  const expected = ['Book transport home', 'Arrange care package', 'Check medication at home', 'Review in two weeks'];
  const seen = goalTitles(latecomer);
  confirm(
    expected.every((title) => seen.includes(title)),
    'a client connecting after the failover has every goal anyone saw',
    seen,
  );

  for (const client of [ward, council, latecomer]) {
    client.provider.destroy();
    client.doc.destroy();
  }
  console.log('All nginx checks passed.');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof CheckFailed ? `  FAILED  ${error.message}` : error);
    process.exit(1);
  },
);
