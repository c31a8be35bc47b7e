import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { unfinishedTransactionUpdate } from '../../test/frames.ts';
import { clearUnfinishedTransaction, forgetAllPending, forgetPendingStructs, pendingBytes, pendingStructsUpdate } from './yjsInternals.ts';

/** Two updates of one client: the second waits for the first. */
function twoEdits(): { first: Uint8Array; second: Uint8Array; third: Uint8Array } {
  const writer = new Y.Doc();
  const updates: Uint8Array[] = [];
  writer.on('update', (update: Uint8Array) => updates.push(update));
  writer.getMap('goals').set('first', 'Book the ambulance');
  writer.getMap('goals').set('second', 'Ring the school');
  writer.getMap('goals').delete('first');
  const [first, second, third] = updates as [Uint8Array, Uint8Array, Uint8Array];
  return { first, second, third };
}

// These pin what yjsInternals.ts reads and writes of Yjs's private state to the installed Yjs.
describe('the Yjs internals the server relies on', () => {
  it('keeps an update that waits for a change it lacks pending, in v2 encoding, until that change arrives', () => {
    const { first, second } = twoEdits();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, second);
    expect(pendingBytes(doc)).toBeGreaterThan(0);
    expect(Y.parseUpdateMetaV2(pendingStructsUpdate(doc) as Uint8Array).from.size).toBe(1);
    Y.applyUpdate(doc, first);
    expect(pendingStructsUpdate(doc)).toBeNull();
    expect(doc.getMap('goals').get('second')).toBe('Ring the school');
  });

  it('forgets pending structs, and with forgetAllPending pending deletions too', () => {
    const { second, third } = twoEdits();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, second);
    forgetPendingStructs(doc);
    expect(pendingStructsUpdate(doc)).toBeNull();
    Y.applyUpdate(doc, third);
    expect(pendingBytes(doc)).toBeGreaterThan(0);
    forgetAllPending(doc);
    expect(pendingBytes(doc)).toBe(0);
  });

  it('leaves a transaction registered when it throws while finishing it, and shares again once it is cleared', () => {
    const doc = new Y.Doc();
    const shared: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => shared.push(update));
    expect(() => Y.applyUpdate(doc, unfinishedTransactionUpdate)).toThrow();
    doc.getMap('goals').set('after', 'Stuck inside the unfinished transaction');
    expect(shared).toHaveLength(0);
    expect(clearUnfinishedTransaction(doc)).toBe(true);
    doc.getMap('goals').set('later', 'Shared again');
    expect(shared).toHaveLength(1);
    expect(clearUnfinishedTransaction(doc)).toBe(false);
  });
});
