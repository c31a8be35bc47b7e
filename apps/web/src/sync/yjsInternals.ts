import type * as Y from 'yjs';

// The one place the web app reaches into Yjs internals; yjsInternals.test.ts pins them to the installed Yjs.

/**
 * Takes a document's `update` listeners off it, so that applying a whole board does not encode it
 * all again for them; returns what puts them back, together with any added in the meantime.
 * Yjs has no public way to do this: a Y.Doc is a lib0 Observable whose listeners live in
 * `_observers` (event name to a Set of listeners), and Yjs encodes the update only when `update`
 * has listeners there.
 */
export function setUpdateListenersAside(doc: Y.Doc): () => void {
  const observers = doc._observers;
  const aside = observers.get('update');
  observers.delete('update');
  return () => {
    if (!aside) return;
    const added = observers.get('update');
    if (added) for (const listener of aside) added.add(listener);
    else observers.set('update', aside);
  };
}
