import * as z from 'zod/mini';
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

/** 200 answer of `GET /api/boards/:id` (header `Authorization: Bearer <token>`). */
export interface BoardAccessResponse {
  id: string;
  title: string;
  role: Role;
}

/** 200 answer of `POST /api/boards/:id/tokens/:role/rotate` (facilitator token): the new token. */
export interface RotateTokenResponse {
  role: Role;
  token: string;
}

/**
 * One line of the server-attributed activity log: a run of edits by one person, recorded by the
 * server from the connection that sent them (so no client can forge it). `from`..`at` is the
 * time span of the run, `updates` how many document updates it holds, `bytes` their total size.
 */
export interface ActivityEntry {
  from: string;
  at: string;
  name: string;
  organisation: string;
  role: Role;
  updates: number;
  bytes: number;
}

/** 200 answer of `GET /api/boards/:id/activity` (any valid token), newest first. */
export interface ActivityResponse {
  entries: ActivityEntry[];
}

export const apiErrorCodes = [
  'invalid_json',
  'invalid_request',
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Body of every 4xx/5xx answer of the JSON API. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}
