import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, readBoard, type Board } from '@partnerboard/board';
import { actionColumns, boardBackup, restoreBoard, type BoardBackup } from '@partnerboard/board/export';
import type { CreateBoardResponse } from '@partnerboard/protocol';
import { awkwardTitle, examplePlan } from '../../../packages/board/src/export/examplePlan.ts';
import { connectClient, startTestServer, type TestServer } from './support.ts';

/** The board as readBoard gives it, less who wrote each part: a new board's writers are the import's. */
function withoutWriters(board: Board): unknown {
  return JSON.parse(JSON.stringify({ ...board, authors: [...board.authors] }, (key, value: unknown) => (key === 'writer' ? undefined : value)));
}

function boardOf(backup: unknown): Board {
  const doc = new Y.Doc();
  restoreBoard(doc, backup);
  return readBoard(doc);
}

describe('exports and import over HTTP', () => {
  let server: TestServer;
  const plan = examplePlan().doc;
  const original = boardBackup(plan, '2026-03-12T10:00:00.000Z');

  const importBackup = (body: string) => server.api('/api/boards/import', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  const download = (board: CreateBoardResponse, file: string, token = board.tokens.viewer) =>
    server.api(`/api/boards/${board.id}/${file}`, { headers: { Authorization: `Bearer ${token}` } });
  const boardsStored = () => {
    const db = new Database(join(server.dataDir, 'partnerboard.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  let imported: CreateBoardResponse;

  beforeAll(async () => {
    // Boards leave memory at once, so exports read them back from SQLite.
    server = await startTestServer({ UNLOAD_AFTER_MS: '0' });
    const response = await importBackup(JSON.stringify(original));
    expect(response.status).toBe(201);
    imported = (await response.json()) as CreateBoardResponse;
  });
  afterAll(() => server?.stop());

  it('imports a backup as a new board with its own links, and exports it again unchanged', async () => {
    expect(imported.id).toMatch(/\S/);
    expect(Object.keys(imported.tokens).sort()).toEqual(['editor', 'facilitator', 'viewer']);
    const response = await download(imported, 'export.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="discharge-plan-zoe-o-briain.json"');
    const exported = (await response.json()) as BoardBackup;
    expect(exported.board).toEqual(original.board);
    expect(withoutWriters(boardOf(exported))).toEqual(withoutWriters(readBoard(plan)));
  });

  it('round-trips a second time: an exported board imports to an equal board', async () => {
    const first = await (await download(imported, 'export.json')).text();
    const again = (await (await importBackup(first)).json()) as CreateBoardResponse;
    expect(again.id).not.toBe(imported.id);
    const second = (await (await download(again, 'export.json')).json()) as BoardBackup;
    expect(second.board).toEqual((JSON.parse(first) as BoardBackup).board);
  });

  it('refuses hostile imports with a clear 400 and creates nothing', async () => {
    const goalId = Object.keys(original.board.goals as object)[0] ?? '';
    const hostile = (change: (board: Record<string, Record<string, Record<string, unknown>>>) => void) => {
      const copy = structuredClone(original) as unknown as { board: Record<string, Record<string, Record<string, unknown>>> };
      change(copy.board);
      return JSON.stringify(copy);
    };
    const before = boardsStored();
    const cases: [string, string, RegExp][] = [
      ['not a backup', JSON.stringify({ hello: 'world' }), /not a Partnerboard backup/],
      ['wrong type', hostile((b) => ((b.goals as Record<string, Record<string, unknown>>)[goalId]!.title = 7)), /title must be text/],
      ['huge string', hostile((b) => ((b.goals as Record<string, Record<string, unknown>>)[goalId]!.title = 'x'.repeat(5000))), /at most 200 characters/],
      ['unknown field', hostile((b) => ((b.goals as Record<string, Record<string, unknown>>)[goalId]!.onclick = 'alert(1)')), /unknown field "onclick"/],
      // Deeper than JSON.stringify can write, so spliced in as text.
      ['deep nesting', hostile((b) => ((b.goals as Record<string, Record<string, unknown>>)[goalId]!.title = 'DEEP')).replace('"DEEP"', '['.repeat(100_000) + ']'.repeat(100_000)), /title must be text/],
    ];
    for (const [, body, message] of cases) {
      const response = await importBackup(body);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('invalid_request');
      expect(error.message).toMatch(message);
    }
    const bad = await importBackup('{"format": "partnerboard-board", ');
    expect(bad.status).toBe(400);
    expect(boardsStored()).toBe(before);
  });

  it('gives the actions as CSV that a CSV parser reads back to the same rows', async () => {
    const response = await download(imported, 'export.csv', imported.tokens.editor);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="discharge-plan-zoe-o-briain.csv"');
    const rows = parseCsv(await response.text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual([...actionColumns]);
    expect(rows[1]).toEqual([awkwardTitle, 'Zoë gets home safely', 'Siobhán Ní Bhriain', 'Northshire Council, Adult Social Care', 'To do', '2026-03-12', 'High']);
    expect(rows).toHaveLength(4);
  });

  it('gives the plan\'s dates as iCalendar with one event per due date and review, UIDs named by board and item', async () => {
    const response = await download(imported, 'export.ics');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2026-03-12', '2026-03-15', '2026-03-11', '2026-03-24']);
    expect(events.every((e) => e.uid.startsWith(`${imported.id}.`))).toBe(true);
    const again = new ICAL.Component(ICAL.parse(await (await download(imported, 'export.ics')).text()));
    expect(again.getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('uid'))).toEqual(events.map((e) => e.uid));
  });

  it('gives the Markdown report, with what was just edited on a board people are on', async () => {
    const board = await server.createBoard({ title: 'Live board' });
    const editor = connectClient(server.syncUrl, board.id, board.tokens.editor);
    const viewer = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    try {
      await Promise.all([editor.synced, viewer.synced]);
      // The server applies an edit before it shares it: once the viewer has it, so does the server's board.
      const shared = new Promise<void>((resolve) => viewer.doc.getMap('goals').observe(() => resolve()));
      createGoal(editor.doc, { title: 'Added a moment ago' });
      await shared;
      expect(await (await download(board, 'export.md')).text()).toContain('### Added a moment ago');
    } finally {
      editor.destroy();
      viewer.destroy();
    }
    const response = await download(imported, 'export.md');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await response.text()).toContain('# Discharge plan: Zoë Ó Briain');
  });

  it('refuses an export without a link, with a wrong one, or of an unknown board', async () => {
    expect((await server.api(`/api/boards/${imported.id}/export.csv`)).status).toBe(401);
    expect((await download(imported, 'export.csv', 'not-a-token')).status).toBe(403);
    expect((await download({ ...imported, id: 'nosuchboardatall12345' }, 'export.csv')).status).toBe(404);
  });
});

describe('importing counts as creating a board', () => {
  it('shares the per-address limit of POST /api/boards', async () => {
    const server = await startTestServer({ CREATE_BOARDS_PER_MINUTE: '2' });
    try {
      await server.createBoard();
      const body = JSON.stringify(boardBackup(examplePlan().doc));
      const post = () => server.api('/api/boards/import', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      expect((await post()).status).toBe(201);
      expect((await post()).status).toBe(429);
    } finally {
      await server.stop();
    }
  });
});
