import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardUpdateCheck, readBoard } from '@partnerboard/board';

// Every edit the browser tests made through the app, as the server stored it in one run of the
// suite (recorded by apps/server/scripts/recordBrowserEdits.ts): honest edits, which the
// board-shape check must keep taking, whatever is changed in it. The stored updates carry the
// server's own author bindings, so they are checked as the server's own writes are.
const recording = JSON.parse(gunzipSync(readFileSync(new URL('./fixtures/browserEdits.json.gz', import.meta.url))).toString('utf8')) as {
  boards: { snapshot: string; updates: string[] }[];
};

describe('a recording of the edits the browser tests make', () => {
  it('holds real edits of many boards', () => {
    expect(recording.boards.length).toBeGreaterThan(20);
    expect(recording.boards.reduce((sum, board) => sum + board.updates.length, 0)).toBeGreaterThan(100);
  });

  it('is accepted whole by the board-shape check, update by update', () => {
    const refused: string[] = [];
    for (const [index, board] of recording.boards.entries()) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Buffer.from(board.snapshot, 'base64'));
      for (const encoded of board.updates) {
        const update = Buffer.from(encoded, 'base64');
        const verdict = new BoardUpdateCheck(doc, { server: true }).check(update);
        if (!verdict.ok) refused.push(`board ${index}: ${verdict.problem}`);
        Y.applyUpdate(doc, update);
      }
      expect(() => readBoard(doc)).not.toThrow();
    }
    expect(refused).toEqual([]);
  });
});
