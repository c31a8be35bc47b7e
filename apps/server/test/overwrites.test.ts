import { describe, expect, it } from 'vitest';
import { createAction, createGoal, moveAction, readBoard, readOverwrites, updateAction } from '@partnerboard/board';
import type { CreateBoardResponse } from '@partnerboard/protocol';
import { connectClient, eventually, freshBoardForEachTest, startTestServer, type TestClient, type TestServer } from './support.ts';

// A partner edits offline while the room changes the same fields; when the partner comes back, the
// server records what replaced what, and who wrote each, for the people concerned to see.

describe('values replaced unseen', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  function join(name: string, org: string): TestClient {
    const client = connectClient(server.syncUrl, board.id, board.tokens.editor, { name, org });
    clients.push(client);
    return client;
  }

  /** The room (Priya) adds an action; a partner (Sam) joins and has it. */
  async function roomAndPartner(): Promise<{ room: TestClient; partner: TestClient; action: string }> {
    const room = join('Priya Shah', 'Riverside NHS Trust');
    await room.synced;
    const goal = createGoal(room.doc, { title: 'Home by Friday' });
    const action = createAction(room.doc, { title: 'Book transport', goalId: goal });
    const partner = join('Sam Patel', 'Northshire Council');
    await eventually(partner.doc, (doc) => readBoard(doc).actions.length === 1);
    return { room, partner, action };
  }

  freshBoardForEachTest(clients, (fresh) => ({ server, board } = fresh));

  it('records the title and status a returning offline partner replaced or lost, with both writers and the server’s times', async () => {
    const { room, partner, action } = await roomAndPartner();

    partner.provider.disconnect();
    updateAction(partner.doc, action, { title: 'Offline title' });
    moveAction(partner.doc, action, { status: 'done' });
    const beforeRoom = new Date().toISOString();
    updateAction(room.doc, action, { title: 'Room title' });
    moveAction(room.doc, action, { status: 'blocked' });
    const watcher = join('Facilitator', 'Riverside NHS Trust');
    await eventually(watcher.doc, (doc) => readBoard(doc).actions[0]?.title === 'Room title');

    partner.provider.connect();
    await eventually(watcher.doc, (doc) => readOverwrites(doc).length === 2);
    const final = readBoard(watcher.doc).actions[0];
    const authors = readBoard(watcher.doc).authors;
    const byField = new Map(readOverwrites(watcher.doc).map((o) => [o.field, o]));
    for (const [field, room, offline] of [
      ['title', 'Room title', 'Offline title'],
      ['status', 'blocked', 'done'],
    ] as const) {
      const overwrite = byField.get(field);
      expect(overwrite).toMatchObject({ kind: 'action', itemId: action });
      // Yjs keeps one of the two, the same everywhere; the record says which, and the other.
      const kept = final?.[field];
      expect([overwrite?.kept.value, overwrite?.replaced.value]).toEqual(kept === room ? [room, offline] : [offline, room]);
      const writers = { [room]: 'Priya Shah', [offline]: 'Sam Patel' };
      expect(authors.get(overwrite?.kept.writer ?? 0)?.name).toBe(writers[String(overwrite?.kept.value)]);
      expect(authors.get(overwrite?.replaced.writer ?? 0)?.name).toBe(writers[String(overwrite?.replaced.value)]);
      // Both arrival times are the server's, after the room's edit was made.
      const roomSide = overwrite?.kept.value === room ? overwrite.kept : overwrite?.replaced;
      expect(roomSide?.at && roomSide.at >= beforeRoom).toBe(true);
      expect(overwrite && overwrite.at >= (roomSide?.at ?? '')).toBe(true);
    }
    // Everyone has the same record, the partner included.
    await eventually(partner.doc, (doc) => readOverwrites(doc).length === 2);
    await eventually(room.doc, (doc) => readOverwrites(doc).length === 2);
  });

  it('records nothing when edits follow one another, and keeps records across a restart', async () => {
    const { room, partner, action } = await roomAndPartner();
    updateAction(room.doc, action, { title: 'First' });
    await eventually(partner.doc, (doc) => readBoard(doc).actions[0]?.title === 'First');
    updateAction(partner.doc, action, { title: 'Second, having seen the first' });
    await eventually(room.doc, (doc) => readBoard(doc).actions[0]?.title === 'Second, having seen the first');

    partner.provider.disconnect();
    updateAction(partner.doc, action, { dueDate: '2026-05-01' });
    updateAction(room.doc, action, { dueDate: '2026-06-01' });
    partner.provider.connect();
    await eventually(room.doc, (doc) => readOverwrites(doc).length === 1);
    expect(readOverwrites(room.doc).map((o) => o.field)).toEqual(['dueDate']);

    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    const dataDir = server.dataDir;
    server = await startTestServer({ DATA_DIR: dataDir });
    const later = join('Someone later', 'Riverside NHS Trust');
    await later.synced;
    expect(readOverwrites(later.doc).map((o) => o.field)).toEqual(['dueDate']);
  });
});
