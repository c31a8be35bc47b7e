import * as Y from 'yjs';
import type { ActivityChange, ActivityKind } from './activity.js';
import {
  actionStatusLabel,
  decisionStatusLabel,
  goalStatusLabel,
  priorityLabel,
  riskCategoryLabel,
  riskResponseLabel,
  riskStatusLabel,
} from './vocabulary.js';

// The words of activity.ts: how each kind of item is named, how values are shown, and what a
// change to each field says. Read from the document as the server holds it after the change.

/** The kind of item each top-level collection holds. */
export const collectionKinds: Readonly<Record<string, ActivityKind>> = {
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

/** Shows a value of a vocabulary by its label ('at_risk' as 'At risk'). */
export function label(labels: Readonly<Record<string, string>>) {
  return (value: unknown): string | null => (typeof value === 'string' ? (labels[value] ?? value) : null);
}

/** The last value an item holds: a plain value, a shared type, or undefined (deleted content). */
export function contentOf(item: Y.Item): unknown {
  return item.content.getContent().at(-1);
}

/** A field of an entity map, read also from a map deleted in this transaction (its content is still there until Yjs collects it). */
export function rawField(map: Y.Map<unknown>, key: string): unknown {
  const item = map._map.get(key);
  return item ? contentOf(item) : undefined;
}

function entityIn(doc: Y.Doc, collection: string, id: unknown): Y.Map<unknown> | null {
  if (typeof id !== 'string') return null;
  // Read without doc.getMap, which would change the document's types from inside its transaction's listener.
  const item = doc.share.get(collection)?._map.get(id);
  const value = item ? contentOf(item) : undefined;
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Shows an id of `collection` by the `field` of the item it names (a person's name, a goal's title). */
export function nameIn(doc: Y.Doc, collection: string, field: string) {
  return (id: unknown): string | null => {
    const entity = entityIn(doc, collection, id);
    return entity ? textOf(rawField(entity, field)) || null : null;
  };
}

/** How an item of each kind is named in words. */
export function titleOf(doc: Y.Doc, kind: ActivityKind, entity: Y.Map<unknown>): string {
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
export interface FieldWords {
  show?: (doc: Y.Doc) => (value: unknown) => string | null;
  say: (change: Pick<ActivityChange, 'title' | 'before' | 'after'>) => string;
}

const person = (doc: Y.Doc) => nameIn(doc, 'people', 'name');
/** Shows a goal id by the goal's title. */
export const goal = (doc: Y.Doc) => nameIn(doc, 'goals', 'title');
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
export const words: Readonly<Record<ActivityKind, Readonly<Record<string, FieldWords>>>> = {
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

/** What a change to `field` of an item of `kind` says, after the person's name ('' for a field nobody reads as activity). */
export function describe(kind: ActivityKind, field: string, parts: Pick<ActivityChange, 'title' | 'before' | 'after'>): string {
  return words[kind][field]?.say(parts) ?? '';
}
