import * as Y from 'yjs';
import type { Id } from './types.js';
import {
  actionStatusLabel,
  commitmentKindLabel,
  decisionStatusLabel,
  goalStatusLabel,
  priorityLabel,
  riskCategoryLabel,
  riskResponseLabel,
  riskStatusLabel,
} from './vocabulary.js';

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

const collectionKinds: Readonly<Record<string, ActivityKind>> = {
  partners: 'partner',
  people: 'person',
  goals: 'goal',
  actions: 'action',
  decisions: 'decision',
  risks: 'risk',
  comments: 'comment',
  commitments: 'commitment',
  reviews: 'review',
};

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-12-12' as '12 Dec 2026'; anything else as it is. */
function shownDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  return `${Number(day)} ${months[Number(month) - 1] ?? month} ${year}`;
}

function label(labels: Readonly<Record<string, string>>) {
  return (value: unknown): string | null => (typeof value === 'string' ? (labels[value] ?? value) : null);
}

/** The last value an item holds: a plain value, a shared type, or undefined (deleted content). */
function contentOf(item: Y.Item): unknown {
  return item.content.getContent().at(-1);
}

/** A field of an entity map, read also from a map deleted in this transaction (its content is still there until Yjs collects it). */
function rawField(map: Y.Map<unknown>, key: string): unknown {
  const item = map._map.get(key);
  return item ? contentOf(item) : undefined;
}

function entityIn(doc: Y.Doc, collection: string, id: unknown): Y.Map<unknown> | null {
  if (typeof id !== 'string') return null;
  const item = doc.getMap(collection)._map.get(id);
  const value = item ? contentOf(item) : undefined;
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function nameIn(doc: Y.Doc, collection: string, field: string) {
  return (id: unknown): string | null => {
    const entity = entityIn(doc, collection, id);
    return entity ? textOf(rawField(entity, field)) || null : null;
  };
}

/** How an item of each kind is named in words. */
function titleOf(doc: Y.Doc, kind: ActivityKind, entity: Y.Map<unknown>): string {
  switch (kind) {
    case 'partner':
    case 'person':
      return textOf(rawField(entity, 'name'));
    case 'comment':
      return itemTitle(doc, rawField(entity, 'itemId'));
    case 'commitment':
      return nameIn(doc, 'partners', 'name')(rawField(entity, 'partnerId')) ?? 'a partner';
    case 'review':
      return shownDate(rawField(entity, 'heldOn')) ?? '';
    default:
      return textOf(rawField(entity, 'title'));
  }
}

/** The title or name of any item on the board, by id. */
function itemTitle(doc: Y.Doc, id: unknown): string {
  for (const [collection, kind] of Object.entries(collectionKinds)) {
    if (kind === 'comment') continue;
    const entity = entityIn(doc, collection, id);
    if (entity) return titleOf(doc, kind, entity);
  }
  return 'an item';
}

const quoted = (title: string | null) => `'${title ?? ''}'`;

/** Words for a field of a kind: how its values are shown, and what the person did. */
interface FieldWords {
  show?: (doc: Y.Doc) => (value: unknown) => string | null;
  say: (change: Pick<ActivityChange, 'title' | 'before' | 'after'>) => string;
}

const person = (doc: Y.Doc) => nameIn(doc, 'people', 'name');
const goal = (doc: Y.Doc) => nameIn(doc, 'goals', 'title');
const plain = () => (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);

function renamed(thing: string): FieldWords {
  return { show: plain, say: ({ before, after }) => `renamed ${thing}${quoted(before)} to ${quoted(after)}` };
}

function edited(what: string, of: (title: string) => string): FieldWords {
  return { say: ({ title }) => `edited ${what} ${of(title)}` };
}

function dated(what: string, of: (title: string) => string): FieldWords {
  return { show: () => shownDate, say: ({ title, after }) => (after ? `set ${what} ${of(title)} to ${after}` : `removed ${what} ${of(title)}`) };
}

const theGoal = (title: string) => `of the goal ${quoted(title)}`;
const theAction = (title: string) => `of ${quoted(title)}`;
const theDecision = (title: string) => `of the decision ${quoted(title)}`;
const theRisk = (title: string) => `of the risk ${quoted(title)}`;

/** The fields each kind says something about; the rest (positions, stamps, histories) are not activity anyone reads. */
const words: Readonly<Record<ActivityKind, Readonly<Record<string, FieldWords>>>> = {
  action: {
    added: { say: ({ title, after }) => `added the action ${quoted(title)}${after ? ` to the goal ${quoted(after)}` : ''}` },
    deleted: { say: ({ title }) => `deleted the action ${quoted(title)}` },
    title: renamed('the action '),
    status: { show: () => label(actionStatusLabel), say: ({ title, after }) => `moved ${quoted(title)} to ${after ?? ''}` },
    goalId: { show: goal, say: ({ title, after }) => `moved ${quoted(title)} to the goal ${quoted(after)}` },
    ownerId: { show: person, say: ({ title, after }) => (after ? `assigned ${quoted(title)} to ${after}` : `removed the owner of ${quoted(title)}`) },
    dueDate: dated('the due date', theAction),
    priority: { show: () => label(priorityLabel), say: ({ title, after }) => `set the priority of ${quoted(title)} to ${after ?? ''}` },
    notes: edited('the notes', theAction),
    responsibleIds: { say: ({ title }) => `changed who is responsible for ${quoted(title)}` },
    consultedIds: { say: ({ title }) => `changed who is consulted on ${quoted(title)}` },
    informedIds: { say: ({ title }) => `changed who is kept informed of ${quoted(title)}` },
  },
  goal: {
    added: { say: ({ title }) => `added the goal ${quoted(title)}` },
    deleted: { say: ({ title, after }) => `deleted the goal ${quoted(title)}${after ? ` and ${after}` : ''}` },
    title: renamed('the goal '),
    status: { show: () => label(goalStatusLabel), say: ({ title, after }) => `marked the goal ${quoted(title)} ${(after ?? '').toLowerCase()}` },
    ownerId: { show: person, say: ({ title, after }) => (after ? `assigned the goal ${quoted(title)} to ${after}` : `removed the owner of the goal ${quoted(title)}`) },
    targetDate: dated('the target date', theGoal),
    successMeasure: { say: ({ title }) => `changed the success measure of the goal ${quoted(title)}` },
    description: edited('the description', theGoal),
    partnerIds: { say: ({ title }) => `changed the partners working on the goal ${quoted(title)}` },
  },
  decision: {
    added: { say: ({ title }) => `recorded the decision ${quoted(title)}` },
    deleted: { say: ({ title }) => `deleted the decision ${quoted(title)}` },
    title: renamed('the decision '),
    status: { show: () => label(decisionStatusLabel), say: ({ title, after }) => `marked the decision ${quoted(title)} ${(after ?? '').toLowerCase()}` },
    decidedOn: dated('the date', theDecision),
    decidedBy: { show: plain, say: ({ title, after }) => `recorded that ${after ?? 'nobody'} decided ${quoted(title)}` },
    reviewOn: dated('the review date', theDecision),
    context: edited('the context', theDecision),
    alternatives: edited('the alternatives', theDecision),
    rationale: edited('the rationale', theDecision),
    agreedByPartnerIds: { say: ({ title }) => `changed which partners agreed to the decision ${quoted(title)}` },
    consultedIds: { say: ({ title }) => `changed who was consulted on the decision ${quoted(title)}` },
    goalIds: { say: ({ title }) => `changed the goals the decision ${quoted(title)} affects` },
    actionIds: { say: ({ title }) => `changed the actions the decision ${quoted(title)} affects` },
  },
  risk: {
    added: { say: ({ title }) => `raised the risk ${quoted(title)}` },
    deleted: { say: ({ title }) => `deleted the risk ${quoted(title)}` },
    title: renamed('the risk '),
    status: { show: () => label(riskStatusLabel), say: ({ title, after }) => `marked the risk ${quoted(title)} ${(after ?? '').toLowerCase()}` },
    category: { show: () => label(riskCategoryLabel), say: ({ title, after }) => `set the category of the risk ${quoted(title)} to ${after ?? ''}` },
    likelihood: { show: plain, say: ({ title, after }) => `rated the likelihood of the risk ${quoted(title)} ${after ?? ''} of 5` },
    impact: { show: plain, say: ({ title, after }) => `rated the impact of the risk ${quoted(title)} ${after ?? ''} of 5` },
    response: { show: () => label(riskResponseLabel), say: ({ title, after }) => `set the response to the risk ${quoted(title)} to ${after ?? ''}` },
    ownerId: { show: person, say: ({ title, after }) => (after ? `assigned the risk ${quoted(title)} to ${after}` : `removed the owner of the risk ${quoted(title)}`) },
    goalId: { show: goal, say: ({ title, after }) => (after ? `linked the risk ${quoted(title)} to the goal ${quoted(after)}` : `unlinked the risk ${quoted(title)} from its goal`) },
    triggerOn: dated('the trigger date', theRisk),
    description: edited('the description', theRisk),
    mitigation: edited('the mitigation', theRisk),
    mitigationActionIds: { say: ({ title }) => `changed the actions that mitigate the risk ${quoted(title)}` },
  },
  partner: {
    added: { say: ({ title }) => `added the partner ${quoted(title)}` },
    deleted: { say: ({ title }) => `removed the partner ${quoted(title)}` },
    name: renamed('the partner '),
    leadPersonId: { show: person, say: ({ title, after }) => (after ? `made ${after} the lead for ${quoted(title)}` : `removed the lead of ${quoted(title)}`) },
  },
  person: {
    added: { say: ({ title, after }) => `added ${title}${after ? ` (${after})` : ''} to the people` },
    deleted: { say: ({ title }) => `removed ${title} from the people` },
    name: { show: plain, say: ({ before, after }) => `renamed ${before ?? ''} to ${after ?? ''}` },
    role: { show: plain, say: ({ title, after }) => `changed the role of ${title} to ${quoted(after)}` },
    partnerId: { show: (doc) => nameIn(doc, 'partners', 'name'), say: ({ title, after }) => `moved ${title} to ${quoted(after)}` },
    contact: { say: ({ title }) => `changed the contact details of ${title}` },
  },
  comment: {
    added: { say: ({ title }) => `commented on ${quoted(title)}` },
    deleted: { say: ({ title }) => `deleted a comment on ${quoted(title)}` },
  },
  commitment: {
    added: { say: ({ title, after }) => `recorded a commitment of ${(after ?? 'support').toLowerCase()} from ${quoted(title)}` },
    deleted: { say: ({ title }) => `deleted a commitment from ${quoted(title)}` },
    status: { show: plain, say: ({ title, after }) => `marked a commitment from ${quoted(title)} ${after ?? ''}` },
  },
  review: {
    added: { say: ({ title }) => `recorded the review of ${title}` },
    deleted: { say: ({ title }) => `deleted the review of ${title}` },
    notes: { say: ({ title }) => `edited the notes of the review of ${title}` },
  },
  board: {
    title: { show: plain, say: ({ after }) => `renamed the board to ${quoted(after)}` },
    purpose: { say: () => 'edited the purpose of the board' },
    voice: { say: () => 'edited the voice of the person at the centre' },
    leadPersonId: { show: person, say: ({ after }) => (after ? `made ${after} the lead professional` : 'removed the lead professional') },
    nextReviewOn: { show: () => shownDate, say: ({ after }) => (after ? `set the next review for ${after}` : 'removed the date of the next review') },
    reviewEveryDays: { show: plain, say: ({ after }) => (after ? `set reviews for every ${after} days` : 'stopped the regular reviews') },
    agreement: { say: () => 'edited the partnership agreement' },
    consent: { say: () => 'updated the consent record' },
  },
};

function describe(kind: ActivityKind, field: string, parts: Pick<ActivityChange, 'title' | 'before' | 'after'>): string {
  return words[kind][field]?.say(parts) ?? '';
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

/**
 * What `transaction` changed on the board, in words, one change per item and field, in the order
 * the transaction touched them. Call it in the document's `afterTransaction` (a deleted item's
 * values are still readable there).
 */
export function activityOf(transaction: Y.Transaction): ActivityChange[] {
  const { doc, beforeState, deleteSet } = transaction;
  const topLevel = new Map<AnyType, string>();
  doc.share.forEach((type, name) => topLevel.set(type as AnyType, name));
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
