import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, readBoard } from '@partnerboard/board';
import type { CreateBoardResponse, RotateTokenResponse } from '@partnerboard/protocol';
import { generateToken } from '../../src/auth/tokens.ts';
import { emptyStep1Frame, isSyncStep2, noticeIn, syncPayload, updateFrame } from '../frames.ts';
import { connectClient, eventually, rawSocket, startTestServer, syncAddress, type TestServer } from '../support.ts';

const adminKey = 'an-admin-key-for-the-access-matrix';

const who = ['no token', 'a wrong token', 'a link to another board', 'a rotated link', 'a viewer link', 'an editor link', 'a facilitator link'] as const;
type Who = (typeof who)[number];

const operations = [
  'connect',
  'read the board',
  'write to the board',
  'rotate a link',
  'read the share links',
  'create a board',
  'create a board (ADMIN_KEY set)',
  'read the activity log',
  'open the board (GET)',
  'delete the board',
] as const;
type Operation = (typeof operations)[number];

/** What each holder gets for each operation: an HTTP status, or what happened on the socket. */
const expected: Record<Operation, Record<Who, string>> = {
  connect: {
    'no token': 'HTTP 401',
    'a wrong token': 'HTTP 403',
    'a link to another board': 'HTTP 403',
    'a rotated link': 'HTTP 403',
    'a viewer link': 'connected',
    'an editor link': 'connected',
    'a facilitator link': 'connected',
  },
  'read the board': {
    'no token': 'HTTP 401',
    'a wrong token': 'HTTP 403',
    'a link to another board': 'HTTP 403',
    'a rotated link': 'HTTP 403',
    'a viewer link': 'received the board',
    'an editor link': 'received the board',
    'a facilitator link': 'received the board',
  },
  'write to the board': {
    'no token': 'HTTP 401',
    'a wrong token': 'HTTP 403',
    'a link to another board': 'HTTP 403',
    'a rotated link': 'HTTP 403',
    'a viewer link': 'refused: not stored, not shared',
    'an editor link': 'stored and shared',
    'a facilitator link': 'stored and shared',
  },
  'rotate a link': {
    'no token': 'HTTP 401',
    'a wrong token': 'HTTP 403',
    'a link to another board': 'HTTP 403',
    'a rotated link': 'HTTP 403',
    'a viewer link': 'HTTP 403',
    'an editor link': 'HTTP 403',
    'a facilitator link': 'HTTP 200',
  },
  'read the share links': {
    'no token': 'HTTP 401',
    'a wrong token': 'HTTP 403',
    'a link to another board': 'HTTP 403',
    'a rotated link': 'HTTP 403',
    'a viewer link': 'HTTP 403',
    'an editor link': 'HTTP 403',
    'a facilitator link': 'HTTP 200',
  },
  // Without an admin key anyone may create a board (rate limited per address); a board link is no credential for it.
  'create a board': {
    'no token': 'HTTP 201',
    'a wrong token': 'HTTP 201',
    'a link to another board': 'HTTP 201',
    'a rotated link': 'HTTP 201',
    'a viewer link': 'HTTP 201',
    'an editor link': 'HTTP 201',
    'a facilitator link': 'HTTP 201',
  },
  'create a board (ADMIN_KEY set)': {
    'no token': 'HTTP 401',
    'a wrong token': 'HTTP 403',
    'a link to another board': 'HTTP 403',
    'a rotated link': 'HTTP 403',
    'a viewer link': 'HTTP 403',
    'an editor link': 'HTTP 403',
    'a facilitator link': 'HTTP 403',
  },
  'read the activity log': {
    'no token': 'HTTP 401',
    'a wrong token': 'HTTP 403',
    'a link to another board': 'HTTP 403',
    'a rotated link': 'HTTP 403',
    'a viewer link': 'HTTP 200',
    'an editor link': 'HTTP 200',
    'a facilitator link': 'HTTP 200',
  },
  'open the board (GET)': {
    'no token': 'HTTP 401',
    'a wrong token': 'HTTP 403',
    'a link to another board': 'HTTP 403',
    'a rotated link': 'HTTP 403',
    'a viewer link': 'HTTP 200',
    'an editor link': 'HTTP 200',
    'a facilitator link': 'HTTP 200',
  },
  'delete the board': {
    'no token': 'HTTP 401',
    'a wrong token': 'HTTP 403',
    'a link to another board': 'HTTP 403',
    'a rotated link': 'HTTP 403',
    'a viewer link': 'HTTP 403',
    'an editor link': 'HTTP 403',
    'a facilitator link': 'HTTP 204',
  },
};

const boardTitle = 'Team around the child: Sam';

function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { Authorization: `Bearer ${token}` };
}

describe('access matrix: every holder × every operation, over the real API and socket', () => {
  let open: TestServer;
  let locked: TestServer;

  beforeAll(async () => {
    [open, locked] = await Promise.all([startTestServer(), startTestServer({ ADMIN_KEY: adminKey })]);
  });

  afterAll(async () => {
    await Promise.all([open.stop(), locked.stop()]);
  });

  async function newBoard(server: TestServer): Promise<CreateBoardResponse> {
    const response = await server.api('/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...bearer(server === locked ? adminKey : undefined) },
      body: JSON.stringify({ title: boardTitle, template: 'team-around-the-child' }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as CreateBoardResponse;
  }

  /** The token `holder` presents; a rotated link is the facilitator's from before it was replaced. */
  async function tokenOf(holder: Who, server: TestServer, board: CreateBoardResponse): Promise<string | undefined> {
    switch (holder) {
      case 'no token':
        return undefined;
      case 'a wrong token':
        return generateToken();
      case 'a link to another board':
        return (await newBoard(server)).tokens.facilitator;
      case 'a rotated link': {
        const rotated = await server.api(`/api/boards/${board.id}/tokens/facilitator/rotate`, {
          method: 'POST',
          headers: bearer(board.tokens.facilitator),
        });
        expect(((await rotated.json()) as RotateTokenResponse).role).toBe('facilitator');
        return board.tokens.facilitator;
      }
      case 'a viewer link':
        return board.tokens.viewer;
      case 'an editor link':
        return board.tokens.editor;
      case 'a facilitator link':
        return board.tokens.facilitator;
    }
  }

  /** Opens a socket; `refused` is the HTTP status when the upgrade is refused. */
  async function connect(server: TestServer, boardId: string, token: string | undefined, extra = '') {
    const socket = rawSocket(`${syncAddress(server, boardId, token)}${extra}`);
    const refusal = new Promise<string>((resolve) =>
      socket.socket.once('unexpected-response', (request, response) => {
        resolve(`HTTP ${response.statusCode}`);
        request.destroy();
      }),
    );
    const refused = await Promise.race([socket.opened.then(() => null), refusal]);
    return { socket, refused };
  }

  const perform: Record<Operation, (server: TestServer, board: CreateBoardResponse, token: string | undefined) => Promise<string>> = {
    async connect(server, board, token) {
      const { socket, refused } = await connect(server, board.id, token);
      socket.socket.close();
      return refused ?? 'connected';
    },

    async 'read the board'(server, board, token) {
      const { socket, refused } = await connect(server, board.id, token);
      if (refused) return refused;
      const answer = socket.nextFrameWhere(isSyncStep2);
      socket.socket.send(emptyStep1Frame());
      const doc = new Y.Doc();
      Y.applyUpdate(doc, syncPayload(await answer));
      socket.socket.close();
      return readBoard(doc).meta.title === boardTitle ? 'received the board' : 'received something else';
    },

    async 'write to the board'(server, board, token) {
      const { socket, refused } = await connect(server, board.id, token, '&ext=1');
      if (refused) return refused;
      const watcher = connectClient(server.syncUrl, board.id, board.tokens.viewer);
      await watcher.synced;
      const whole = socket.nextFrameWhere(isSyncStep2);
      socket.socket.send(emptyStep1Frame());
      const doc = new Y.Doc();
      Y.applyUpdate(doc, syncPayload(await whole));
      const before = Y.encodeStateVector(doc);
      const goal = createGoal(doc, { title: 'Written through the socket' });
      const answer = Promise.race([
        socket.nextFrameWhere((frame) => noticeIn(frame)?.kind === 'write-refused').then(() => 'refused'),
        eventually(watcher.doc, (seen) => readBoard(seen).goals.some((g) => g.id === goal)).then(() => 'shared'),
      ]);
      socket.socket.send(updateFrame(Y.encodeStateAsUpdate(doc, before)));
      const outcome = await answer;
      watcher.destroy();
      socket.socket.close();
      if (outcome === 'shared') return 'stored and shared';
      // The refusal was decided before the notice was sent: the board as the server holds it now tells.
      const reader = await connect(server, board.id, board.tokens.viewer);
      const now = reader.socket.nextFrameWhere(isSyncStep2);
      reader.socket.socket.send(emptyStep1Frame());
      const held = new Y.Doc();
      Y.applyUpdate(held, syncPayload(await now));
      reader.socket.socket.close();
      return readBoard(held).goals.some((g) => g.id === goal) ? 'refused, but applied anyway' : 'refused: not stored, not shared';
    },

    async 'rotate a link'(server, board, token) {
      const response = await server.api(`/api/boards/${board.id}/tokens/viewer/rotate`, { method: 'POST', headers: bearer(token) });
      return `HTTP ${response.status}`;
    },

    async 'read the share links'(server, board, token) {
      return `HTTP ${(await server.api(`/api/boards/${board.id}/tokens`, { headers: bearer(token) })).status}`;
    },

    async 'create a board'(server, _board, token) {
      const response = await server.api('/api/boards', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...bearer(token) },
        body: JSON.stringify({ title: 'Another plan' }),
      });
      return `HTTP ${response.status}`;
    },

    async 'create a board (ADMIN_KEY set)'(server, board, token) {
      return perform['create a board'](server, board, token);
    },

    async 'read the activity log'(server, board, token) {
      return `HTTP ${(await server.api(`/api/boards/${board.id}/activity`, { headers: bearer(token) })).status}`;
    },

    async 'open the board (GET)'(server, board, token) {
      return `HTTP ${(await server.api(`/api/boards/${board.id}`, { headers: bearer(token) })).status}`;
    },

    async 'delete the board'(server, board, token) {
      return `HTTP ${(await server.api(`/api/boards/${board.id}`, { method: 'DELETE', headers: bearer(token) })).status}`;
    },
  };

  describe.each(operations)('%s', (operation) => {
    it.each(who.map((holder) => [holder, expected[operation][holder]] as const))('with %s: %s', async (holder) => {
      const server = operation === 'create a board (ADMIN_KEY set)' ? locked : open;
      const board = await newBoard(server);
      const token = await tokenOf(holder, server, board);
      expect(await perform[operation](server, board, token)).toBe(expected[operation][holder]);
    });
  });

  it('lets the admin key holder create a board when ADMIN_KEY is set', async () => {
    const response = await locked.api('/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...bearer(adminKey) },
      body: JSON.stringify({ title: 'Another plan' }),
    });
    expect(response.status).toBe(201);
  });

  it('answers /healthz to anyone and /metrics to the holder of the metrics token, with nothing of any board in them', async () => {
    const board = await newBoard(open);
    const health = await open.api('/healthz');
    expect(health.status).toBe(200);
    expect((await fetch(`${open.url}/metrics`)).status).toBe(401);
    const metrics = await open.api('/metrics');
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    for (const secret of [board.id, ...Object.values(board.tokens), boardTitle]) expect(text).not.toContain(secret);
  });
});
