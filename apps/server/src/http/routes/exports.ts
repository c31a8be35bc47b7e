import type { ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import { isBoardError, isoDateOf, readBoard, readTitle } from '@partnerboard/board';
import { actionsCsv, boardBackup, fileNameOf, planCalendar, planMarkdown } from '@partnerboard/board/export';
import { refusalMessage, type BoardAccess } from '../../auth/BoardAccess.ts';
import { boardDocument } from '../../boards/boardDocument.ts';
import { importBoard } from '../../boards/importBoard.ts';
import type { Config } from '../../config.ts';
import type { RateLimitByKey } from '../../limits/RateLimitByKey.ts';
import type { Logger } from '../../logger.ts';
import type { Metrics } from '../../metrics.ts';
import type { BoardStore } from '../../storage/BoardStore.ts';
import type { Rooms } from '../../sync/Rooms.ts';
import { readJsonBody } from '../readJsonBody.ts';
import { ApiError, sendJson } from '../responses.ts';
import type { Route } from './boards.ts';
import { creationGate } from './creationGate.ts';
import { grantOf } from './requestAccess.ts';

export interface ExportRoutesOptions {
  config: Config;
  store: BoardStore;
  access: BoardAccess;
  rooms: Rooms;
  /** The same limit as POST /api/boards: an import creates a board too. */
  createLimit: RateLimitByKey;
  log: Logger;
  metrics: Metrics;
}

interface Format {
  extension: string;
  contentType: string;
  write: (doc: Y.Doc, boardId: string, now: Date) => string;
}

const formats: readonly Format[] = [
  { extension: 'md', contentType: 'text/markdown; charset=utf-8', write: (doc, _id, now) => planMarkdown(readBoard(doc), isoDateOf(now)) },
  { extension: 'csv', contentType: 'text/csv; charset=utf-8', write: (doc) => actionsCsv(readBoard(doc)) },
  { extension: 'ics', contentType: 'text/calendar; charset=utf-8', write: (doc, id, now) => planCalendar(readBoard(doc), id, now) },
  { extension: 'json', contentType: 'application/json; charset=utf-8', write: (doc, _id, now) => `${JSON.stringify(boardBackup(doc, now.toISOString()), null, 2)}\n` },
];

function sendFile(res: ServerResponse, body: string, contentType: string, fileName: string): void {
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/**
 * Getting the plan out: the board as a Markdown report, a CSV of its actions, an iCalendar of its
 * dates and a JSON backup (a link of any role), and a new board made from such a backup.
 */
export function exportRoutes(options: ExportRoutesOptions): Route[] {
  const { config, store, access, rooms, createLimit, log, metrics } = options;
  const passCreationGate = creationGate(config.adminKey, createLimit);

  const downloads: Route[] = formats.map((format) => ({
    method: 'GET',
    path: `/api/boards/:id/export.${format.extension}`,
    handler: async (req, res, params) => {
      const id = params.id ?? '';
      await grantOf(access, req, id);
      const doc = await boardDocument(store, rooms, id);
      if (!doc) throw new ApiError(404, 'not_found', refusalMessage.unknown_board);
      try {
        const body = format.write(doc, id, new Date());
        sendFile(res, body, format.contentType, `${fileNameOf(readTitle(doc))}.${format.extension}`);
      } finally {
        doc.destroy();
      }
    },
  }));

  return [
    ...downloads,
    {
      method: 'POST',
      path: '/api/boards/import',
      handler: async (req, res) => {
        passCreationGate(req);
        // A backup is a whole board at once, like a client's catch-up after being offline.
        const backup = await readJsonBody(req, config.maxMessageBytes);
        try {
          const created = await importBoard(store, backup, { keep: (boardId, doc, encoded) => rooms.adopt(boardId, doc, encoded) });
          metrics.boardsCreated.add();
          log.info({ event: 'board-imported', boardId: created.id }, 'board imported from a backup');
          sendJson(res, 201, created);
        } catch (error) {
          if (isBoardError(error)) throw new ApiError(400, 'invalid_request', error.message);
          throw error;
        }
      },
    },
  ];
}
