import { request as httpRequest } from 'node:http';
import { connect as tcpConnect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { messageAwareness, messageQueryAwareness, tokenSubprotocol, type CreateBoardResponse } from '@partnerboard/protocol';
import { createLogger } from '../../src/logger.ts';
import { messageType } from '../frames.ts';
import { connectClient, LogCollector, rawSocket, refusedUpgrade, startTestServer, testMetricsToken, type RawSocket, type TestServer } from '../support.ts';

/** A TCP socket to the server, open (the kernel accepted it; the server may still destroy it). */
async function tcpSocket(port: number): Promise<Socket> {
  const socket = tcpConnect(port, '127.0.0.1');
  socket.on('error', () => {});
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

/** Sends one keep-alive GET on `socket`; resolves with the status line, or null when the server closed the socket instead of answering. */
function getOn(socket: Socket, path: string): Promise<string | null> {
  return new Promise((resolve) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (!received.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(received.slice(0, received.indexOf('\r\n')));
    };
    const onClose = () => resolve(null);
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
  });
}

/** Resolves once the server has closed `socket` (what it sends is read and dropped, or its end would never be seen). */
function closed(socket: Socket): Promise<void> {
  socket.resume();
  return new Promise((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));
}

/** GET over a connection of its own, closed after the answer (fetch would keep one open for reuse). */
function getOnce(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const isPresence = (frame: Uint8Array) => messageType(frame) === messageAwareness;

/** Whether the server still answers on a sync socket (a presence query is answered by the server alone). */
async function answers(socket: RawSocket): Promise<boolean> {
  const answer = socket.nextFrameWhere(isPresence);
  socket.socket.send(Uint8Array.of(messageQueryAwareness));
  await answer;
  return true;
}

describe('HTTP limits', () => {
  let server: TestServer | null = null;
  const cleanups: (() => void)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    await server?.stop();
    server = null;
  });

  describe('timeouts', () => {
    it('closes a socket that connects and sends nothing after HEADERS_TIMEOUT_MS', async () => {
      server = await startTestServer({ HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '2000' });
      const silent = await tcpSocket(server.port);
      cleanups.push(() => silent.destroy());
      // Nothing is sent: the server must end it itself (the test times out otherwise).
      await closed(silent);
      expect((await server.api('/healthz')).status).toBe(200);
    });

    it('answers 408 to a client whose headers never finish, then closes it', async () => {
      server = await startTestServer({ HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '2000' });
      const slow = await tcpSocket(server.port);
      cleanups.push(() => slow.destroy());
      let received = '';
      slow.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      slow.write('GET /sync/abcdefgh123 HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n');
      await closed(slow);
      expect(received).toMatch(/^HTTP\/1\.1 408/);
    });

    it('never applies them to an open WebSocket, however long it stays', async () => {
      server = await startTestServer({ HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '1000' });
      const board = await server.createBoard();
      const sync = rawSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.editor}&name=Ann`);
      cleanups.push(() => sync.socket.terminate());
      await sync.opened;
      // Opened after the WebSocket: once the server has timed this one out, the WebSocket is older than any timeout.
      const slow = await tcpSocket(server.port);
      cleanups.push(() => slow.destroy());
      slow.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
      await closed(slow);
      expect(await answers(sync)).toBe(true);
    });

    it('closes an idle keep-alive connection after KEEP_ALIVE_TIMEOUT_MS', async () => {
      server = await startTestServer({ KEEP_ALIVE_TIMEOUT_MS: '1000' });
      const idle = await tcpSocket(server.port);
      cleanups.push(() => idle.destroy());
      expect(await getOn(idle, '/healthz')).toBe('HTTP/1.1 200 OK');
      await closed(idle);
    });
  });

  describe('connections per address', () => {
    it('refuses sockets past MAX_CONNECTIONS_PER_ADDRESS at once, keeps the others working, and takes new ones once some close', async () => {
      server = await startTestServer({ MAX_CONNECTIONS_PER_ADDRESS: '3', KEEP_ALIVE_TIMEOUT_MS: '1000' });
      const board = await server.createBoard();
      const address = `${server.syncUrl}/${board.id}?token=${board.tokens.editor}&name=Ann`;
      // fetch keeps its connection for reuse: the first request's socket is one of the three.
      const held: Socket[] = [];
      const first = rawSocket(address);
      const second = rawSocket(address);
      await Promise.all([first.opened, second.opened]);
      cleanups.push(() => first.socket.terminate(), () => second.socket.terminate());
      // Whatever fetch still holds closes on its keep-alive timeout; until then it may count, so the third is polled for.
      await expect
        .poll(async () => {
          const socket = await tcpSocket(server!.port);
          const status = await getOn(socket, '/healthz');
          if (status) held.push(socket);
          else socket.destroy();
          return status;
        }, { timeout: 15_000 })
        .toBe('HTTP/1.1 200 OK');
      cleanups.push(() => held.forEach((socket) => socket.destroy()));

      const excess = await tcpSocket(server.port);
      expect(await getOn(excess, '/healthz')).toBeNull();
      const excessSync = new WebSocket(address);
      const refusedSync = new Promise<void>((resolve) => excessSync.once('error', () => resolve()));
      await refusedSync;

      expect(await answers(first)).toBe(true);
      expect(await answers(second)).toBe(true);
      expect(await getOn(held[0] as Socket, '/healthz')).toBe('HTTP/1.1 200 OK');

      second.socket.terminate();
      await second.closed;
      // The server sees the close a moment after the client does.
      await expect.poll(async () => {
        const socket = await tcpSocket(server!.port);
        const status = await getOn(socket, '/healthz');
        socket.destroy();
        return status;
      }).toBe('HTTP/1.1 200 OK');
      first.socket.terminate();
      for (const socket of held) socket.destroy();
      await first.closed;
      await expect.poll(async () => (await getOnce(server!.port, '/metrics', { Authorization: `Bearer ${testMetricsToken}` }).catch(() => ({ body: '' }))).body).toMatch(
        /partnerboard_connections_refused_total\{reason="too_many_from_address"\} [1-9]/,
      );
    });
  });

  describe('JSON bodies', () => {
    const title = JSON.stringify({ title: 'Plan made by a form on another site' });

    it.each([
      ['text/plain', title],
      ['application/x-www-form-urlencoded', `title=${encodeURIComponent('Plan')}`],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nPlan\r\n--x--\r\n`],
    ])('answers 415 to a %s body and creates nothing', async (contentType, body) => {
      server = await startTestServer();
      const response = await server.api('/api/boards', { method: 'POST', headers: { 'Content-Type': contentType }, body });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({
        error: { code: 'unsupported_media_type', message: 'Send the request body as JSON, with the header Content-Type: application/json.' },
      });
      const metrics = await (await server.api('/metrics')).text();
      expect(metrics).toMatch(/^partnerboard_boards_created_total 0$/m);
    });

    it('answers 415 to a body without a Content-Type', async () => {
      server = await startTestServer();
      const response = await server.api('/api/boards', { method: 'POST', body: new Blob([title]) });
      expect(response.status).toBe(415);
    });

    it('takes application/json with a charset', async () => {
      server = await startTestServer();
      const response = await server.api('/api/boards', { method: 'POST', headers: { 'Content-Type': 'Application/JSON; charset=utf-8' }, body: title });
      expect(response.status).toBe(201);
    });
  });

  describe('malformed addresses', () => {
    it('answers 400 to a sync address whose escapes are not UTF-8, and logs no error', async () => {
      const logs = new LogCollector();
      server = await startTestServer({}, { logger: createLogger('debug', logs) });
      const refused = await refusedUpgrade(`${server.syncUrl}/%E0%A4%A?token=x`);
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'invalid_request' } });
      expect(logs.count((entry) => entry.level >= 50)).toBe(0);
    });

    it.each(['/api/boards/%E0%A4%A', '/api/boards/%E0%A4%A/activity', '/b/%E0%A4%A/board', '/assets/%E0%A4%A.js'])(
      'answers %s with 400 or 404, never 5xx, and logs no error',
      async (path) => {
        const logs = new LogCollector();
        server = await startTestServer({}, { logger: createLogger('debug', logs) });
        const response = await server.api(path, { headers: { Authorization: 'Bearer x' } });
        expect([400, 404]).toContain(response.status);
        expect(logs.count((entry) => entry.level >= 50)).toBe(0);
      },
    );

    it('answers 400 to an API path whose escapes are not UTF-8', async () => {
      server = await startTestServer();
      const response = await server.api('/api/boards/%E0%A4%A', { headers: { Authorization: 'Bearer x' } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } });
    });
  });

  describe('/metrics', () => {
    it('is not served to anyone by default', async () => {
      server = await startTestServer({ METRICS_TOKEN: '' });
      const response = await server.api('/metrics');
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('partnerboard_');
    });

    it('needs METRICS_TOKEN as a bearer token when one is set', async () => {
      server = await startTestServer({ METRICS_TOKEN: 'a-long-metrics-token' });
      const base = `http://127.0.0.1:${server.port}/metrics`;
      expect((await fetch(base)).status).toBe(401);
      expect((await fetch(base, { headers: { Authorization: 'Bearer not-the-metrics-token' } })).status).toBe(403);
      const allowed = await fetch(base, { headers: { Authorization: 'Bearer a-long-metrics-token' } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('partnerboard_connections ');
    });

    it('is served on its own listener with METRICS_PORT, and not on the main port', async () => {
      server = await startTestServer({ METRICS_TOKEN: '', METRICS_PORT: '0' });
      expect(server.metricsPort).not.toBeNull();
      expect((await server.api('/metrics')).status).toBe(404);
      const own = await fetch(`http://127.0.0.1:${server.metricsPort}/metrics`);
      expect(own.status).toBe(200);
      expect(await own.text()).toContain('partnerboard_boards_loaded ');
      expect((await fetch(`http://127.0.0.1:${server.metricsPort}/api/boards`)).status).toBe(404);
    });
  });

  describe('the sync token', () => {
    let board: CreateBoardResponse;

    async function openBoard(): Promise<string> {
      server = await startTestServer();
      board = await server.createBoard();
      return `${server.syncUrl}/${board.id}?name=Ann`;
    }

    async function opened(socket: WebSocket): Promise<void> {
      cleanups.push(() => socket.terminate());
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
    }

    it('is taken from an Authorization: Bearer header', async () => {
      const address = await openBoard();
      const socket = new WebSocket(address, { headers: { Authorization: `Bearer ${board.tokens.editor}` } });
      await opened(socket);
      expect((await refusedUpgrade(`${address}&token=wrong`)).status).toBe(403);
    });

    it('refuses a wrong token in the header', async () => {
      const address = await openBoard();
      const socket = new WebSocket(address, { headers: { Authorization: 'Bearer wrong' } });
      socket.on('error', () => {});
      const status = await new Promise<number>((resolve) => socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)));
      socket.terminate();
      expect(status).toBe(403);
    });

    it('is taken from a partnerboard.token subprotocol, which the server answers with', async () => {
      const address = await openBoard();
      const protocol = tokenSubprotocol(board.tokens.viewer);
      const socket = new WebSocket(address, [protocol]);
      await opened(socket);
      expect(socket.protocol).toBe(protocol);
    });

    it('refuses a wrong token in the subprotocol', async () => {
      const address = await openBoard();
      const socket = new WebSocket(address, [tokenSubprotocol('wrong')]);
      socket.on('error', () => {});
      const status = await new Promise<number>((resolve) => socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)));
      socket.terminate();
      expect(status).toBe(403);
    });

    it('is still taken from the query string, for the stock y-websocket client', async () => {
      await openBoard();
      const client = connectClient(server!.syncUrl, board.id, board.tokens.editor);
      cleanups.push(() => client.destroy());
      await client.synced;
    });
  });
});
