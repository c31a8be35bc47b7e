import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, deleteGoal, readBoard, updateGoal } from '@partnerboard/board';
import type { Attribution } from '../src/storage/BoardStore.ts';
import { SqliteBoardStore } from '../src/storage/sqlite/SqliteBoardStore.ts';
import { emptyStep1Frame, isSyncStep2, noticeIn, updateFrame } from './frames.ts';
import { connectClient, eventually, rawSocket, startTestServer, storedBoard, syncAddress, type TestServer } from './support.ts';

const maxPendingBytes = 16 * 1024;

/**
 * Two edits of one client, and the second alone: an update that builds on a change the server
 * never received, so Yjs would keep it pending (invisible) until that change arrives.
 */
function editAfterAMissingOne(goalTitle: string, descriptionBytes = 0): { waiting: Uint8Array; client: number } {
  const doc = new Y.Doc();
  createGoal(doc, { title: 'The change the server never receives' });
  const before = Y.encodeStateVector(doc);
  createGoal(doc, { title: goalTitle, description: 'x'.repeat(descriptionBytes) });
  return { waiting: Y.encodeStateAsUpdate(doc, before), client: doc.clientID };
}

/** What `edit` does to a goal that another client made and never sent, as the update that carries it. */
function editOfAGoalNeverSent(edit: (doc: Y.Doc, goal: string) => void): { waiting: Uint8Array; client: number } {
  const absent = new Y.Doc();
  const goal = createGoal(absent, { title: 'Made by someone who never sent it' });
  const editor = new Y.Doc();
  Y.applyUpdate(editor, Y.encodeStateAsUpdate(absent));
  const before = Y.encodeStateVector(editor);
  edit(editor, goal);
  return { waiting: Y.encodeStateAsUpdate(editor, before), client: editor.clientID };
}

function pendingBytesOf(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

function goalTitles(doc: Y.Doc): string[] {
  return readBoard(doc).goals.map((goal) => goal.title);
}

describe('an update that builds on changes the server never received', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(() => server.stop());

  const waitingUpdates: [string, () => { waiting: Uint8Array; client: number }][] = [
    ['a goal made after an earlier change of its own that never arrived', () => editAfterAMissingOne('Arrived before the edit it builds on')],
    ['a new title for a goal the server never received', () => editOfAGoalNeverSent((doc, goal) => updateGoal(doc, goal, { title: 'Retitled before it arrived' }))],
    ['the deletion of a goal the server never received', () => editOfAGoalNeverSent((doc, goal) => deleteGoal(doc, goal, { actions: 'refuse' }))],
  ];

  it.each(waitingUpdates)('is refused whole (%s): its sender is told and stays connected, nobody is sent it, nothing of it is stored', async (what, make) => {
    const { waiting, client } = make();
    // A board of its own, so that what one kind leaves behind cannot fail another.
    const board = await server.createBoard();
    const ward = connectClient(server.syncUrl, board.id, board.tokens.editor);
    const council = connectClient(server.syncUrl, board.id, board.tokens.editor);
    await Promise.all([ward.synced, council.synced]);
    const editor = rawSocket(`${syncAddress(server, board.id, board.tokens.editor)}&ext=1`);
    await editor.opened;
    /** Whether the server kept the editor open: it answers a sync step 1 sent after everything before it was handled. */
    const keptOpen = () => {
      const answered = editor.nextFrameWhere(isSyncStep2).then(() => true);
      editor.socket.send(emptyStep1Frame());
      return Promise.race([editor.closed.then(() => false), answered]);
    };
    try {
      editor.socket.send(updateFrame(waiting));
      expect(await keptOpen()).toBe(true);
      // Updates of one board are committed in the order they arrive, from whoever: the ward's after it.
      const goal = createGoal(ward.doc, { title: `Still syncing after ${what}` });
      await eventually(council.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
      // Its answer comes after anything the server told the editor while committing.
      expect(await keptOpen()).toBe(true);
      expect(editor.received.map(noticeIn).filter((notice) => notice !== null)).toEqual([
        { kind: 'write-refused', message: 'Your change was not saved: it builds on changes the server never received.' },
      ]);

      expect(Y.getState(council.doc.store, client)).toBe(0);
      expect(pendingBytesOf(council.doc)).toBe(0);
      const { doc, stored } = await storedBoard(server.dataDir, board.id);
      expect(Y.getState(doc.store, client)).toBe(0);
      expect(pendingBytesOf(doc)).toBe(0);
      expect(stored.updates.some((update) => Buffer.from(update).equals(Buffer.from(waiting)))).toBe(false);
      expect(goalTitles(doc)).toEqual(goalTitles(council.doc));
    } finally {
      editor.socket.close();
      ward.destroy();
      council.destroy();
    }
  });
});

describe('a board stored with more waiting updates than MAX_PENDING_BYTES allows', () => {
  it('drops them when it is next loaded, and stores it without them', async () => {
    const creator = await startTestServer();
    const dataDir = creator.dataDir;
    const board = await creator.createBoard();
    await creator.close();
    // Written straight into the log, as a board stored before the server checked updates may hold it.
    const { waiting } = editAfterAMissingOne('Stored before updates were checked', maxPendingBytes + 2048);
    const store = SqliteBoardStore.open(dataDir);
    try {
      const loaded = await store.loadBoard(board.id);
      if (!loaded) throw new Error(`The store in ${dataDir} has no board ${board.id}`);
      const attribution: Attribution = { name: 'Priya Shah', organisation: 'Ward 7B', role: 'editor', linkId: null, at: '2026-12-07T10:00:00.000Z' };
      await store.appendUpdates(board.id, loaded.lastSeq, [{ update: waiting, attribution }]);
    } finally {
      await store.close();
    }
    expect(pendingBytesOf((await storedBoard(dataDir, board.id)).doc)).toBeGreaterThan(maxPendingBytes);

    const strict = await startTestServer({ DATA_DIR: dataDir, MAX_PENDING_BYTES: String(maxPendingBytes) });
    try {
      const client = connectClient(strict.syncUrl, board.id, board.tokens.editor);
      await client.synced;
      const goalsBefore = goalTitles((await storedBoard(dataDir, board.id)).doc);
      expect(goalTitles(client.doc)).toEqual(goalsBefore);
      client.destroy();
      await expect.poll(async () => pendingBytesOf((await storedBoard(dataDir, board.id)).doc)).toBe(0);
      expect(goalTitles((await storedBoard(dataDir, board.id)).doc)).toEqual(goalsBefore);
    } finally {
      await strict.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
