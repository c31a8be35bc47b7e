import * as Y from 'yjs';
import type { Attribution } from '../src/storage/BoardStore.ts';
import type { SqliteBoardStore } from '../src/storage/sqlite/SqliteBoardStore.ts';

const attribution: Attribution = { name: 'Priya Shah', organisation: 'Ward 7B', role: 'editor', linkId: null, at: '2026-12-07T10:00:00.000Z' };

/**
 * For the store's tests: creates board `b1` in `store` and answers a function that appends the
 * update adding goal n, after sequence number n - 1, as the board's room would.
 */
export async function goalAppends(store: SqliteBoardStore): Promise<(n: number) => Promise<number>> {
  await store.createBoard({
    id: 'b1',
    title: 'Discharge plan',
    createdAt: attribution.at,
    tokenHashes: { facilitator: new Uint8Array(32), editor: new Uint8Array(32).fill(1), viewer: new Uint8Array(32).fill(2) },
    initialState: Y.encodeStateAsUpdate(new Y.Doc()),
  });
  const doc = new Y.Doc();
  return (n) => {
    const before = Y.encodeStateVector(doc);
    doc.getMap('goals').set(`goal-${n}`, `Goal ${n}`);
    return store.appendUpdates('b1', n - 1, [{ update: Y.encodeStateAsUpdate(doc, before), attribution }]);
  };
}
