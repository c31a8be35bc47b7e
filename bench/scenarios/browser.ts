import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { readBoard } from '../../packages/board/src/index';
import type { ResultRow } from '../harness/report';
import { withTarget, type Scenario, type ScenarioContext } from '../harness/scenario';
import { repoRoot, startPartnerboard, type BenchTarget } from '../harness/servers';
import { median, summarize } from '../harness/stats';
import { seedLargeBoard } from './coldLoad';

const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const card = 'article.card';
const longFrameMs = 50;

declare global {
  interface Window {
    __bench?: { firstCardAt: number | null; frames: number[]; recording: boolean };
  }
}

/** Raised when the web app lacks what the scenario drives; the scenario then reports itself skipped. */
class MissingInApp extends Error {}

function buildWebApp(): Promise<string | null> {
  return new Promise((resolve) => {
    const build = spawn('pnpm', ['--filter', '@partnerboard/web', 'build'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.once('exit', (code) => resolve(code === 0 ? null : output.trim().split('\n').slice(-5).join(' / ')));
    // Run as `node bench/run.ts` outside pnpm, there may be no pnpm to run.
    build.once('error', (error) => resolve(`could not run pnpm (${error.message}): run the benchmark with \`pnpm bench\`, or build the web app first and pass --no-web-build`));
  });
}

/**
 * Before the app's own scripts: remember who we are on this board (so the join prompt is not
 * shown), timestamp the first frame that shows a card, and record frame times on demand. Plain
 * JavaScript text: tsx would wrap named functions in a helper the page does not have.
 */
const instrumentation = `
  localStorage.setItem(__key, JSON.stringify({ identity: __identity }));
  const bench = { firstCardAt: null, frames: [], recording: false };
  window.__bench = bench;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(__card)) return;
    observer.disconnect();
    requestAnimationFrame(() => { bench.firstCardAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
  function frame(at) {
    if (bench.recording) bench.frames.push(at);
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
`;

async function instrument(page: Page, boardId: string, identity: { name: string; organisation: string; partnerId: string }): Promise<void> {
  const values = `const __key = ${JSON.stringify(`partnerboard:board:${boardId}`)}, __identity = ${JSON.stringify(identity)}, __card = ${JSON.stringify(card)};`;
  await page.addInitScript({ content: `(() => { ${values} ${instrumentation} })();` });
}

async function firstRender(browser: Browser, target: BenchTarget, boardId: string, identity: Parameters<typeof instrument>[2]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await instrument(page, boardId, identity);
  await page.goto(target.boardPageUrl?.(boardId) ?? '');
  try {
    await page.locator(card).first().waitFor({ state: 'visible', timeout: 60_000 });
  } catch {
    await context.close();
    throw new MissingInApp(`no card (${card}) appeared on the board page within 60 s`);
  }
  await page.waitForFunction(() => window.__bench?.firstCardAt !== null);
  const ms = (await page.evaluate(() => window.__bench?.firstCardAt ?? Number.NaN)) as number;
  return { context, page, ms };
}

/** Drags "Action 1" from To do to Done with the mouse, one small move per frame as a hand would; returns the frame times. */
async function dragAcross(page: Page, from: string, toColumn: string) {
  const handle = page.locator(card).filter({ has: page.getByRole('button', { name: from, exact: true }) }).locator('.card__open');
  const column = page.getByRole('region', { name: toColumn, exact: true });
  const start = await handle.boundingBox({ timeout: 10_000 }).catch(() => null);
  const end = await column.boundingBox({ timeout: 10_000 }).catch(() => null);
  if (!start || !end) throw new MissingInApp(`could not find the card "${from}" or the column "${toColumn}" (region)`);
  const x0 = start.x + start.width / 2;
  const y0 = start.y + start.height / 2;
  const x1 = end.x + end.width / 2;
  const y1 = end.y + 120;
  const steps = 60;
  const nextFrame = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

  await page.evaluate(() => {
    if (window.__bench) {
      window.__bench.frames = [];
      window.__bench.recording = true;
    }
  });
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 10, y0 + 10, { steps: 3 });
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(x0 + 10 + ((x1 - x0 - 10) * step) / steps, y0 + 10 + ((y1 - y0 - 10) * step) / steps);
    await nextFrame();
  }
  const dropped = performance.now();
  await page.mouse.up();
  const landed = await column
    .getByRole('button', { name: from, exact: true })
    .waitFor({ state: 'visible', timeout: 10_000 })
    .then(
      () => performance.now() - dropped,
      () => null,
    );
  await nextFrame();
  const frames = (await page.evaluate(() => {
    const bench = window.__bench;
    if (!bench) return [];
    bench.recording = false;
    return bench.frames;
  })) as number[];
  const deltas = frames.slice(1).map((at, index) => at - (frames[index] as number));
  return { deltas, dropToVisibleMs: landed };
}

async function measureInBrowser(target: BenchTarget, rounds: number, context: ScenarioContext) {
  const size = { goals: 100, actions: 2000 };
  const { boardId, seeder, doc } = await seedLargeBoard(target, size);
  const partner = readBoard(doc).partners[0];
  await seeder.close();
  if (!partner) throw new Error('the large board has no partner to join as');
  const identity = { name: 'Benchmark person', organisation: partner.name, partnerId: partner.id };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
  try {
    const firstRenderMs: number[] = [];
    let lastPage: Awaited<ReturnType<typeof firstRender>> | null = null;
    for (let round = 0; round < rounds; round++) {
      await lastPage?.context.close();
      lastPage = await firstRender(browser, target, boardId, identity);
      firstRenderMs.push(lastPage.ms);
    }
    context.log(`first render of ${size.actions} actions: ${firstRenderMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    const drag = await dragAcross((lastPage as NonNullable<typeof lastPage>).page, 'Action 1', 'Done');
    const frames = summarize(drag.deltas);
    const longFrames = drag.deltas.filter((ms) => ms > longFrameMs).length;
    context.log(
      `drag: ${frames.count} frames, p50 ${frames.p50.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms, ${longFrames} over ${longFrameMs} ms; card shown in Done ${drag.dropToVisibleMs === null ? 'NOT within 10 s' : `${drag.dropToVisibleMs.toFixed(0)} ms after the drop`}`,
    );
    return { size, firstRenderMs, frames, longFrames, dropToVisibleMs: drag.dropToVisibleMs };
  } finally {
    await browser.close();
  }
}

export const browserScenario: Scenario = {
  name: 'browser',
  summary: 'in Chromium, time to first render of a 2,000-action board and frame times while dragging a card across it (Partnerboard only: the reference has no web app)',
  async run(context) {
    if (context.buildWeb) {
      context.log('building the web app (pnpm --filter @partnerboard/web build)');
      const failure = await buildWebApp();
      if (failure) return { rows: [], details: {}, skipped: `the web app did not build: ${failure}` };
    }
    if (!existsSync(join(repoRoot, 'apps/web/dist/index.html'))) {
      return { rows: [], details: {}, skipped: 'apps/web/dist has no build' };
    }
    try {
      const run = await withTarget(
        () => startPartnerboard({ profile: context.profile, store: context.store }),
        (target) => measureInBrowser(target, context.quick ? 1 : 3, context),
      );
      const scenario = `browser, ${run.size.actions} actions`;
      const only = { reference: null, note: 'no reference: it has no web app' };
      const rows: ResultRow[] = [
        { scenario, measure: 'median time to first render (navigation to first card drawn)', unit: 'ms', better: 'lower', partnerboard: median(run.firstRenderMs), ...only },
        { scenario, measure: 'p50 frame time while dragging a card across', unit: 'ms', better: 'lower', partnerboard: run.frames.p50, ...only },
        { scenario, measure: 'p95 frame time while dragging', unit: 'ms', better: 'lower', partnerboard: run.frames.p95, ...only },
        { scenario, measure: 'longest frame while dragging', unit: 'ms', better: 'lower', partnerboard: run.frames.max, ...only },
        { scenario, measure: `frames over ${longFrameMs} ms while dragging`, unit: '', better: 'lower', partnerboard: run.longFrames, ...only },
      ];
      if (run.dropToVisibleMs !== null) {
        rows.push({ scenario, measure: 'drop to card shown in its new column', unit: 'ms', better: 'lower', partnerboard: run.dropToVisibleMs, ...only });
      } else {
        rows.push({ scenario, measure: 'drop to card shown in its new column', unit: 'ms', better: 'lower', partnerboard: null, reference: null, note: 'the card did not land in Done within 10 s' });
      }
      return { rows, details: run };
    } catch (error) {
      if (error instanceof MissingInApp) return { rows: [], details: {}, skipped: error.message };
      throw error;
    }
  },
};
