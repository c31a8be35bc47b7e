import * as Y from 'yjs';
import type { Actor, Id, IsoDateTime } from './types.js';
import { updateAction } from './actions.js';
import { updateDecision } from './decisions.js';
import { updateGoal } from './goals.js';
import { newId } from './ids.js';
import { updateRisk } from './risks.js';

// A value replaced by someone who had not seen it. Two people who change the same field of the same
// entity without having seen each other's change (one of them offline, or both within the same
// moment) both keep their own value until they sync; then Yjs keeps one, the same everywhere, and
// the other is gone without a word. Yjs records what each writer had seen: a map entry's `origin`
// is the entry it replaced as its writer saw it. So the server, which applies every update in one
// order and knows who sent it (authors.ts) and when it arrived, finds each such case as it applies
// an update, with no device's clock involved, and writes it into the top-level `overwrites` map
// that only it may write. The people concerned read it there and the one whose value was replaced
// can put it back (putBack), as a normal edit.

/** The kinds of entity whose fields are watched, by top-level map. */
export const overwriteKinds = { goals: 'goal', actions: 'action', decisions: 'decision', risks: 'risk' } as const;
export type OverwriteKind = (typeof overwriteKinds)[keyof typeof overwriteKinds];

/**
 * The fields worth telling people about: what a person chose. Positions (`order`), stamps and the
 * free texts (which merge, so nobody's words are lost) are left out.
 */
export const watchedFields: Readonly<Record<OverwriteKind, readonly string[]>> = {
  goal: ['title', 'successMeasure', 'ownerId', 'status', 'targetDate'],
  action: ['title', 'goalId', 'ownerId', 'status', 'dueDate', 'priority'],
  decision: ['title', 'decidedOn', 'decidedBy', 'reviewOn', 'status'],
  risk: ['title', 'category', 'likelihood', 'impact', 'response', 'ownerId', 'goalId', 'triggerOn', 'status'],
};

/** A watched field's value: text, a number, or null (a date or owner taken away). */
export type FieldValue = string | number | null;

/** One side of an overwrite: the value, the Yjs client that wrote it, and when the server received it (null: before it last loaded the board). */
export interface WrittenValue {
  readonly value: FieldValue;
  readonly writer: number;
  readonly at: IsoDateTime | null;
}

/** An overwrite as the server records it. */
export interface Overwrite {
  readonly id: Id;
  readonly kind: OverwriteKind;
  readonly itemId: Id;
  readonly field: string;
  /** The value the board now holds... */
  readonly kept: WrittenValue;
  /** ...and the one it replaced, whose writer had not seen the other (or the other way round). */
  readonly replaced: WrittenValue;
  /** When the server applied the update that made them meet. */
  readonly at: IsoDateTime;
}

/** An overwrite as found in a transaction, before the server gives it times and an id. */
export interface FoundOverwrite {
  readonly kind: OverwriteKind;
  readonly itemId: Id;
  readonly field: string;
  readonly kept: { readonly value: FieldValue; readonly id: Y.ID };
  readonly replaced: { readonly value: FieldValue; readonly id: Y.ID };
}

/** The top-level map only the server writes (documentShape's serverShape). */
const overwritesName = 'overwrites';

/** How far back along a field's past values a lost write is looked for: further than any meeting's worth of edits to one field. */
const maxWalk = 1000;

function isFieldValue(value: unknown): value is FieldValue {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** The plain value an item of a map holds, or undefined for a shared type or anything else. */
function valueOf(item: Y.Item): FieldValue | undefined {
  if (!(item.content instanceof Y.ContentAny)) return undefined;
  // Deleted values of one writer may have been merged into one item: its value is the last.
  const value = (item.content.getContent() as unknown[]).at(-1);
  return isFieldValue(value) ? value : undefined;
}

/** The kind and id of an entity map (a map held in one of the watched top-level maps), or null. */
function entityOf(doc: Y.Doc, type: Y.Map<unknown>): { kind: OverwriteKind; id: Id } | null {
  const item = type._item;
  if (item === null || item.parentSub === null) return null;
  for (const [name, kind] of Object.entries(overwriteKinds)) {
    if (doc.share.get(name) === item.parent) return { kind, id: item.parentSub };
  }
  return null;
}

/**
 * Each watched field that `transaction` set where its writer had not seen the value it replaced,
 * or where its value lost to one its writer had not seen. `onWrite` hears of every watched value
 * the transaction wrote (the server notes when each arrived).
 */
export function findOverwrites(transaction: Y.Transaction, onWrite?: (id: Y.ID) => void): FoundOverwrite[] {
  const found: FoundOverwrite[] = [];
  const { doc, beforeState } = transaction;
  const isNew = (item: Y.Item) => item.id.clock >= (beforeState.get(item.id.client) ?? 0);
  /** The entry an item's writer saw as the field's value: its origin, followed through this transaction's own items. */
  const seenBy = (item: Y.Item): Y.Item | null => {
    let origin = item.origin;
    for (let steps = 0; origin !== null && steps < maxWalk; steps += 1) {
      const struct = Y.getItem(doc.store, origin);
      if (!(struct instanceof Y.Item)) return null;
      if (!isNew(struct)) return struct;
      origin = struct.origin;
    }
    return null;
  };
  const hadValue = (item: Y.Item) => !item.deleted || Y.isDeleted(transaction.deleteSet, item.id);
  for (const [type, keys] of transaction.changed) {
    if (!(type instanceof Y.Map)) continue;
    const entity = entityOf(doc, type as Y.Map<unknown>);
    if (!entity) continue;
    const fields = watchedFields[entity.kind];
    for (const field of keys) {
      if (field === null || !fields.includes(field)) continue;
      const current = type._map.get(field);
      if (!current) continue;
      const record = (kept: Y.Item, replaced: Y.Item) => {
        const keptValue = valueOf(kept);
        const replacedValue = valueOf(replaced);
        if (keptValue === undefined || replacedValue === undefined || keptValue === replacedValue) return;
        found.push({ kind: entity.kind, itemId: entity.id, field, kept: { value: keptValue, id: kept.id }, replaced: { value: replacedValue, id: replaced.id } });
      };
      if (isNew(current)) {
        // Written now and kept: did its writer see the value it replaced (the latest one from before)?
        if (current.deleted) continue;
        onWrite?.(current.id);
        let before: Y.Item | null = current.left;
        for (let steps = 0; before !== null && isNew(before) && steps < maxWalk; steps += 1) before = before.left;
        if (before === null || isNew(before) || !hadValue(before)) continue;
        if (seenBy(current) !== before) record(current, before);
        continue;
      }
      // The value from before stays: a write of this transaction lost to it, unseen by its writer.
      if (current.deleted) continue;
      let lost: Y.Item | null = null;
      let item = current.left;
      for (let steps = 0; item !== null && steps < maxWalk; steps += 1, item = item.left) {
        if (isNew(item)) {
          // The latest of the writer's own values (they come one after another).
          if (lost === null || item.id.clock > lost.id.clock) lost = item;
        } else if (lost !== null) break;
      }
      if (lost !== null && seenBy(lost) !== current) record(current, lost);
    }
  }
  return found;
}

function overwritesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(overwritesName);
}

/**
 * The update that records `overwrites`, made on `writer` (a copy of the board, used for nothing
 * else) so that the server can store it before it applies it. Keeps the newest `keep` records.
 */
export function recordOverwrites(writer: Y.Doc, overwrites: readonly Omit<Overwrite, 'id'>[], keep: number): Uint8Array | null {
  let update: Uint8Array | null = null;
  const take = (made: Uint8Array) => {
    update = made;
  };
  writer.once('update', take);
  writer.transact(() => {
    const map = overwritesMap(writer);
    for (const overwrite of overwrites) map.set(newId(), { ...overwrite });
    const oldestFirst = readOverwrites(writer);
    for (const { id } of oldestFirst.slice(0, Math.max(0, oldestFirst.length - keep))) map.delete(id);
  });
  writer.off('update', take);
  return update;
}

function readWritten(value: unknown): WrittenValue | null {
  if (typeof value !== 'object' || value === null) return null;
  const { value: written, writer, at } = value as Record<string, unknown>;
  if (!isFieldValue(written) || typeof writer !== 'number' || !(at === null || typeof at === 'string')) return null;
  return Object.freeze({ value: written, writer, at });
}

const kinds: readonly string[] = Object.values(overwriteKinds);

function readOverwrite(id: string, value: unknown): Overwrite | null {
  if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return null;
  const { kind, itemId, field, kept, replaced, at } = value as Record<string, unknown>;
  if (typeof kind !== 'string' || !kinds.includes(kind) || typeof itemId !== 'string' || typeof field !== 'string' || typeof at !== 'string') return null;
  const keptValue = readWritten(kept);
  const replacedValue = readWritten(replaced);
  if (!keptValue || !replacedValue) return null;
  return Object.freeze({ id, kind: kind as OverwriteKind, itemId, field, kept: keptValue, replaced: replacedValue, at });
}

/** Every recorded overwrite, oldest first. */
export function readOverwrites(doc: Y.Doc): readonly Overwrite[] {
  const list: Overwrite[] = [];
  overwritesMap(doc).forEach((value, id) => {
    const overwrite = readOverwrite(id, value);
    if (overwrite) list.push(overwrite);
  });
  return list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * Puts the replaced value back: a normal edit of the field (undoable, and seen by everyone), made
 * by whoever asks. Refused like any edit when the value is no longer allowed (a deleted owner).
 */
export function putBack(doc: Y.Doc, overwrite: Overwrite, actor?: Actor): void {
  const patch = { [overwrite.field]: overwrite.replaced.value };
  switch (overwrite.kind) {
    case 'goal':
      return updateGoal(doc, overwrite.itemId, patch, actor);
    case 'action':
      return updateAction(doc, overwrite.itemId, patch, actor);
    case 'decision':
      return updateDecision(doc, overwrite.itemId, patch);
    case 'risk':
      return updateRisk(doc, overwrite.itemId, patch);
  }
}
