import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { moveAction, updateAction } from './actions.js';
import { updateGoal } from './goals.js';
import { findOverwrites, putBack, readOverwrites, recordOverwrites, type FoundOverwrite } from './overwrites.js';
import { readBoard } from './read.js';
import { addActions, replica, smallBoard } from './test-support.js';

/** A replica writing as Yjs client `client` (which decides whose concurrent value Yjs keeps: the higher). */
function device(doc: Y.Doc, client: number): Y.Doc {
  const other = replica(doc);
  other.clientID = client;
  return other;
}

/** What the server finds when it applies `update` to `server`. */
function apply(server: Y.Doc, from: Y.Doc): { found: FoundOverwrite[]; written: Y.ID[] } {
  const found: FoundOverwrite[] = [];
  const written: Y.ID[] = [];
  const look = (transaction: Y.Transaction) => found.push(...findOverwrites(transaction, (id) => written.push(id)));
  server.on('afterTransaction', look);
  Y.applyUpdate(server, Y.encodeStateAsUpdate(from, Y.encodeStateVector(server)));
  server.off('afterTransaction', look);
  return { found, written };
}

function setUp() {
  const board = smallBoard();
  const [action = ''] = addActions(board.doc, board.goal, 1);
  return { ...board, action, server: replica(board.doc) };
}

describe('an offline edit meeting the room’s', () => {
  it('finds the room’s value replaced by an older, unseen one, with who wrote each', () => {
    const { doc, server, action } = setUp();
    const room = device(doc, 100);
    const offline = device(doc, 200);
    updateAction(offline, action, { title: 'Offline title' });
    updateAction(room, action, { title: 'Room title' });
    expect(apply(server, room).found).toEqual([]);
    const { found } = apply(server, offline);
    // The higher client's value is the one Yjs keeps, everywhere.
    expect(readBoard(server).actions[0]?.title).toBe('Offline title');
    expect(found).toEqual([
      expect.objectContaining({ kind: 'action', itemId: action, field: 'title', kept: { value: 'Offline title', id: expect.objectContaining({ client: 200 }) }, replaced: { value: 'Room title', id: expect.objectContaining({ client: 100 }) } }),
    ]);
  });

  it('finds the offline value lost to the room’s, when Yjs keeps the room’s', () => {
    const { doc, server, action } = setUp();
    const room = device(doc, 300);
    const offline = device(doc, 200);
    moveAction(offline, action, { status: 'done' });
    moveAction(room, action, { status: 'blocked' });
    apply(server, room);
    const { found } = apply(server, offline);
    expect(readBoard(server).actions[0]?.status).toBe('blocked');
    expect(found).toEqual([expect.objectContaining({ field: 'status', kept: expect.objectContaining({ value: 'blocked' }), replaced: expect.objectContaining({ value: 'done' }) })]);
  });

  it('compares with the writer’s latest value when it changed the field twice offline, and with the room’s latest', () => {
    const { doc, server, action } = setUp();
    const room = device(doc, 100);
    const offline = device(doc, 200);
    updateAction(offline, action, { title: 'First try' });
    updateAction(offline, action, { title: 'Second try' });
    updateAction(room, action, { title: 'Room one' });
    updateAction(room, action, { title: 'Room two' });
    apply(server, room);
    const { found } = apply(server, offline);
    expect(found.map((o) => [o.kept.value, o.replaced.value])).toEqual([['Second try', 'Room two']]);
  });

  it('finds nothing when the writer had seen the value it replaced, or wrote another field', () => {
    const { doc, server, action, joanne } = setUp();
    const first = device(doc, 100);
    updateAction(first, action, { title: 'Seen' });
    expect(apply(server, first).found).toEqual([]);
    const second = replica(server);
    updateAction(second, action, { title: 'Changed after seeing it', ownerId: joanne });
    const { found, written } = apply(server, second);
    expect(found).toEqual([]);
    expect(written).toHaveLength(2);
    // Concurrent, but to different fields: both kept, nothing to tell.
    const a = device(server, 400);
    const b = device(server, 500);
    updateAction(a, action, { dueDate: '2026-04-01' });
    updateAction(b, action, { priority: 'high' });
    apply(server, a);
    expect(apply(server, b).found).toEqual([]);
  });

  it('finds nothing when both wrote the same value, or the field is not one people choose', () => {
    const { doc, server, action, goal } = setUp();
    const a = device(doc, 100);
    const b = device(doc, 200);
    updateAction(a, action, { title: 'Same' });
    updateAction(b, action, { title: 'Same' });
    addActions(a, goal, 1);
    apply(server, a);
    expect(apply(server, b).found).toEqual([]);
  });

  it('watches goals too', () => {
    const { doc, server, goal } = setUp();
    const a = device(doc, 100);
    const b = device(doc, 200);
    updateGoal(a, goal, { status: 'at_risk' });
    updateGoal(b, goal, { status: 'on_track' });
    apply(server, a);
    expect(apply(server, b).found).toEqual([expect.objectContaining({ kind: 'goal', field: 'status' })]);
  });
});

describe('recorded overwrites', () => {
  it('are written by the server’s copy, read back oldest first, kept to the newest, and put back as a normal edit', () => {
    const { doc, action } = setUp();
    const writer = replica(doc);
    const overwrite = (n: number) => ({
      kind: 'action' as const,
      itemId: action,
      field: 'title',
      kept: { value: `Kept ${n}`, writer: 2, at: null },
      replaced: { value: `Replaced ${n}`, writer: 1, at: '2026-03-10T09:00:00.000Z' },
      at: `2026-03-10T10:00:0${n}.000Z`,
    });
    const first = recordOverwrites(writer, [overwrite(1), overwrite(2)], 2);
    Y.applyUpdate(doc, first ?? new Uint8Array());
    Y.applyUpdate(doc, recordOverwrites(writer, [overwrite(3)], 2) ?? new Uint8Array());
    const recorded = readOverwrites(doc);
    expect(recorded.map((o) => o.kept.value)).toEqual(['Kept 2', 'Kept 3']);
    const [, latest] = recorded;
    putBack(doc, latest ?? recorded[0]!);
    expect(readBoard(doc).actions[0]?.title).toBe('Replaced 3');
  });

  it('ignores records that are not what the server writes', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('overwrites');
    map.set('junk', { kind: 'nonsense' });
    map.set('nested', new Y.Map());
    map.set('noValue', { kind: 'goal', itemId: 'x', field: 'title', kept: { value: {}, writer: 1, at: null }, replaced: { value: 'a', writer: 2, at: null }, at: 'now' });
    expect(readOverwrites(doc)).toEqual([]);
  });
});
