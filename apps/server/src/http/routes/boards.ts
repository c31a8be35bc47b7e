import type { IncomingMessage, ServerResponse } from 'node:http';
import type Router from 'find-my-way';
import { isBoardError } from '@partnerboard/board';
import {
  createBoardRequestSchema,
  roles,
  type ActivityResponse,
  type BoardAccessResponse,
  type CurrentTokensResponse,
  type LinkIdentity,
  type Role,
  type RotateTokenResponse,
} from '@partnerboard/protocol';
import { refusalMessage, type BoardAccess } from '../../auth/BoardAccess.ts';
import { bearerToken } from '../../auth/tokens.ts';
import { createBoard, UnknownTemplateError } from '../../boards/createBoard.ts';
import { currentTokens, replaceLink } from '../../boards/shareLinks.ts';
import type { Config } from '../../config.ts';
import type { RateLimitByKey } from '../../limits/RateLimitByKey.ts';
import type { Logger } from '../../logger.ts';
import type { Metrics } from '../../metrics.ts';
import type { BoardStore } from '../../storage/BoardStore.ts';
import type { Rooms } from '../../sync/Rooms.ts';
import type { SyncEndpoint } from '../../sync/SyncEndpoint.ts';
import { readJsonBody } from '../readJsonBody.ts';
import { creationGate } from './creationGate.ts';
import { grantOf } from './requestAccess.ts';
import { ApiError, sendJson, sendNoContent } from '../responses.ts';

export interface BoardRoutesOptions {
  config: Config;
  store: BoardStore;
  access: BoardAccess;
  sync: SyncEndpoint;
  /** Keeps a board just created in memory, ready for its creator to open. */
  rooms: Rooms;
  createLimit: RateLimitByKey;
  log: Logger;
  metrics: Metrics;
}

export interface Route {
  method: Router.HTTPMethod;
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse, params: Record<string, string | undefined>) => Promise<void>;
}

const activityLimit = { fallback: 100, max: 500 };

function isRole(value: string | undefined): value is Role {
  return (roles as readonly (string | undefined)[]).includes(value);
}

/** The JSON API for boards: create, open (check a link), show and rotate the share links, read the activity log, delete. */
export function boardRoutes(options: BoardRoutesOptions): Route[] {
  const { config, store, access, sync, rooms, createLimit, log, metrics } = options;
  const passCreationGate = creationGate(config.adminKey, createLimit);

  /** The role the request's bearer token grants on the board, or an ApiError. */
  async function roleOf(req: IncomingMessage, boardId: string): Promise<Role> {
    return (await grantOf(access, req, boardId)).role;
  }

  return [
    {
      method: 'POST',
      path: '/api/boards',
      handler: async (req, res) => {
        passCreationGate(req);
        const parsed = createBoardRequestSchema.safeParse(await readJsonBody(req, config.maxBodyBytes));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const field = issue?.path.join('.') || 'body';
          throw new ApiError(400, 'invalid_request', `${field}: ${issue?.message ?? 'invalid'}`);
        }
        try {
          const created = await createBoard(store, parsed.data, { keep: (boardId, doc, encoded) => rooms.adopt(boardId, doc, encoded) });
          metrics.boardsCreated.add();
          log.info({ event: 'board-created', boardId: created.id, template: parsed.data.template ?? 'blank' }, 'board created');
          sendJson(res, 201, created);
        } catch (error) {
          if (error instanceof UnknownTemplateError || isBoardError(error)) {
            throw new ApiError(400, 'invalid_request', error.message);
          }
          throw error;
        }
      },
    },
    {
      method: 'GET',
      path: '/api/boards/:id',
      handler: async (req, res, params) => {
        const id = params.id ?? '';
        const { role, link } = await grantOf(access, req, id);
        const board = await store.getBoard(id);
        if (!board) throw new ApiError(404, 'not_found', refusalMessage.unknown_board);
        const identity: LinkIdentity = link ? { kind: 'personal', ...link } : { kind: 'shared' };
        const body: BoardAccessResponse = { id, title: board.title, role, identity };
        sendJson(res, 200, body);
      },
    },
    {
      method: 'POST',
      path: '/api/boards/:id/tokens/:role/rotate',
      handler: async (req, res, params) => {
        const id = params.id ?? '';
        const role = params.role;
        if ((await roleOf(req, id)) !== 'facilitator') {
          throw new ApiError(403, 'forbidden', 'Only a facilitator link can replace links.');
        }
        if (!isRole(role)) throw new ApiError(404, 'not_found', `There is no "${role}" link; links are ${roles.join(', ')}.`);
        // roleOf checked it: the request's token is the facilitator's.
        const token = await replaceLink(store, id, role, bearerToken(req.headers.authorization) ?? '');
        const closed = sync.revokeRole(id, role);
        log.info({ event: 'token-rotated', boardId: id, role, closedConnections: closed }, 'link replaced');
        const body: RotateTokenResponse = { role, token };
        sendJson(res, 200, body);
      },
    },
    {
      method: 'GET',
      path: '/api/boards/:id/tokens',
      handler: async (req, res, params) => {
        const id = params.id ?? '';
        if ((await roleOf(req, id)) !== 'facilitator') {
          throw new ApiError(403, 'forbidden', 'Only a facilitator link can see the other links.');
        }
        const tokens = await currentTokens(store, id, bearerToken(req.headers.authorization) ?? '');
        if (!tokens) throw new ApiError(404, 'not_found', refusalMessage.unknown_board);
        const body: CurrentTokensResponse = { tokens };
        sendJson(res, 200, body);
      },
    },
    {
      method: 'GET',
      path: '/api/boards/:id/activity',
      handler: async (req, res, params) => {
        const id = params.id ?? '';
        await roleOf(req, id);
        const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
        const asked = Number(query.get('limit') ?? activityLimit.fallback);
        const limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, activityLimit.max) : activityLimit.fallback;
        // An empty filter is no filter: the panel sends what its pickers hold.
        const partner = query.get('partner') || undefined;
        const person = query.get('person') || undefined;
        const [entries, lines] = await Promise.all([store.activity(id, limit), store.activityLines(id, { limit, partner, person })]);
        const body: ActivityResponse = { entries, lines };
        sendJson(res, 200, body);
      },
    },
    {
      method: 'DELETE',
      path: '/api/boards/:id',
      handler: async (req, res, params) => {
        const id = params.id ?? '';
        if ((await roleOf(req, id)) !== 'facilitator') {
          throw new ApiError(403, 'forbidden', 'Only a facilitator link can delete the board.');
        }
        const closed = await rooms.deleteBoard(id);
        // Deleted meanwhile by another request.
        if (closed === null) throw new ApiError(404, 'not_found', refusalMessage.unknown_board);
        log.info({ event: 'board-deleted', boardId: id, closedConnections: closed }, 'board deleted');
        sendNoContent(res);
      },
    },
  ];
}
