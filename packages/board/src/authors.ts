import * as Y from 'yjs';
import type { Author } from './types.js';

// Who wrote what, as the server saw it. Every item of a Yjs document carries the id of the client
// (one open board in one browser) that made it. The server binds each client id, the first time it
// stores an item of it, to the link the connection opened: a personal link's person (verified) or
// the name given with a shared role link (self-declared). Only the server writes the bindings, in
// the top-level `authors` map; the shape check refuses any client's write there, and refuses items
// of a client bound to a personal link from anyone but that link. So the author of a comment or a
// status change is the binding of the client that wrote it, whatever the client put in its fields.

/** A binding as stored: the author, and the personal link (null for a shared role link) it was made on. */
export interface AuthorBinding extends Author {
  readonly linkId: string | null;
}

const authorsName = 'authors';

function authorsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(authorsName);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function readBinding(value: unknown): AuthorBinding | null {
  if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return null;
  const { name, organisation, verified, linkId } = value as Record<string, unknown>;
  if (typeof name !== 'string') return null;
  return Object.freeze({ name, organisation: text(organisation), verified: verified === true, linkId: typeof linkId === 'string' ? linkId : null });
}

/** The binding of one Yjs client id, or null when the server has not bound it (yet). */
export function authorBinding(doc: Y.Doc, client: number): AuthorBinding | null {
  return readBinding(authorsMap(doc).get(String(client)));
}

/** Every bound client id and its author. */
export function readAuthors(doc: Y.Doc): ReadonlyMap<number, Author> {
  const authors = new Map<number, Author>();
  authorsMap(doc).forEach((value, key) => {
    const binding = readBinding(value);
    const client = Number(key);
    if (binding && Number.isSafeInteger(client)) authors.set(client, Object.freeze({ name: binding.name, organisation: binding.organisation, verified: binding.verified }));
  });
  return authors;
}

/**
 * The update that binds `clients` to an author, written by the server's own `writer` document
 * (one per board in memory, holding nothing else) so that it can be stored before it is applied.
 */
export function bindAuthors(writer: Y.Doc, bindings: ReadonlyMap<number, AuthorBinding>): Uint8Array {
  let update: Uint8Array | null = null;
  const keep = (made: Uint8Array) => {
    update = made;
  };
  writer.once('update', keep);
  writer.transact(() => {
    for (const [client, { name, organisation, verified, linkId }] of bindings) {
      authorsMap(writer).set(String(client), { name, organisation, verified, linkId });
    }
  });
  if (!update) throw new Error('bindAuthors needs at least one binding');
  return update;
}

/** The Yjs client that made a shared type (an entity map, a text), or null for a top-level one. */
export function writerOf(type: { readonly _item: Y.Item | null }): number | null {
  return type._item?.id.client ?? null;
}

/** The values of a Y.Array with the client that wrote each. */
export function valuesWithWriters(array: Y.Array<unknown>): { value: unknown; writer: number }[] {
  const values: { value: unknown; writer: number }[] = [];
  for (let item = array._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    for (const value of item.content.getContent() as unknown[]) values.push({ value, writer: item.id.client });
  }
  return values;
}
