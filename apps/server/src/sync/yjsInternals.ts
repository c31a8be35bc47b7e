import type * as Y from 'yjs';

// Every use of Yjs's private internals by the server, in one place: the pending updates of a
// document's store and the transaction Yjs registers while it applies an update. yjsInternals.test.ts
// pins what these rely on to the installed Yjs, so an upgrade that changes them fails there first.

/**
 * Bytes of updates the document holds pending: structs waiting for changes it never received, and
 * deletions of items it does not have. Yjs keeps them (invisible) until those changes arrive, and
 * writes them into every snapshot.
 */
export function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

/** The update (v2) of the structs the document holds pending, or null when none wait. */
export function pendingStructsUpdate(doc: Y.Doc): Uint8Array | null {
  return doc.store.pendingStructs?.update ?? null;
}

/** Forgets the pending structs, so that they can be applied again (or dropped). */
export function forgetPendingStructs(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
}

/** Forgets everything the document holds pending: structs and deletions. */
export function forgetAllPending(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}

/**
 * Unregisters a transaction Yjs left unfinished when it threw while finishing it, and says whether
 * there was one: left registered, every later transaction runs inside it and the document emits no
 * more updates.
 */
export function clearUnfinishedTransaction(doc: Y.Doc): boolean {
  if (doc._transactionCleanups.length === 0) return false;
  doc._transactionCleanups = [];
  doc._transaction = null;
  return true;
}
