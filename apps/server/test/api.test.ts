import { afterEach, describe, expect, it } from 'vitest';
import { createGoal, readBoard, readTitle, templateNames, textField, updateMeta } from '@partnerboard/board';
import { boardIdPattern, type ActivityResponse, type ApiErrorBody, type CreateBoardResponse } from '@partnerboard/protocol';
import { createLogger } from '../src/logger.ts';
import { connectClient, eventually, LogCollector, refusedUpgrade, startTestServer, syncAddress, type TestServer } from './support.ts';

const json = { 'Content-Type': 'application/json' };
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('the JSON API', () => {
  let server: TestServer;

  async function start(env: Record<string, string> = {}, logs?: LogCollector) {
    server = await startTestServer(env, logs ? { logger: createLogger('debug', logs) } : {});
    return server;
  }

  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return server.api(path, { method: 'POST', headers: { ...json, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  }

  async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
    return ((await response.json()) as ApiErrorBody).error;
  }

  afterEach(async () => {
    await server.stop();
  });

  describe('POST /api/boards', () => {
    it('creates a board with one distinct 256-bit token per role', async () => {
      await start();
      const response = await post('/api/boards', { title: 'Team around the child: Sam', template: 'team-around-the-child' });
      expect(response.status).toBe(201);
      const board = (await response.json()) as CreateBoardResponse;
      expect(board.id).toMatch(boardIdPattern);
      const tokens = Object.values(board.tokens);
      expect(Object.keys(board.tokens).sort()).toEqual(['editor', 'facilitator', 'viewer']);
      expect(new Set(tokens).size).toBe(3);
      for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    });

    it.each(templateNames)('creates a board from the %s template', async (template) => {
      await start();
      expect((await post('/api/boards', { title: 'Plan', template })).status).toBe(201);
    });

    it('refuses an unknown template, naming the ones there are', async () => {
      await start();
      const response = await post('/api/boards', { title: 'Plan', template: 'spaceship' });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({ code: 'invalid_request', message: expect.stringContaining('hospital-discharge') });
    });

    it('refuses a board without a title', async () => {
      await start();
      const response = await post('/api/boards', { title: '   ' });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({ code: 'invalid_request', message: 'title: Give the board a title' });
    });

    it.each([
      [{ title: 42 }, 'title: must be text'],
      [{ title: 'x'.repeat(201) }, 'title: must be 200 characters or fewer'],
      [{ title: 'Plan', purpose: ['a list'] }, 'purpose: must be text'],
      [{ title: 'Plan', template: 7 }, 'template: must be the name of a template'],
      [['Plan'], 'body: send a JSON object with a title'],
    ])('says what is wrong with a bad body (%j), field first', async (body, message) => {
      await start();
      const response = await post('/api/boards', body);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({ code: 'invalid_request', message });
    });

    it('answers 400 to a body that is not JSON', async () => {
      await start();
      const response = await post('/api/boards', '{"title": "Plan"');
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({ code: 'invalid_json', message: 'The request body is not valid JSON.' });
    });

    it('answers 413 to a body over the size limit', async () => {
      await start();
      const response = await post('/api/boards', { title: 'Plan', purpose: 'x'.repeat(70 * 1024) });
      expect(response.status).toBe(413);
      expect((await errorOf(response)).code).toBe('payload_too_large');
    });

    it('limits how many boards one address creates per minute', async () => {
      await start({ CREATE_BOARDS_PER_MINUTE: '2' });
      expect((await post('/api/boards', { title: 'One' })).status).toBe(201);
      expect((await post('/api/boards', { title: 'Two' })).status).toBe(201);
      const third = await post('/api/boards', { title: 'Three' });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await errorOf(third)).code).toBe('rate_limited');
    });

    it('needs the admin key when the server has one', async () => {
      const adminKey = 'a-long-admin-key-for-tests';
      await start({ ADMIN_KEY: adminKey });
      expect((await post('/api/boards', { title: 'Plan' })).status).toBe(401);
      expect((await post('/api/boards', { title: 'Plan' }, bearer('not-the-admin-key'))).status).toBe(403);
      expect((await post('/api/boards', { title: 'Plan' }, bearer(adminKey))).status).toBe(201);
    });
  });

  describe('GET /api/boards/:id', () => {
    it('tells each link holder their role and the board title, and that a shared link names no one', async () => {
      await start();
      const board = await server.createBoard({ title: 'Discharge plan' });
      for (const role of ['facilitator', 'editor', 'viewer'] as const) {
        const response = await server.api(`/api/boards/${board.id}`, { headers: bearer(board.tokens[role]) });
        expect(await response.json()).toEqual({ id: board.id, title: 'Discharge plan', role, identity: { kind: 'shared' } });
      }
    });

    it('answers 401 without a token, 403 for a wrong token and 404 for an unknown board', async () => {
      await start();
      const board = await server.createBoard();
      const missing = await server.api(`/api/boards/${board.id}`);
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toBe('Bearer');
      expect((await server.api(`/api/boards/${board.id}`, { headers: bearer('wrong') })).status).toBe(403);
      const unknown = await server.api('/api/boards/NoSuchBoard0000', { headers: bearer(board.tokens.editor) });
      expect(unknown.status).toBe(404);
      expect((await errorOf(unknown)).code).toBe('not_found');
    });

    it('answers the title the board was renamed to in its document, as soon as the server has applied it', async () => {
      await start();
      const board = await server.createBoard({ title: 'Discharge plan' });
      const facilitator = connectClient(server.syncUrl, board.id, board.tokens.facilitator);
      const watcher = connectClient(server.syncUrl, board.id, board.tokens.viewer);
      try {
        await Promise.all([facilitator.synced, watcher.synced]);
        updateMeta(facilitator.doc, { title: 'Arthur home by Friday' });
        await eventually(watcher.doc, (doc) => readTitle(doc) === 'Arthur home by Friday');
        // The viewer saw it, so the server has applied it: the directory holds it from then on.
        const titleOf = async () => ((await (await server.api(`/api/boards/${board.id}`, { headers: bearer(board.tokens.viewer) })).json()) as { title: string }).title;
        expect(await titleOf()).toBe('Arthur home by Friday');
      } finally {
        facilitator.destroy();
        watcher.destroy();
      }
    });
  });

  describe('POST /api/boards/:id/tokens/:role/rotate', () => {
    it('replaces a link: the new token works, the old one is refused', async () => {
      await start();
      const board = await server.createBoard();
      const response = await post(`/api/boards/${board.id}/tokens/viewer/rotate`, {}, bearer(board.tokens.facilitator));
      expect(response.status).toBe(200);
      const { role, token } = (await response.json()) as { role: string; token: string };
      expect(role).toBe('viewer');
      expect((await server.api(`/api/boards/${board.id}`, { headers: bearer(token) })).status).toBe(200);
      expect((await server.api(`/api/boards/${board.id}`, { headers: bearer(board.tokens.viewer) })).status).toBe(403);
      expect((await server.api(`/api/boards/${board.id}`, { headers: bearer(board.tokens.editor) })).status).toBe(200);
    });

    it('lets only a facilitator replace links', async () => {
      await start();
      const board = await server.createBoard();
      expect((await post(`/api/boards/${board.id}/tokens/viewer/rotate`, {}, bearer(board.tokens.editor))).status).toBe(403);
      expect((await post(`/api/boards/${board.id}/tokens/viewer/rotate`, {}, bearer(board.tokens.viewer))).status).toBe(403);
    });

    it('answers 404 for a role that does not exist', async () => {
      await start();
      const board = await server.createBoard();
      expect((await post(`/api/boards/${board.id}/tokens/owner/rotate`, {}, bearer(board.tokens.facilitator))).status).toBe(404);
    });
  });

  describe('GET /api/boards/:id/activity', () => {
    it('lists who edited, as the server saw their connection, to any link holder', async () => {
      await start();
      const board = await server.createBoard();
      const ward = connectClient(server.syncUrl, board.id, board.tokens.editor, { name: ' Ann  Jones ', org: 'City Hospital' });
      const watcher = connectClient(server.syncUrl, board.id, board.tokens.viewer);
      await Promise.all([ward.synced, watcher.synced]);
      const goal = createGoal(ward.doc, { title: 'Home within 48 hours' });
      textField(ward.doc, 'goals', goal, 'description').insert(0, 'Agreed.');
      await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal && g.description === 'Agreed.'));

      const response = await server.api(`/api/boards/${board.id}/activity`, { headers: bearer(board.tokens.viewer) });
      const { entries } = (await response.json()) as ActivityResponse;
      expect(entries).toEqual([
        {
          from: expect.any(String),
          at: expect.any(String),
          name: 'Ann Jones',
          organisation: 'City Hospital',
          role: 'editor',
          linkId: null,
          selfDeclared: true,
          updates: 2,
          bytes: expect.any(Number),
        },
      ]);
      ward.destroy();
      watcher.destroy();
    });

    it('refuses a wrong token', async () => {
      await start();
      const board = await server.createBoard();
      expect((await server.api(`/api/boards/${board.id}/activity`, { headers: bearer('wrong') })).status).toBe(403);
    });
  });

  describe('the rest', () => {
    it('answers /healthz with 200 and /metrics with Prometheus text', async () => {
      await start();
      const health = await server.api('/healthz');
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true });
      const metrics = await server.api('/metrics');
      expect(metrics.headers.get('content-type')).toContain('text/plain');
      const text = await metrics.text();
      for (const name of [
        'partnerboard_connections',
        'partnerboard_boards_loaded',
        'partnerboard_updates_applied_total',
        'partnerboard_update_bytes_total',
        'partnerboard_messages_rejected_total',
        'partnerboard_store_commit_seconds_bucket',
      ]) {
        expect(text).toContain(name);
      }
    });

    it('answers an unknown API route with a 404 JSON error', async () => {
      await start();
      const response = await server.api('/api/nothing-here');
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
      expect((await server.api('/api/boards', { method: 'DELETE' })).status).toBe(404);
    });

    it('sends the security headers with every answer, errors included', async () => {
      await start();
      for (const path of ['/healthz', '/api/nothing-here', '/']) {
        const response = await server.api(path);
        expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
        expect(response.headers.get('content-security-policy')).toMatch(/connect-src 'self';/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
      }
    });

    it('never writes a token to its logs', async () => {
      const logs = new LogCollector();
      await start({}, logs);
      const board = await server.createBoard();
      await server.api(`/api/boards/${board.id}`, { headers: bearer(board.tokens.editor) });
      const rotated = await post(`/api/boards/${board.id}/tokens/editor/rotate`, {}, bearer(board.tokens.facilitator));
      const { token } = (await rotated.json()) as { token: string };
      await refusedUpgrade(syncAddress(server, board.id, board.tokens.editor));
      const client = connectClient(server.syncUrl, board.id, token);
      await client.synced;
      client.destroy();
      expect(logs.lines.length).toBeGreaterThan(3);
      for (const secret of [...Object.values(board.tokens), token]) expect(logs.lines.join('\n')).not.toContain(secret);
    });
  });
});
