import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ActivityLine } from '@partnerboard/protocol';
import type { BoardStore } from './BoardStore.ts';
import { storesUnderTest, type StoreUnderTest } from './storesUnderTest.ts';

// The activity-lines contract, run against every store.

function line(id: string, at: string, overrides: Partial<ActivityLine> = {}): ActivityLine {
  return {
    id,
    from: at,
    at,
    name: 'Priya Shah',
    organisation: 'Leeds City Council',
    role: 'editor',
    linkId: null,
    selfDeclared: true,
    kind: 'action',
    itemId: 'action-1',
    field: 'status',
    text: `moved 'Arrange home care package' to Done (${id})`,
    ...overrides,
  };
}

async function withBoard(store: BoardStore, id = 'board-one'): Promise<void> {
  const hash = (byte: number) => new Uint8Array(32).fill(byte);
  await store.createBoard({
    id,
    title: 'Discharge plan',
    createdAt: '2026-12-01T09:00:00.000Z',
    tokenHashes: { facilitator: hash(1), editor: hash(2), viewer: hash(3) },
    initialState: Y.encodeStateAsUpdate(new Y.Doc()),
  });
}

describe.each(storesUnderTest)('%s: activity lines', (_name, setUp) => {
  let subject: StoreUnderTest;
  let store: BoardStore;

  async function start(): Promise<BoardStore> {
    subject = setUp();
    store = subject.open();
    await withBoard(store);
    return store;
  }

  afterEach(async () => {
    await store.close();
    await subject.cleanUp();
  });

  it('reads back the lines it stored, newest first', async () => {
    await start();
    await store.saveActivityLines('board-one', [line('a', '2026-12-07T10:00:00.000Z'), line('b', '2026-12-07T10:01:00.000Z')], 100);
    expect((await store.activityLines('board-one', { limit: 10 })).map(({ id }) => id)).toEqual(['b', 'a']);
    expect((await store.activityLines('board-one', { limit: 10 }))[0]).toEqual(line('b', '2026-12-07T10:01:00.000Z'));
  });

  it('replaces a line stored again under its id, which then counts from its last change', async () => {
    await start();
    await store.saveActivityLines('board-one', [line('a', '2026-12-07T10:00:00.000Z'), line('b', '2026-12-07T10:01:00.000Z')], 100);
    await store.saveActivityLines('board-one', [line('a', '2026-12-07T10:02:00.000Z', { from: '2026-12-07T10:00:00.000Z', text: 'folded' })], 100);
    const lines = await store.activityLines('board-one', { limit: 10 });
    expect(lines.map(({ id, text, from }) => [id, text, from])).toEqual([
      ['a', 'folded', '2026-12-07T10:00:00.000Z'],
      ['b', line('b', '').text, '2026-12-07T10:01:00.000Z'],
    ]);
  });

  it('keeps only the newest lines of a board', async () => {
    await start();
    const lines = Array.from({ length: 5 }, (_, i) => line(`l${i}`, `2026-12-07T10:0${i}:00.000Z`));
    await store.saveActivityLines('board-one', lines, 3);
    expect((await store.activityLines('board-one', { limit: 10 })).map(({ id }) => id)).toEqual(['l4', 'l3', 'l2']);
  });

  it('narrows to one organisation and one person, and to the limit', async () => {
    await start();
    await store.saveActivityLines(
      'board-one',
      [
        line('priya', '2026-12-07T10:00:00.000Z'),
        line('sam', '2026-12-07T10:01:00.000Z', { name: 'Sam Jones', organisation: 'Riverside NHS Trust' }),
        line('jo', '2026-12-07T10:02:00.000Z', { name: 'Jo Evans' }),
      ],
      100,
    );
    const ids = async (query: { partner?: string; person?: string; limit?: number }) =>
      (await store.activityLines('board-one', { limit: 10, ...query })).map(({ id }) => id);
    expect(await ids({ partner: 'Leeds City Council' })).toEqual(['jo', 'priya']);
    expect(await ids({ person: 'Sam Jones' })).toEqual(['sam']);
    expect(await ids({ partner: 'Leeds City Council', person: 'Sam Jones' })).toEqual([]);
    expect(await ids({ limit: 1 })).toEqual(['jo']);
  });

  it('keeps each board’s lines apart, and has none for a board it does not have', async () => {
    await start();
    await withBoard(store, 'board-two');
    await store.saveActivityLines('board-one', [line('a', '2026-12-07T10:00:00.000Z')], 100);
    await store.saveActivityLines('no-such-board', [line('x', '2026-12-07T10:00:00.000Z')], 100);
    expect(await store.activityLines('board-two', { limit: 10 })).toEqual([]);
    expect(await store.activityLines('no-such-board', { limit: 10 })).toEqual([]);
  });

  it('removes a board’s lines with the board', async () => {
    await start();
    await store.saveActivityLines('board-one', [line('a', '2026-12-07T10:00:00.000Z')], 100);
    await store.deleteBoard('board-one');
    if (subject.reopen) store = await subject.reopen(store);
    expect(await store.activityLines('board-one', { limit: 10 })).toEqual([]);
  });

  it('still has them after it is closed and opened again', async (context) => {
    await start();
    if (!subject.reopen) return context.skip();
    await store.saveActivityLines('board-one', [line('a', '2026-12-07T10:00:00.000Z')], 100);
    store = await subject.reopen(store);
    expect((await store.activityLines('board-one', { limit: 10 })).map(({ id }) => id)).toEqual(['a']);
  });
});
