import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { readBoard } from '@partnerboard/board';
import {
  createSnapshotRequestSchema,
  maxSnapshotsPerBoard,
  type SnapshotBoardResponse,
  type SnapshotSummary,
  type SnapshotsResponse,
} from '@partnerboard/protocol';
import { refusalMessage, type BoardAccess } from '../../auth/BoardAccess.ts';
import type { Config } from '../../config.ts';
import { RateLimitByKey } from '../../limits/RateLimitByKey.ts';
import type { Logger } from '../../logger.ts';
import { TooManyNamedSnapshotsError, type BoardStore, type NamedSnapshotSummary } from '../../storage/BoardStore.ts';
import type { Rooms } from '../../sync/Rooms.ts';
import { readJsonBody } from '../readJsonBody.ts';
import { ApiError, sendJson } from '../responses.ts';
import type { Route } from './boards.ts';
import { grantOf } from './requestAccess.ts';

export interface SnapshotRoutesOptions {
  config: Config;
  store: BoardStore;
  access: BoardAccess;
  /** Where the board's committed document is read from: its room when loaded, else the store. */
  rooms: Rooms;
  log: Logger;
}

// A review is held every few weeks: a burst of 10 per board, then one every 6 seconds, is far above that.
const snapshotBurst = 10;
const snapshotsPerSecond = 1 / 6;

const noSuchSnapshot = 'This board has no snapshot with that id: it may have been deleted.';

function summary({ id, name, takenBy, takenAt, bytes }: NamedSnapshotSummary): SnapshotSummary {
  return { id, label: name, takenBy, takenAt, bytes };
}

function whoWith(name: string, organisation: string | undefined): string {
  return organisation ? `${name}, ${organisation}` : name;
}

/**
 * The JSON API for review snapshots: take one of the board as it is now (editor or facilitator),
 * list them, and read one back as the board looked then (any role).
 */
export function snapshotRoutes({ config, store, access, rooms, log }: SnapshotRoutesOptions): Route[] {
  const limit = new RateLimitByKey(snapshotBurst, snapshotsPerSecond);

  return [
    {
      method: 'POST',
      path: '/api/boards/:id/snapshots',
      handler: async (req, res, params) => {
        const boardId = params.id ?? '';
        const { role, link } = await grantOf(access, req, boardId);
        if (role === 'viewer') throw new ApiError(403, 'forbidden', 'A view-only link cannot take snapshots of the board.');
        const allowed = limit.take(boardId);
        if (!allowed.allowed) {
          throw new ApiError(429, 'rate_limited', 'Too many snapshots of this board just now; try again in a minute.', {
            'Retry-After': String(allowed.retryAfterSeconds),
          });
        }
        const parsed = createSnapshotRequestSchema.safeParse(await readJsonBody(req, config.maxBodyBytes));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const field = issue?.path.join('.') || 'body';
          throw new ApiError(400, 'invalid_request', `${field}: ${issue?.message ?? 'invalid'}`);
        }
        const { label, takenBy } = parsed.data;
        // A personal link proves who holds it; a shared link's holder names themselves.
        const who = link ? whoWith(link.name, link.organisation) : takenBy?.name ? whoWith(takenBy.name, takenBy.organisation) : null;
        if (!who) throw new ApiError(400, 'invalid_request', 'takenBy.name: say who is taking the snapshot');
        const state = await rooms.encodedBoard(boardId);
        if (!state) throw new ApiError(404, 'not_found', refusalMessage.unknown_board);
        const snapshot = { id: randomBytes(12).toString('base64url'), boardId, name: label, takenBy: who, takenAt: new Date().toISOString(), state };
        try {
          await store.saveNamedSnapshot(snapshot, maxSnapshotsPerBoard);
        } catch (error) {
          if (!(error instanceof TooManyNamedSnapshotsError)) throw error;
          throw new ApiError(409, 'conflict', `This board already keeps ${maxSnapshotsPerBoard} snapshots, the most it can hold.`);
        }
        log.info({ event: 'snapshot-taken', boardId, snapshotId: snapshot.id, bytes: state.byteLength }, 'snapshot taken');
        const body: SnapshotSummary = summary({ ...snapshot, bytes: state.byteLength });
        sendJson(res, 201, body);
      },
    },
    {
      method: 'GET',
      path: '/api/boards/:id/snapshots',
      handler: async (req, res, params) => {
        const boardId = params.id ?? '';
        await grantOf(access, req, boardId);
        const body: SnapshotsResponse = { snapshots: (await store.namedSnapshots(boardId)).map(summary).reverse() };
        sendJson(res, 200, body);
      },
    },
    {
      method: 'GET',
      path: '/api/boards/:id/snapshots/:snapshotId',
      handler: async (req, res, params) => {
        const boardId = params.id ?? '';
        await grantOf(access, req, boardId);
        const stored = await store.namedSnapshot(boardId, params.snapshotId ?? '');
        if (!stored) throw new ApiError(404, 'not_found', noSuchSnapshot);
        const doc = new Y.Doc();
        try {
          Y.applyUpdate(doc, stored.state);
          const board = readBoard(doc);
          const body: SnapshotBoardResponse = {
            snapshot: summary(stored),
            board: { ...board, authors: Object.fromEntries(board.authors) },
          };
          sendJson(res, 200, body);
        } finally {
          doc.destroy();
        }
      },
    },
  ];
}
