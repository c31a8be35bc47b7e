import * as z from 'zod/mini';
import type { ActivityLine } from './activity';
import type { Role } from './roles';

/** Path prefix of the sync endpoint: `ws://HOST:PORT/sync/<boardId>?token=...&name=...&org=...&ext=1`. */
export const syncPath = '/sync';

/**
 * Lengths the server enforces: longer display names and organisations (connection parameters)
 * are cut, a longer title or purpose is refused. They match the board package's limits.
 */
export const limits = {
  title: 200,
  purpose: 20_000,
  displayName: 120,
  organisation: 120,
} as const;

/** Board ids are url-safe random strings. */
export const boardIdPattern = /^[A-Za-z0-9_-]{8,64}$/;

/** Body of `POST /api/boards`. `template` must be one of the board package's `templateNames`. */
export const createBoardRequestSchema = z.object(
  {
    title: z
      .string({ error: 'must be text' })
      .check(z.trim(), z.minLength(1, 'Give the board a title'), z.maxLength(limits.title, `must be ${limits.title} characters or fewer`)),
    purpose: z.optional(
      z.string({ error: 'must be text' }).check(z.trim(), z.maxLength(limits.purpose, `must be ${limits.purpose} characters or fewer`)),
    ),
    template: z.optional(z.string({ error: 'must be the name of a template' })),
  },
  { error: 'send a JSON object with a title' },
);
export type CreateBoardRequest = z.input<typeof createBoardRequestSchema>;

/** 201 answer of `POST /api/boards`: the board id and one capability token per role. */
export interface CreateBoardResponse {
  id: string;
  tokens: Record<Role, string>;
}

/**
 * Who the link proves its holder to be: on a personal link the named person the facilitator made it
 * for; on a shared role link nobody in particular (names are self-declared).
 */
export type LinkIdentity =
  | { kind: 'personal'; linkId: string; name: string; organisation: string; personId: string | null }
  | { kind: 'shared' };

/** 200 answer of `GET /api/boards/:id` (header `Authorization: Bearer <token>`). */
export interface BoardAccessResponse {
  id: string;
  title: string;
  role: Role;
  identity: LinkIdentity;
}

/** Roles a personal link can grant: the facilitator's link stays shared. */
export const personalLinkRoles = ['editor', 'viewer'] as const;
export type PersonalLinkRole = (typeof personalLinkRoles)[number];

/** How many personal links (withdrawn ones included) one board may hold. */
export const maxPersonalLinksPerBoard = 500;

/** Text a person reads on one line (a name, a label): no control characters, at most `max` characters, trimmed. */
export function oneLineText(max: number) {
  return z
    .string({ error: 'must be text' })
    .check(
      z.trim(),
      z.maxLength(max, `must be ${max} characters or fewer`),
      z.refine((value) => !/\p{Cc}/u.test(value), 'must be plain text on one line'),
    );
}

/** Body of `POST /api/boards/:id/links` (facilitator token): a personal link for one named person. */
export const createPersonalLinkRequestSchema = z.object(
  {
    role: z.enum(personalLinkRoles, { error: 'must be "editor" or "viewer"' }),
    name: oneLineText(limits.displayName).check(z.minLength(1, 'Give the name of the person the link is for')),
    organisation: z.optional(oneLineText(limits.organisation)),
    personId: z.optional(
      z.nullable(z.string({ error: 'must be the id of a person on the board' }).check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be the id of a person on the board'))),
    ),
    /** The facilitator's own name as they gave it, recorded as who made the link. */
    createdBy: z.optional(oneLineText(limits.displayName)),
  },
  { error: 'send a JSON object with a role and a name' },
);
export type CreatePersonalLinkRequest = z.input<typeof createPersonalLinkRequestSchema>;

/** A personal link as the facilitator sees it in the list (never its token). */
export interface PersonalLinkSummary {
  id: string;
  role: PersonalLinkRole;
  name: string;
  organisation: string;
  personId: string | null;
  createdAt: string;
  createdBy: string;
  /** When it was withdrawn, or null while it works. */
  revokedAt: string | null;
}

/** 201 answer of `POST /api/boards/:id/links`: the token is shown this once. */
export interface CreatePersonalLinkResponse {
  id: string;
  token: string;
  role: PersonalLinkRole;
  name: string;
  organisation: string;
  personId: string | null;
  createdAt: string;
}

/** 200 answer of `GET /api/boards/:id/links` (facilitator token), oldest first. */
export interface PersonalLinksResponse {
  links: PersonalLinkSummary[];
}

/** 200 answer of `DELETE /api/boards/:id/links/:linkId` (facilitator token). */
export interface WithdrawPersonalLinkResponse {
  id: string;
  revokedAt: string;
}

/** 200 answer of `POST /api/boards/:id/tokens/:role/rotate` (facilitator token): the new token. */
export interface RotateTokenResponse {
  role: Role;
  token: string;
}

/**
 * 200 answer of `GET /api/boards/:id/tokens` (facilitator token): the current token of each shared
 * role link. Null for a link the server cannot show: one made before links could be shown on every
 * device, until it is replaced.
 */
export interface CurrentTokensResponse {
  tokens: { facilitator: string; editor: string | null; viewer: string | null };
}

/**
 * One line of the server-attributed activity log: a run of edits by one person, recorded by the
 * server from the connection that sent them. `from`..`at` is the time span of the run, `updates`
 * how many document updates it holds, `bytes` their total size. On a personal link (`linkId`) the
 * name and organisation are the link's; on a shared role link they are what the client said
 * (`selfDeclared`).
 */
export interface ActivityEntry {
  from: string;
  at: string;
  name: string;
  organisation: string;
  role: Role;
  linkId: string | null;
  selfDeclared: boolean;
  updates: number;
  bytes: number;
}

/** 200 answer of `GET /api/boards/:id/activity` (any valid token), newest first. */
export interface ActivityResponse {
  entries: ActivityEntry[];
  /** The board's activity in words, newest first, narrowed by `partner` (organisation) and `person` (name) when asked. */
  lines: ActivityLine[];
}

export const apiErrorCodes = [
  'invalid_json',
  'invalid_request',
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  'forbidden',
  'link_withdrawn',
  'not_found',
  'conflict',
  'rate_limited',
  'internal',
  'unavailable',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Body of every 4xx/5xx answer of the JSON API. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}
