import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, readBoard } from '@partnerboard/board';
import { closeCodes, type CreateBoardResponse } from '@partnerboard/protocol';
import { emptyStep1Frame, isSyncStep2, updateFrame } from './frames.ts';
import { connectClient, eventually, rawSocket, startSharedBoard, startTestServer, storedBoard, syncAddress, type SharedBoard, type TestClient, type TestServer } from './support.ts';

const maxPendingBytes = 16 * 1024;

/**
 * Two edits of one client, and the second alone: an update that builds on a change the server
 * never received, so Yjs keeps it pending (invisible) until that change arrives.
 */
function editAfterAMissingOne(goalTitle: string, descriptionBytes = 0): { missing: Uint8Array; waiting: Uint8Array } {
  const doc = new Y.Doc();
  createGoal(doc, { title: 'The change the server never receives' });
  const before = Y.encodeStateVector(doc);
  createGoal(doc, { title: goalTitle, description: 'x'.repeat(descriptionBytes) });
  return { missing: Y.encodeStateAsUpdate(doc), waiting: Y.encodeStateAsUpdate(doc, before) };
}

function pendingBytesOf(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

describe('updates waiting for changes the server never received (MAX_PENDING_BYTES)', () => {
  let shared: SharedBoard;
  let server: TestServer;
  let board: CreateBoardResponse;
  let council: TestClient;
  const othersKeepSyncing = (title: string) => shared.othersKeepSyncing(title);

  /** An editor's socket that sends only what a test gives it. */
  async function editorSocket() {
    const editor = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await editor.opened;
    return editor;
  }

  /** Whether the server kept `editor` open: it answers a sync step 1 sent after everything before it was handled. */
  async function keptOpen(editor: Awaited<ReturnType<typeof editorSocket>>): Promise<boolean> {
    const answered = editor.nextFrameWhere(isSyncStep2).then(() => true);
    editor.socket.send(emptyStep1Frame());
    return Promise.race([editor.closed.then(() => false), answered]);
  }

  beforeAll(async () => {
    shared = await startSharedBoard({ MAX_PENDING_BYTES: String(maxPendingBytes) });
    ({ server, board, council } = shared);
  });

  afterAll(() => shared.stop());

  it('keeps a small one, and the board shows it once the change it builds on arrives', async () => {
    const goalTitle = 'Arrived before the edit it builds on';
    const { missing, waiting } = editAfterAMissingOne(goalTitle);
    const editor = await editorSocket();
    editor.socket.send(updateFrame(waiting));
    // Updates of one board are committed and applied in the order they arrive, from whoever.
    await othersKeepSyncing('Agree who phones the family');
    expect(await keptOpen(editor)).toBe(true);
    expect(readBoard(council.doc).goals.map((goal) => goal.title)).not.toContain(goalTitle);

    editor.socket.send(updateFrame(missing));
    await eventually(council.doc, (doc) => readBoard(doc).goals.some((goal) => goal.title === goalTitle));
    const { doc } = await storedBoard(server.dataDir, board.id);
    expect(readBoard(doc).goals.map((goal) => goal.title)).toContain(goalTitle);
    expect(pendingBytesOf(doc)).toBe(0);
    editor.socket.close();
  });

  it('closes with 4422 a connection that takes the board past the limit, drops what waits from memory and storage, and everyone else goes on', async () => {
    const before = readBoard(council.doc);
    const { waiting } = editAfterAMissingOne('Depends on a change that never comes', maxPendingBytes + 1024);
    expect(waiting.byteLength).toBeGreaterThan(maxPendingBytes);

    // First some under the limit, and a newcomer, who is sent the board with what waits in it.
    const under = await editorSocket();
    under.socket.send(updateFrame(editAfterAMissingOne('Waits, under the limit', 2048).waiting));
    await othersKeepSyncing('Agree the discharge date');
    expect(await keptOpen(under)).toBe(true);
    under.socket.close();

    const editor = await editorSocket();
    editor.socket.send(updateFrame(waiting));
    expect((await editor.closed).code).toBe(closeCodes.tooMuchPending);
    // Nobody joining is sent what was dropped.
    const newcomer = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await newcomer.synced;
    expect(pendingBytesOf(newcomer.doc)).toBe(0);
    newcomer.destroy();
    await othersKeepSyncing('Book the ambulance for 10:00');
    expect(readBoard(council.doc).goals).toHaveLength(before.goals.length + 2);

    // The compaction after the refusal leaves neither the pending part nor the update that brought it.
    await expect.poll(async () => pendingBytesOf((await storedBoard(server.dataDir, board.id)).doc)).toBe(0);
    const { doc, stored } = await storedBoard(server.dataDir, board.id);
    expect(stored.updates.every((update) => update.byteLength < maxPendingBytes)).toBe(true);
    expect(stored.snapshot.byteLength).toBeLessThan(maxPendingBytes);
    expect(readBoard(doc).goals.map((goal) => goal.title)).toEqual(readBoard(council.doc).goals.map((goal) => goal.title));

    const metrics = await (await server.api('/metrics')).text();
    expect(metrics).toMatch(/partnerboard_messages_rejected_total\{reason="too_much_pending"\} 1/);
  });
});

describe('a board stored with more waiting updates than MAX_PENDING_BYTES allows', () => {
  it('drops them when it is next loaded, and stores it without them', async () => {
    const generous = await startTestServer({ MAX_PENDING_BYTES: String(1024 * 1024), UNLOAD_AFTER_MS: '0' });
    const dataDir = generous.dataDir;
    const board = await generous.createBoard();
    const { waiting } = editAfterAMissingOne('Stored under a higher limit', maxPendingBytes + 2048);
    const editor = rawSocket(syncAddress(generous, board.id, board.tokens.editor));
    await editor.opened;
    editor.socket.send(updateFrame(waiting));
    editor.socket.send(emptyStep1Frame());
    await editor.nextFrameWhere(isSyncStep2);
    editor.socket.close();
    await editor.closed;
    await generous.close();
    expect(pendingBytesOf((await storedBoard(dataDir, board.id)).doc)).toBeGreaterThan(maxPendingBytes);

    const strict = await startTestServer({ DATA_DIR: dataDir, MAX_PENDING_BYTES: String(maxPendingBytes) });
    try {
      const client = connectClient(strict.syncUrl, board.id, board.tokens.editor);
      await client.synced;
      const goalsBefore = readBoard((await storedBoard(dataDir, board.id)).doc).goals.map((goal) => goal.title);
      expect(readBoard(client.doc).goals.map((goal) => goal.title)).toEqual(goalsBefore);
      client.destroy();
      await expect.poll(async () => pendingBytesOf((await storedBoard(dataDir, board.id)).doc)).toBe(0);
      expect(readBoard((await storedBoard(dataDir, board.id)).doc).goals.map((goal) => goal.title)).toEqual(goalsBefore);
    } finally {
      await strict.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/**
 * Two different updates under one client id, as a broken or hostile client sends them: the first
 * builds on a change of another client that never arrives, so Yjs keeps it pending; the second
 * takes the same clocks without it. What the first has past the second's last clock could be
 * integrated, and Yjs would not retry it until that other change arrives.
 */
function twoUpdatesUnderOneClient(text: string, [absent, reused]: readonly [number, number]): { waiting: Uint8Array; taking: Uint8Array } {
  const other = new Y.Doc();
  other.clientID = absent;
  other.getMap('goals').set('never-sent', new Y.Map());
  const first = new Y.Doc();
  first.clientID = reused;
  Y.applyUpdate(first, Y.encodeStateAsUpdate(other));
  (first.getMap('goals').get('never-sent') as Y.Map<string>).set('title', 'Builds on a goal never sent');
  first.getText(text).insert(0, 'abc');
  first.getText(text).insert(3, 'de');
  const second = new Y.Doc();
  second.clientID = reused;
  second.getMap('goals').set('other', 'x');
  second.getText(text).insert(0, 'xyz');
  return { waiting: Y.encodeStateAsUpdate(first, Y.encodeStateVector(other)), taking: Y.encodeStateAsUpdate(second) };
}

describe('updates waiting behind a change the board already has under the same id', () => {
  it('are integrated and shared, so that everyone on the board, anyone joining, and the board read back after a restart agree', async () => {
    const first = await startTestServer();
    const board = await first.createBoard();
    const council = connectClient(first.syncUrl, board.id, board.tokens.editor);
    await council.synced;
    const editor = rawSocket(syncAddress(first, board.id, board.tokens.editor));
    await editor.opened;
    const send = ({ waiting, taking }: ReturnType<typeof twoUpdatesUnderOneClient>) => {
      editor.socket.send(updateFrame(waiting));
      editor.socket.send(updateFrame(taking));
    };
    send(twoUpdatesUnderOneClient('scratch', [3_900_000_001, 3_900_000_002]));
    await eventually(council.doc, (doc) => doc.getText('scratch').length > 0);

    const agreesWithCouncil = async (server: TestServer, who: string) => {
      const newcomer = connectClient(server.syncUrl, board.id, board.tokens.viewer);
      await newcomer.synced;
      for (const text of ['scratch', 'scratch2']) expect(newcomer.doc.getText(text).toString(), who).toBe(council.doc.getText(text).toString());
      expect(Y.equalSnapshots(Y.snapshot(newcomer.doc), Y.snapshot(council.doc)), who).toBe(true);
      newcomer.destroy();
    };
    await agreesWithCouncil(first, 'someone joining');
    // The part past the second update's clocks builds only on it, and reached the council too.
    expect(council.doc.getText('scratch').toString()).toBe('xyzde');
    // Again at once: the board retries at most once a second, and puts this one off, not away.
    send(twoUpdatesUnderOneClient('scratch2', [3_900_000_003, 3_900_000_004]));
    await eventually(council.doc, (doc) => doc.getText('scratch2').toString() === 'xyzde', { what: 'the put-off retry reaching the council', timeoutMs: 5000 });
    await agreesWithCouncil(first, 'someone joining after the put-off retry');
    editor.socket.close();

    council.provider.disconnect();
    await first.close();
    const restarted = await startTestServer({ DATA_DIR: first.dataDir });
    try {
      await agreesWithCouncil(restarted, 'someone joining after a restart');
    } finally {
      council.destroy();
      await restarted.stop();
    }
  });
});
