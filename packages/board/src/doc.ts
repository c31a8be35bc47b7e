import * as Y from 'yjs';
import { valuesWithWriters } from './authors.js';
import { BoardError } from './errors.js';
import type { Actor, CollectionName, Id, StatusChange } from './types.js';

// The single place that knows how the board is laid out in the Y.Doc.
//
// - Each collection is a top-level Y.Map (doc.getMap('goals')) of entity Y.Maps keyed by random id,
//   so concurrent edits to different entities, or to different fields of one, never clash.
// - Long free text is a Y.Text, so two people typing in it both keep their words.
// - Lists of ids (responsibleIds, partnerIds, ...) are Y.Maps used as sets (id -> true): two people
//   adding different people at once both keep theirs, adding the same id twice cannot duplicate it,
//   and removing one id never resurrects or drops another. A plain array replaced whole would lose
//   one of two concurrent additions.
// - Status histories are Y.Arrays of plain {status, at, by} entries, so concurrent changes both keep
//   their entry.
// - Optional single values (ownerId, dueDate, ...) are stored as null when cleared.

export type EntityMap = Y.Map<unknown>;

export const collectionNames: readonly CollectionName[] = [
  'partners',
  'people',
  'goals',
  'actions',
  'decisions',
  'risks',
  'comments',
  'commitments',
  'reviews',
];

const thingName: Record<CollectionName, string> = {
  partners: 'partner organisation',
  people: 'person',
  goals: 'goal',
  actions: 'action',
  decisions: 'decision',
  risks: 'risk',
  comments: 'comment',
  commitments: 'commitment',
  reviews: 'review',
};

export function collection(doc: Y.Doc, name: CollectionName): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(name);
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

/** The entity's map, or a not_found BoardError naming the field the id came from. */
export function requireEntity(doc: Y.Doc, name: CollectionName, id: Id, field = 'id'): EntityMap {
  const entity = collection(doc, name).get(id);
  if (!(entity instanceof Y.Map)) {
    throw new BoardError('not_found', `That ${thingName[name]} is no longer on the board (it may have just been deleted).`, field);
  }
  return entity;
}

/** Refuses each id that is not on the board; null and undefined pass (they mean "none"). */
export function requireAll(doc: Y.Doc, name: CollectionName, ids: readonly Id[] | Id | null | undefined, field: string): void {
  if (ids === null || ids === undefined) return;
  for (const id of typeof ids === 'string' ? [ids] : ids) requireEntity(doc, name, id, field);
}

// Reading fields defensively: a document can arrive from any client, so a wrong type reads as empty
// instead of breaking the board for everyone.

/** A field of an entity, or undefined when the "entity" is not a map at all (a board stored before updates were checked). */
function fieldOf(map: unknown, key: string): unknown {
  return map instanceof Y.Map ? (map as Y.Map<unknown>).get(key) : undefined;
}

export function readString(map: EntityMap, key: string): string {
  const value = fieldOf(map, key);
  return typeof value === 'string' ? value : '';
}

export function readNullableString(map: EntityMap, key: string): string | null {
  const value = fieldOf(map, key);
  return typeof value === 'string' ? value : null;
}

export function readNumber(map: EntityMap, key: string, fallback: number): number {
  const value = fieldOf(map, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function readNullableNumber(map: EntityMap, key: string): number | null {
  const value = fieldOf(map, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function readChoice<T extends string>(map: EntityMap, key: string, values: readonly T[], fallback: T): T {
  const value = fieldOf(map, key);
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function readText(map: Y.Map<unknown>, key: string): string {
  const value = fieldOf(map, key);
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : '';
}

export function readIdSet(map: EntityMap, key: string): Id[] {
  const value = fieldOf(map, key);
  return value instanceof Y.Map ? Array.from(value.keys()).sort() : [];
}

export function readActor(value: unknown): Actor | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, partnerName } = value as { name?: unknown; partnerName?: unknown };
  if (typeof name !== 'string') return null;
  return typeof partnerName === 'string' ? { name, partnerName } : { name };
}

export function readHistory<S extends string>(map: EntityMap, statuses: readonly S[]): StatusChange<S>[] {
  const value = fieldOf(map, 'statusHistory');
  if (!(value instanceof Y.Array)) return [];
  const history: StatusChange<S>[] = [];
  for (const { value: entry, writer } of valuesWithWriters(value)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { status, at, by } = entry as { status?: unknown; at?: unknown; by?: unknown };
    if (typeof status !== 'string' || !(statuses as readonly string[]).includes(status) || typeof at !== 'string') continue;
    history.push({ status: status as S, at, by: readActor(by), writer });
  }
  return history;
}

/** A nested map of `parent`, or undefined when this document has none yet. */
export function findMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const existing = parent.get(key);
  return existing instanceof Y.Map ? (existing as Y.Map<unknown>) : undefined;
}

// Writing fields. Callers run these inside one doc.transact.

/** A nested map of `parent`, made on first use (for a document made without it). */
export function ensureMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const existing = findMap(parent, key);
  if (existing) return existing;
  const made = new Y.Map<unknown>();
  parent.set(key, made);
  return made;
}

/**
 * Makes a Y.Text hold `value`, changing only the span that differs, so that someone typing elsewhere
 * in the same text at the same time keeps their words.
 */
export function writeText(map: Y.Map<unknown>, key: string, value: string): void {
  const current = map.get(key);
  if (!(current instanceof Y.Text)) {
    map.set(key, new Y.Text(value));
    return;
  }
  const old = current.toString();
  if (old === value) return;
  let start = 0;
  while (start < old.length && start < value.length && old[start] === value[start]) start++;
  let oldEnd = old.length;
  let newEnd = value.length;
  while (oldEnd > start && newEnd > start && old[oldEnd - 1] === value[newEnd - 1]) {
    oldEnd--;
    newEnd--;
  }
  if (oldEnd > start) current.delete(start, oldEnd - start);
  if (newEnd > start) current.insert(start, value.slice(start, newEnd));
}

/** Makes an id set hold exactly `ids`, touching only the ids that change. */
export function writeIdSet(map: EntityMap, key: string, ids: readonly Id[]): void {
  let set = map.get(key);
  if (!(set instanceof Y.Map)) {
    set = new Y.Map<boolean>();
    map.set(key, set);
  }
  const target = new Set(ids);
  const idSet = set as Y.Map<boolean>;
  for (const id of Array.from(idSet.keys())) if (!target.has(id)) idSet.delete(id);
  for (const id of target) if (!idSet.has(id)) idSet.set(id, true);
}

/** Removes `id` from the id set `key`; true when it was there. */
export function removeFromIdSet(map: EntityMap, key: string, id: Id): boolean {
  const set = fieldOf(map, key);
  if (!(set instanceof Y.Map) || !set.has(id)) return false;
  set.delete(id);
  return true;
}

export function appendHistory(map: EntityMap, change: { status: string; at: string; by: Actor | null }): void {
  let history = map.get('statusHistory');
  if (!(history instanceof Y.Array)) {
    history = new Y.Array<unknown>();
    map.set('statusHistory', history);
  }
  (history as Y.Array<unknown>).push([{ status: change.status, at: change.at, by: change.by }]);
}

/** The actor as stored: no undefined keys, so every client encodes it the same way. */
export function storedActor(actor: Actor | undefined): Actor | null {
  if (!actor) return null;
  return actor.partnerName ? { name: actor.name, partnerName: actor.partnerName } : { name: actor.name };
}

/** Sets a plain field only when its value changes, so an unchanged field is never rewritten (and never wins a clash). */
export function writeValue(map: EntityMap, key: string, value: string | number | boolean | null): void {
  if (map.get(key) !== value || !map.has(key)) map.set(key, value);
}
