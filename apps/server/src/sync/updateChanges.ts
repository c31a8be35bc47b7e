import * as Y from 'yjs';

/** An update as Y.decodeUpdate reads it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** Whether every item in [clock, clock + length) of `client` is already deleted in `doc`. */
function alreadyDeleted(doc: Y.Doc, client: number, clock: number, length: number): boolean {
  const structs = doc.store.clients.get(client);
  if (!structs || Y.getState(doc.store, client) < clock + length) return false;
  let index = Y.findIndexSS(structs, clock);
  for (let at = clock; at < clock + length; index += 1) {
    const struct = structs[index];
    if (!struct || !struct.deleted) return false;
    at = struct.id.clock + struct.length;
  }
  return true;
}

/**
 * Whether applying `update` (raw, or already decoded) would change `doc`: it holds an item the doc lacks or deletes one the
 * doc still shows. A client answering sync step 1 with nothing new (every reconnect does) changes
 * nothing, so the server neither stores it nor tells a viewer that a write was refused.
 */
export function updateChangesDoc(doc: Y.Doc, update: Uint8Array | DecodedUpdate): boolean {
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  for (const [client, deletions] of ds.clients) {
    for (const { clock, len } of deletions) if (!alreadyDeleted(doc, client, clock, len)) return true;
  }
  return false;
}
