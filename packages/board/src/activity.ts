import * as Y from 'yjs';
import type { Id } from './types.js';
import { collectionKinds, contentOf, describe, goal, label, nameIn, rawField, titleOf, words } from './activityWords.js';
import { commitmentKindLabel } from './vocabulary.js';

// Activity in words. The server applies each client's update in its own transaction and knows who
// sent it; this reads what that transaction changed (the maps, texts and id sets it touched, and
// each field's value before and after) and says it as a person would: "moved 'Key safe' to Done".
// Only the document's changes are read, never what a client wrote about itself (createdBy, a
// history entry's `by`): who did it is the server's business.

/** The kinds of thing a line of activity is about. */
export type ActivityKind = 'board' | 'partner' | 'person' | 'goal' | 'action' | 'decision' | 'risk' | 'comment' | 'commitment' | 'review';

/** One change to one item, in words. */
export interface ActivityChange {
  readonly kind: ActivityKind;
  /** The item's id ('board' for the board itself). */
  readonly itemId: Id;
  /** What changed: a field's name, or `added` / `deleted`. */
  readonly field: string;
  /** The item as the words name it: a title, or a person's or organisation's name. */
  readonly title: string;
  /** The shown value before and after, where the words use them (a new status, an old title, the goal of a new action). */
  readonly before: string | null;
  readonly after: string | null;
  /** What the person did, after their name: "moved 'Arrange home care package' to Done". */
  readonly text: string;
}

function change(kind: ActivityKind, itemId: Id, field: string, parts: Pick<ActivityChange, 'title' | 'before' | 'after'>): ActivityChange {
  return { kind, itemId, field, ...parts, text: describe(kind, field, parts) };
}

/** Where a changed shared type sits: in an entity (by kind and id) or in the board's meta, and under which field of it ('' for the entity's own map). */
interface Place {
  kind: ActivityKind;
  itemId: Id;
  entity: Y.Map<unknown> | null;
  field: string;
}

/** An edit of one field: a plain value's before and after, or the keys changed inside a text, an id set or a nested map. */
interface Edit extends Place {
  before: unknown;
  after: unknown;
  inside: Set<string | null> | null;
}

type AnyType = Y.AbstractType<unknown>;

/** The entity or meta field that holds `type` (at any depth), or null for a part no one reads as activity. */
function placeOf(topLevel: ReadonlyMap<AnyType, string>, type: AnyType): Place | null {
  let child = type;
  let field: string | null = null;
  for (let depth = 0; depth < 8; depth += 1) {
    const item = child._item;
    if (!item || !(item.parent instanceof Y.AbstractType)) return null;
    const parent = item.parent as AnyType;
    const parentName = topLevel.get(parent);
    if (parentName === 'meta') return item.parentSub ? { kind: 'board', itemId: 'board', entity: null, field: item.parentSub } : null;
    if (parentName !== undefined) {
      const kind = collectionKinds[parentName];
      return kind && item.parentSub && child instanceof Y.Map ? { kind, itemId: item.parentSub, entity: child as Y.Map<unknown>, field: field ?? '' } : null;
    }
    field = item.parentSub;
    child = parent;
  }
  return null;
}

/** The board's top-level types by name. Built anew each time: Yjs swaps a type read before it is named (doc.get) for its map. */
function topLevelNames(doc: Y.Doc): ReadonlyMap<AnyType, string> {
  const names = new Map<AnyType, string>();
  doc.share.forEach((type, name) => names.set(type as AnyType, name));
  return names;
}

/**
 * What `transaction` changed on the board, in words, one change per item and field, in the order
 * the transaction touched them. Call it in the document's `afterTransaction` (a deleted item's
 * values are still readable there).
 */
export function activityOf(transaction: Y.Transaction): ActivityChange[] {
  const { doc, beforeState, deleteSet } = transaction;
  const topLevel = topLevelNames(doc);
  const isNew = (item: Y.Item) => item.id.clock >= (beforeState.get(item.id.client) ?? 0);
  /** A key's value before the transaction and after it (undefined: none). */
  const valuesOf = (map: AnyType, key: string): { before: unknown; after: unknown } => {
    const current = map._map.get(key);
    if (!current) return { before: undefined, after: undefined };
    const after = current.deleted ? undefined : contentOf(current);
    let previous: Y.Item | null = current;
    while (previous !== null && isNew(previous)) previous = previous.left;
    const before = previous !== null && (!previous.deleted || Y.isDeleted(deleteSet, previous.id)) ? contentOf(previous) : undefined;
    return { before, after };
  };

  const added: { kind: ActivityKind; id: Id; entity: Y.Map<unknown> }[] = [];
  const deleted: { kind: ActivityKind; id: Id; entity: Y.Map<unknown> }[] = [];
  const edits = new Map<string, Edit>();
  const setValue = (place: Place, field: string, before: unknown, after: unknown) => {
    if (before === after || before instanceof Y.AbstractType || after instanceof Y.AbstractType) return;
    edits.set(`${place.kind}:${place.itemId}:${field}`, { ...place, field, before, after, inside: null });
  };
  for (const [changedType, keys] of transaction.changed) {
    const type = changedType as AnyType;
    const name = topLevel.get(type);
    if (name === 'meta') {
      for (const key of keys) if (key !== null) setValue({ kind: 'board', itemId: 'board', entity: null, field: key }, key, valuesOf(type, key).before, valuesOf(type, key).after);
      continue;
    }
    if (name !== undefined) {
      const kind = collectionKinds[name];
      if (!kind) continue;
      for (const key of keys) {
        if (key === null) continue;
        const { before, after } = valuesOf(type, key);
        if (after instanceof Y.Map && before === undefined) added.push({ kind, id: key, entity: after as Y.Map<unknown> });
        else if (before instanceof Y.Map && after === undefined) deleted.push({ kind, id: key, entity: before as Y.Map<unknown> });
      }
      continue;
    }
    if (type._item?.deleted) continue;
    const place = placeOf(topLevel, type);
    if (!place) continue;
    if (place.entity === type) {
      for (const key of keys) if (key !== null) setValue(place, key, valuesOf(type, key).before, valuesOf(type, key).after);
      continue;
    }
    // Anything deeper than a plain field (a text, an id set, a nested map) is an edit of the field that holds it.
    const id = `${place.kind}:${place.itemId}:${place.field}`;
    const edit = edits.get(id) ?? { ...place, before: undefined, after: undefined, inside: new Set<string | null>() };
    for (const key of keys) edit.inside?.add(key);
    edits.set(id, edit);
  }

  const gone = new Set(deleted.map(({ id }) => id));
  const changes: ActivityChange[] = [];
  for (const { kind, id, entity } of added) {
    const title = titleOf(doc, kind, entity);
    const after =
      kind === 'action'
        ? goal(doc)(rawField(entity, 'goalId'))
        : kind === 'person'
          ? nameIn(doc, 'partners', 'name')(rawField(entity, 'partnerId'))
          : kind === 'commitment'
            ? label(commitmentKindLabel)(rawField(entity, 'kind'))
            : null;
    changes.push(change(kind, id, 'added', { title, before: null, after }));
  }
  for (const { kind, id, entity } of deleted) {
    // What goes with something deleted (a goal's actions, comments on a deleted item, a partner's people) is said with it.
    const owner = kind === 'action' ? rawField(entity, 'goalId') : kind === 'comment' ? rawField(entity, 'itemId') : kind === 'person' ? rawField(entity, 'partnerId') : null;
    if (typeof owner === 'string' && gone.has(owner)) continue;
    let after: string | null = null;
    if (kind === 'goal') {
      const actions = deleted.filter((other) => other.kind === 'action' && rawField(other.entity, 'goalId') === id).length;
      if (actions > 0) after = actions === 1 ? 'its action' : `its ${actions} actions`;
    }
    changes.push(change(kind, id, 'deleted', { title: titleOf(doc, kind, entity), before: null, after }));
  }
  for (const edit of edits.values()) {
    const fieldWords = words[edit.kind][edit.field];
    if (!fieldWords || (edit.entity && gone.has(edit.itemId))) continue;
    // An id set that only lost ids deleted in this same transaction did not change by anyone's choice.
    if (edit.inside && edit.inside.size > 0 && [...edit.inside].every((key) => key !== null && gone.has(key))) continue;
    const show = edit.inside ? () => null : (fieldWords.show?.(doc) ?? (() => null));
    const title = edit.entity ? titleOf(doc, edit.kind, edit.entity) : '';
    changes.push(change(edit.kind, edit.itemId, edit.field, { title, before: show(edit.before), after: show(edit.after) }));
  }
  return changes;
}

/** True when `later` carries on `earlier`: the same field of the same item. */
export function continuesActivity(earlier: ActivityChange, later: ActivityChange): boolean {
  return earlier.kind === later.kind && earlier.itemId === later.itemId && earlier.field === later.field;
}

/** One change made of two to the same field of the same item: the first's value before, the second's after. */
export function foldActivityChanges(earlier: ActivityChange, later: ActivityChange): ActivityChange {
  return change(later.kind, later.itemId, later.field, { title: later.title, before: earlier.before, after: later.after });
}
