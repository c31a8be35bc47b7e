import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  createPersonalLinkRequestSchema,
  maxPersonalLinksPerBoard,
  type CreatePersonalLinkResponse,
  type PersonalLinkSummary,
  type PersonalLinksResponse,
  type WithdrawPersonalLinkResponse,
} from '@partnerboard/protocol';
import type { BoardAccess } from '../../auth/BoardAccess.ts';
import { generateToken, hashToken } from '../../auth/tokens.ts';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { TooManyPersonalLinksError, type BoardStore, type PersonalLink } from '../../storage/BoardStore.ts';
import type { SyncEndpoint } from '../../sync/SyncEndpoint.ts';
import { readJsonBody } from '../readJsonBody.ts';
import { ApiError, sendJson } from '../responses.ts';
import type { Route } from './boards.ts';
import { grantOf } from './requestAccess.ts';

export interface LinkRoutesOptions {
  config: Config;
  store: BoardStore;
  access: BoardAccess;
  sync: SyncEndpoint;
  log: Logger;
}

/** A personal link's id: 96 random bits, url-safe (ids are not secret, tokens are). */
function generateLinkId(): string {
  return randomBytes(12).toString('base64url');
}

function summary({ id, role, name, organisation, personId, createdAt, createdBy, revokedAt }: PersonalLink): PersonalLinkSummary {
  return { id, role, name, organisation, personId, createdAt, createdBy, revokedAt };
}

/** The JSON API for personal links, all for the facilitator only: make one, list them, withdraw one. */
export function linkRoutes({ config, store, access, sync, log }: LinkRoutesOptions): Route[] {
  async function mustBeFacilitator(req: IncomingMessage, boardId: string): Promise<void> {
    const { role } = await grantOf(access, req, boardId);
    if (role !== 'facilitator') throw new ApiError(403, 'forbidden', 'Only a facilitator link can make or withdraw personal links.');
  }

  return [
    {
      method: 'POST',
      path: '/api/boards/:id/links',
      handler: async (req, res, params) => {
        const boardId = params.id ?? '';
        await mustBeFacilitator(req, boardId);
        const parsed = createPersonalLinkRequestSchema.safeParse(await readJsonBody(req, config.maxBodyBytes));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const field = issue?.path.join('.') || 'body';
          throw new ApiError(400, 'invalid_request', `${field}: ${issue?.message ?? 'invalid'}`);
        }
        const { role, name, organisation = '', personId = null, createdBy = '' } = parsed.data;
        const token = generateToken();
        const link = {
          id: generateLinkId(),
          boardId,
          role,
          name,
          organisation,
          personId,
          createdAt: new Date().toISOString(),
          createdBy: createdBy || 'A facilitator',
        };
        try {
          await store.createPersonalLink({ ...link, tokenHash: hashToken(token) }, maxPersonalLinksPerBoard);
        } catch (error) {
          if (!(error instanceof TooManyPersonalLinksError)) throw error;
          throw new ApiError(
            409,
            'conflict',
            `This board already has ${maxPersonalLinksPerBoard} personal links, the most it can hold; withdrawn links count too.`,
          );
        }
        log.info({ event: 'personal-link-created', boardId, linkId: link.id, role }, 'personal link made');
        const body: CreatePersonalLinkResponse = { id: link.id, token, role, name, organisation, personId, createdAt: link.createdAt };
        sendJson(res, 201, body);
      },
    },
    {
      method: 'GET',
      path: '/api/boards/:id/links',
      handler: async (req, res, params) => {
        const boardId = params.id ?? '';
        await mustBeFacilitator(req, boardId);
        const body: PersonalLinksResponse = { links: (await store.personalLinks(boardId)).map(summary) };
        sendJson(res, 200, body);
      },
    },
    {
      method: 'DELETE',
      path: '/api/boards/:id/links/:linkId',
      handler: async (req, res, params) => {
        const boardId = params.id ?? '';
        await mustBeFacilitator(req, boardId);
        const linkId = params.linkId ?? '';
        const withdrawn = await store.withdrawPersonalLink(boardId, linkId, new Date().toISOString());
        if (!withdrawn?.revokedAt) throw new ApiError(404, 'not_found', 'This board has no personal link with that id.');
        const closed = sync.revokeLink(boardId, linkId);
        log.info({ event: 'personal-link-withdrawn', boardId, linkId, closedConnections: closed }, 'personal link withdrawn');
        const body: WithdrawPersonalLinkResponse = { id: linkId, revokedAt: withdrawn.revokedAt };
        sendJson(res, 200, body);
      },
    },
  ];
}
