import * as Y from 'yjs';

/** A new entity map holding `fields` (plain values, Y.Text, nested Y types). */
export function of(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

/** A new id set (see doc.ts) holding `ids`. */
export function idSet(ids: readonly string[] | undefined): Y.Map<boolean> {
  const set = new Y.Map<boolean>();
  for (const id of ids ?? []) set.set(id, true);
  return set;
}

/** A new status history holding its first entry. */
export function history(first: { status: string; at: string; by: unknown }): Y.Array<unknown> {
  const list = new Y.Array<unknown>();
  list.push([first]);
  return list;
}
