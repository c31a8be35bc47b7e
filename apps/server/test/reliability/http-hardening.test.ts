import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateBoardResponse, RotateTokenResponse } from '@partnerboard/protocol';
import { someEdit, updateFrame } from '../frames.ts';
import { spawnServer } from '../serverProcess.ts';
import { connectClient, rawSocket, refusedUpgrade, startTestServer, syncAddress, type TestServer } from '../support.ts';

const builtApp = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
const maxBodyBytes = 16 * 1024;
const json = { 'Content-Type': 'application/json' };

function expectSecurityHeaders(headers: Headers | Record<string, string | string[] | undefined>, what: string): void {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined)) ?? '';
  expect(get('content-security-policy'), what).toMatch(/default-src 'self'/);
  expect(get('content-security-policy'), what).toMatch(/frame-ancestors 'none'/);
  expect(get('content-security-policy'), what).toMatch(/object-src 'none'/);
  expect(get('x-content-type-options'), what).toBe('nosniff');
  expect(get('x-frame-options'), what).toBe('DENY');
  expect(get('referrer-policy'), what).toBe('no-referrer');
}

/** The raw HTTP answer to a WebSocket upgrade the server refuses. */
function refusedUpgradeHeaders(url: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest(url.replace(/^ws/, 'http'), {
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' },
    });
    req.on('response', (response) => {
      response.resume();
      resolvePromise(response.headers);
    });
    req.on('upgrade', () => reject(new Error('the server accepted the upgrade')));
    req.on('error', reject);
    req.end();
  });
}

interface Violation {
  directive: string;
  blocked: string;
  sourceFile: string;
  line: number;
  column: number;
}

describe('HTTP hardening', () => {
  const webDist = mkdtempSync(join(tmpdir(), 'partnerboard-hardening-dist-'));
  let server: TestServer;
  let board: CreateBoardResponse;

  beforeAll(async () => {
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Partnerboard</title>');
    writeFileSync(join(webDist, 'assets', 'index-3f9a1c.js'), 'console.log("app")');
    server = await startTestServer({ WEB_DIST: webDist, MAX_BODY_BYTES: String(maxBodyBytes) });
    board = await server.createBoard();
  });

  afterAll(async () => {
    await server.stop();
    rmSync(webDist, { recursive: true, force: true });
  });

  describe('sends the security headers with every kind of answer', () => {
    const requests: [string, () => Promise<Response>][] = [
      ['the app page', () => server.api('/')],
      ['a board view', () => server.api('/b/someBoardId123/goals')],
      ['a hashed asset', () => server.api('/assets/index-3f9a1c.js')],
      ['a missing file (404)', () => server.api('/missing.png')],
      ['a created board (201)', () => server.api('/api/boards', { method: 'POST', headers: json, body: JSON.stringify({ title: 'Plan' }) })],
      ['a board opened with its link (200)', () => server.api(`/api/boards/${board.id}`, { headers: { Authorization: `Bearer ${board.tokens.viewer}` } })],
      ['a refused token (403)', () => server.api(`/api/boards/${board.id}`, { headers: { Authorization: 'Bearer wrong' } })],
      ['a missing token (401)', () => server.api(`/api/boards/${board.id}/activity`)],
      ['a body that is not JSON (400)', () => server.api('/api/boards', { method: 'POST', headers: json, body: '{' })],
      ['a body that is too large (413)', () => server.api('/api/boards', { method: 'POST', headers: json, body: 'x'.repeat(maxBodyBytes + 1) })],
      ['an unknown API route (404)', () => server.api('/api/nothing')],
      ['the health check', () => server.api('/healthz')],
      ['the metrics', () => server.api('/metrics')],
    ];

    it.each(requests)('%s', async (what, send) => {
      expectSecurityHeaders((await send()).headers, what);
    });

    it('a refused WebSocket upgrade', async () => {
      expectSecurityHeaders(await refusedUpgradeHeaders(syncAddress(server, board.id, 'wrong')), 'refused upgrade');
    });
  });

  describe('limits request bodies', () => {
    it('answers 413 to a streamed (chunked) body over MAX_BODY_BYTES, with no Content-Length to go by', async () => {
      const chunks = Array.from({ length: 64 }, () => 'x'.repeat(1024));
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const chunk = chunks.pop();
          if (chunk === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(chunk));
        },
      });
      const response = await server.api('/api/boards', { method: 'POST', headers: json, body, duplex: 'half' } as RequestInit);
      expect(response.status).toBe(413);
      expect((await server.api('/healthz')).status).toBe(200);
    });

    it('answers 431 to request headers over 16 KiB', async () => {
      const response = await server.api('/healthz', { headers: { 'X-Padding': 'x'.repeat(20 * 1024) } });
      expect(response.status).toBe(431);
    });

    it('cuts off a client that keeps sending past many times the limit', async () => {
      const socket = tcpConnect(server.port, '127.0.0.1');
      await new Promise((resolveOpen) => socket.once('connect', resolveOpen));
      socket.on('error', () => {});
      socket.write(`POST /api/boards HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
      const chunk = 'x'.repeat(64 * 1024);
      const ended = new Promise((resolveEnd) => socket.once('close', resolveEnd));
      for (let sent = 0; sent < 64 * maxBodyBytes && !socket.destroyed; sent += chunk.length) {
        socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      }
      await ended;
      expect((await server.api('/healthz')).status).toBe(200);
    });
  });

  it.skipIf(!existsSync(join(builtApp, 'index.html')))(
    'runs the built web app in Chromium under its Content-Security-Policy: join, open notes, type, nothing blocked',
    { timeout: 60_000 },
    async () => {
      const app = await startTestServer({ WEB_DIST: builtApp });
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      try {
        const plan = await app.createBoard({ title: 'Discharge plan', template: 'hospital-discharge' });
        const page = await browser.newPage();
        const violations: Violation[] = [];
        await page.exposeFunction('reportViolation', (violation: Violation) => violations.push(violation));
        // Runs in the page (plain JavaScript: this package has no DOM types).
        await page.addInitScript({
          content: `document.addEventListener('securitypolicyviolation', (event) => reportViolation({
            directive: event.violatedDirective, blocked: event.blockedURI,
            sourceFile: event.sourceFile, line: event.lineNumber, column: event.columnNumber,
          }));`,
        });
        await page.goto(`${app.url}/b/${plan.id}/goals#token=${plan.tokens.editor}`);
        await page.getByLabel('Your organisation').selectOption({ label: 'Northshire Community Nursing & Therapy' });
        const inPlan = page.getByLabel('Who you are in the plan');
        const ahmed = (await inPlan.locator('option').allTextContents()).find((option) => option.startsWith('Ahmed Hussain'));
        await inPlan.selectOption({ label: ahmed ?? 'Ahmed Hussain' });
        await page.getByRole('button', { name: 'Join the board' }).click();
        await page.getByRole('navigation', { name: 'Views' }).waitFor();
        // The goal's actions, then an action's notes: the lazily loaded editor and its styles.
        await page.getByRole('button', { name: "Arthur's home is safe for his mobility", exact: true }).click();
        await page.getByRole('button', { name: 'Home environment visit and falls risk assessment', exact: true }).click();
        const notes = page.getByRole('textbox', { name: 'Notes' });
        await notes.click();
        await page.keyboard.type(' Checked.');
        await page.getByText('Checked.').first().waitFor();
        expect(violations).toEqual([]);
      } finally {
        await browser.close();
        await app.close();
      }
    },
  );

  it('never writes a token or the admin key to its logs, at debug level, whatever happens', { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'partnerboard-logs-'));
    const adminKey = 'the-admin-key-that-must-not-leak';
    const child = await spawnServer({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', ADMIN_KEY: adminKey, MESSAGES_PER_SECOND: '5', MESSAGE_BURST: '5' });
    let stderr = '';
    child.child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const secrets: string[] = [adminKey];
    try {
      const api = (path: string, init: RequestInit = {}) => fetch(`${child.url}${path}`, init);
      const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
      const created = await api('/api/boards', { method: 'POST', headers: { ...json, ...auth(adminKey) }, body: JSON.stringify({ title: 'Plan' }) });
      const plan = (await created.json()) as CreateBoardResponse;
      secrets.push(...Object.values(plan.tokens));
      await api('/api/boards', { method: 'POST', headers: { ...json, ...auth(`${adminKey}-wrong`) }, body: '{}' });
      await api(`/api/boards/${plan.id}`, { headers: auth(plan.tokens.viewer) });
      await api(`/api/boards/${plan.id}/activity`, { headers: auth(plan.tokens.editor) });
      await api(`/api/boards/${plan.id}?token=${plan.tokens.editor}`);
      await api(`/b/${plan.id}/board?token=${plan.tokens.facilitator}`);

      const address = (token: string, extra = '') => `${child.syncUrl}/${plan.id}?token=${encodeURIComponent(token)}&name=Ann${extra}`;
      const editor = connectClient(child.syncUrl, plan.id, plan.tokens.editor, { name: 'Ann Jones' });
      await editor.synced;
      const viewer = rawSocket(address(plan.tokens.viewer, '&ext=1'));
      await viewer.opened;
      viewer.socket.send(updateFrame(someEdit()));
      const malformed = rawSocket(address(plan.tokens.editor));
      await malformed.opened;
      malformed.socket.send(Uint8Array.of(42));
      await malformed.closed;
      const flooder = rawSocket(address(plan.tokens.editor));
      await flooder.opened;
      for (let i = 0; i < 20; i += 1) flooder.socket.send(Uint8Array.of(3));
      await flooder.closed;
      for (const bad of ['wrong', `${plan.tokens.editor}x`]) expect((await refusedUpgrade(address(bad))).status).toBe(403);
      const rotated = await api(`/api/boards/${plan.id}/tokens/editor/rotate`, { method: 'POST', headers: auth(plan.tokens.facilitator) });
      secrets.push(((await rotated.json()) as RotateTokenResponse).token);
      await new Promise<void>((resolveClosed) => editor.provider.once('connection-close', () => resolveClosed()));
      editor.destroy();
      expect((await refusedUpgrade(address(plan.tokens.editor))).status).toBe(403);
      viewer.socket.close();
      await viewer.closed;

      child.child.kill('SIGTERM');
      await child.exited;
      const logs = child.logLines.join('\n');
      for (const event of ['board-created', 'connect', 'refused', 'refused-write', 'token-rotated', 'closing', 'stopped']) {
        expect(logs, `the log should show ${event}`).toContain(`"event":"${event}"`);
      }
      for (const secret of secrets) {
        expect(logs).not.toContain(secret);
        expect(stderr).not.toContain(secret);
      }
    } finally {
      if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
