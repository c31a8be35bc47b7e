import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setUpdateListenersAside } from './yjsInternals';

function changeOf(doc: Y.Doc, value: string): Uint8Array {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  other.getMap('meta').set('title', value);
  return Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc));
}

describe('setUpdateListenersAside, against the installed Yjs', () => {
  it('keeps an update from reaching the update listeners while they are aside', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const restore = setUpdateListenersAside(doc);
    Y.applyUpdate(doc, changeOf(doc, 'Whole board'));
    restore();
    expect(updates).toEqual([]);
    expect(doc.getMap('meta').get('title')).toBe('Whole board');
  });

  it('still tells the transaction listeners, which the board view reads on', () => {
    const doc = new Y.Doc();
    let changed = 0;
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.changed.size > 0) changed++;
    });
    const restore = setUpdateListenersAside(doc);
    Y.applyUpdate(doc, changeOf(doc, 'Whole board'));
    restore();
    expect(changed).toBe(1);
  });

  it('puts the listeners back, so that the next change reaches them', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    setUpdateListenersAside(doc)();
    Y.applyUpdate(doc, changeOf(doc, 'After'));
    expect(updates).toHaveLength(1);
  });

  it('keeps a listener added while the others were aside, beside them', () => {
    const doc = new Y.Doc();
    const heard: string[] = [];
    doc.on('update', () => heard.push('first'));
    const restore = setUpdateListenersAside(doc);
    doc.on('update', () => heard.push('added meanwhile'));
    restore();
    Y.applyUpdate(doc, changeOf(doc, 'After'));
    expect(heard.sort()).toEqual(['added meanwhile', 'first']);
  });

  it('does nothing to a document with no update listeners', () => {
    const doc = new Y.Doc();
    const restore = setUpdateListenersAside(doc);
    restore();
    Y.applyUpdate(doc, changeOf(doc, 'After'));
    expect(doc.getMap('meta').get('title')).toBe('After');
  });
});
