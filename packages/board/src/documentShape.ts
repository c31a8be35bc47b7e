import { agendaLinkKinds, attendeeRoles, captureKinds, meetingItemKinds, voteStatuses } from './meeting/types.js';
import { overwriteKinds } from './overwrites.js';
import { limits } from './schema.js';
import {
  actionStatuses,
  attendanceKinds,
  commitmentKinds,
  commitmentStatuses,
  decisionStatuses,
  goalStatuses,
  partnerKinds,
  priorities,
  reviewVerdicts,
  riskCategories,
  riskResponses,
  riskStatuses,
  recordedTemplateNames,
} from './vocabulary.js';

// The shape of a board's Y.Doc as the board package writes it (see doc.ts), declared once so that
// the server can check every update against it (updateCheck.ts) before it stores or shares it.
// Values are checked as stored, not as typed: a write's input schema (schema.ts) trims and refuses
// empty titles; here only what could harm a reader is refused (types, lengths, unknown keys).

/** Says what is wrong with a plain value, or null when it may be stored. */
export type ValueCheck = (value: unknown) => string | null;

/** A field of a map: a plain value, or a nested shared type. */
export type Field = { readonly value: ValueCheck } | { readonly node: Node };

/**
 * A shared type of the document and what it may hold:
 * - fields: a Y.Map with known keys;
 * - entries: a Y.Map keyed by ids (a collection, a dictionary or an id set), at most `max` keys;
 * - text: a Y.Text of plain characters (no embeds, formats or nested types);
 * - list: a Y.Array of plain values, at most `max`.
 */
export type Node =
  | { readonly kind: 'fields'; readonly thing: string; readonly fields: Readonly<Record<string, Field>> }
  | { readonly kind: 'entries'; readonly thing: string; readonly max: number; readonly entry: Field; readonly keys?: 'ids' | 'clients' }
  | { readonly kind: 'text'; readonly thing: string; readonly max: number }
  | { readonly kind: 'list'; readonly thing: string; readonly max: number; readonly item: ValueCheck };

/** Ids as newId makes them: 21 url-safe characters (so never `__proto__` or any other name of Object.prototype). */
const idPattern = /^[A-Za-z0-9_-]{21}$/;

/** Yjs client ids, as keys of the server's `authors`: whole numbers below 2^32. */
const clientIdPattern = /^[0-9]{1,10}$/;

/** True for a key of `node`'s entries: a board id, or a Yjs client id for the server's authors. */
export function isEntryKey(node: { readonly keys?: 'ids' | 'clients' }, key: string): boolean {
  return node.keys === 'clients' ? clientIdPattern.test(key) : idPattern.test(key);
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const momentPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const orderPattern = /^[0-9A-Za-z]{1,1000}$/;
const hexColourPattern = /^#[0-9a-fA-F]{6}$/;

// Typed values are bounded by what the editors allow; stored values get room for what the writers
// add (a name with its organisation) but no more.
const text =
  (max: number): ValueCheck =>
  (value) =>
    typeof value === 'string' && value.length <= max ? null : `must be text of at most ${max} characters`;

const pattern =
  (regex: RegExp, what: string): ValueCheck =>
  (value) =>
    typeof value === 'string' && regex.test(value) ? null : `must be ${what}`;

const nullable =
  (check: ValueCheck): ValueCheck =>
  (value) =>
    value === null ? null : check(value);

const choice =
  (values: readonly string[]): ValueCheck =>
  (value) =>
    typeof value === 'string' && values.includes(value) ? null : `must be one of ${values.join(', ')}`;

const wholeNumber =
  (min: number, max: number): ValueCheck =>
  (value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max ? null : `must be a whole number from ${min} to ${max}`;

const anyNumber =
  (min: number, max: number): ValueCheck =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? null : `must be a number from ${min} to ${max}`;

const isTrue: ValueCheck = (value) => (value === true ? null : 'must be true');

const id = pattern(idPattern, 'an id from the board');
const date = pattern(isoDatePattern, 'a date like 2026-03-31');
const moment = pattern(momentPattern, 'a moment like 2026-03-31T09:30:00.000Z');
const order = pattern(orderPattern, 'an order key');
const colour = pattern(hexColourPattern, 'a colour like #0072B2');
const name = text(limits.name);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** A plain object with exactly these keys (those marked optional may be left out). */
function record(checks: Readonly<Record<string, ValueCheck>>, optional: readonly string[] = []): ValueCheck {
  return (value) => {
    if (!isPlainObject(value)) return 'must be a record';
    for (const key of Object.keys(value)) if (!Object.hasOwn(checks, key)) return `has an unknown part "${key.slice(0, 40)}"`;
    for (const [key, check] of Object.entries(checks)) {
      if (!Object.hasOwn(value, key)) {
        if (optional.includes(key)) continue;
        return `lacks its "${key}"`;
      }
      const problem = check(value[key]);
      if (problem) return `"${key}" ${problem}`;
    }
    return null;
  };
}

const actor = nullable(record({ name, partnerName: name }, ['partnerName']));

const history = (statuses: readonly string[]): ValueCheck => record({ status: choice(statuses), at: moment, by: actor });

/**
 * Status changes an entity's history may hold. Every change adds one and none is ever taken away
 * (but by undo), so the bound is far past any real use: it only stops a history made to burden
 * every reader.
 */
const maxHistory = 100_000;
/**
 * Free text grows by typing at once in two places, and each writer keeps to limits.longText; the
 * sum of two may pass it. Refusing that would part an honest client from the board for good, so
 * the document holds up to twice as much, and no one update may add more than the limit.
 */
const maxStoredText = 2 * limits.longText;
/** Ids in one id set (responsible, contributing partners...): the write limit, doubled for the same reason. */
const maxIdSet = 2 * limits.listLength;

const longText = (thing: string): Field => ({ node: { kind: 'text', thing, max: maxStoredText } });
const idSet = (thing: string): Field => ({ node: { kind: 'entries', thing, max: maxIdSet, entry: { value: isTrue } } });
const statusHistory = (thing: string, statuses: readonly string[]): Field => ({
  node: { kind: 'list', thing, max: maxHistory, item: history(statuses) },
});

function entity(thing: string, fields: Record<string, Field>): Field {
  return { node: { kind: 'fields', thing, fields } };
}

/** A top-level collection: entities by id, at most `max` of them. */
function collection(thing: string, max: number, fields: Record<string, Field>): Node {
  return { kind: 'entries', thing: `${thing}s`, max, entry: entity(thing, fields) };
}

const v = (check: ValueCheck): Field => ({ value: check });

const agreementVersion = wholeNumber(1, Number.MAX_SAFE_INTEGER);

const agreement: Node = {
  kind: 'fields',
  thing: 'agreement',
  fields: {
    objectives: longText('shared objectives'),
    waysOfWorking: longText('ways of working'),
    communication: longText('communication channels'),
    expectations: { node: { kind: 'entries', thing: 'expectations', max: 500, entry: longText('expectations') } },
    // Sign-offs from before versions have none.
    signOffs: { node: { kind: 'entries', thing: 'sign-offs', max: 500, entry: v(record({ name, at: moment, version: agreementVersion }, ['version'])) } },
    version: v(agreementVersion),
  },
};

const meta: Node = {
  kind: 'fields',
  thing: 'board',
  fields: {
    title: v(text(limits.title)),
    purpose: longText('purpose'),
    sector: v(name),
    template: v(choice(recordedTemplateNames)),
    createdAt: v(moment),
    leadPersonId: v(nullable(id)),
    voice: longText('voice of the person at the centre'),
    consent: {
      node: {
        kind: 'entries',
        thing: 'consent records',
        max: 500,
        entry: v(record({ name, scope: text(limits.shortText), givenOn: date, withdrawnOn: nullable(date) })),
      },
    },
    reviewEveryDays: v(nullable(wholeNumber(1, 366))),
    nextReviewOn: v(nullable(date)),
    agreement: { node: agreement },
  },
};

const boolean: ValueCheck = (value) => (typeof value === 'boolean' ? null : 'must be true or false');
/** Server clock readings (ms since 1970) up to the year 2200, and spans up to a day. */
const serverMs = wholeNumber(0, 7_258_118_400_000);
const dayMs = 24 * 60 * 60 * 1000;
const meetingItem = record({ kind: choice(meetingItemKinds), id });
/** Items on one vote; dots and agenda items stay within what a meeting can get through. */
const maxVoteItems = 100;

const session: Node = {
  kind: 'fields',
  thing: 'meeting session',
  fields: {
    startedAt: v(nullable(moment)),
    endedAt: v(nullable(moment)),
    facilitator: v(nullable(record({ name, organisation: name }))),
    agenda: {
      node: {
        kind: 'entries',
        thing: 'agenda',
        max: 200,
        entry: entity('agenda item', {
          title: v(text(limits.title)),
          minutes: v(wholeNumber(0, 600)),
          link: v(nullable(record({ kind: choice(agendaLinkKinds), target: text(64) }))),
          done: v(boolean),
          order: v(order),
        }),
      },
    },
    currentItemId: v(nullable(id)),
    timer: v(record({ endsAt: nullable(serverMs), pausedRemainingMs: nullable(wholeNumber(0, dayMs)) })),
    follow: v(nullable(record({ active: boolean, view: text(64), itemId: nullable(id), calledAt: serverMs }))),
    spotlight: v(nullable(meetingItem)),
    openVoteId: v(nullable(id)),
    votes: {
      node: {
        kind: 'entries',
        thing: 'votes',
        max: 500,
        entry: entity('vote', {
          question: v(text(limits.title)),
          items: { node: { kind: 'list', thing: 'vote items', max: maxVoteItems, item: meetingItem } },
          dots: v(wholeNumber(1, maxVoteItems)),
          viewersMayVote: v(boolean),
          status: v(choice(voteStatuses)),
          openedAt: v(moment),
        }),
      },
    },
  },
};

/**
 * Every top-level part of the document a client may write, and its shape. The limits on counts
 * are far above any real partnership (a board of 2,000 actions is the largest we test) and bound
 * what one link holder can make everyone else load.
 */
export const documentShape: Readonly<Record<string, Node>> = {
  meta,
  partners: collection('partner', 200, {
    name: v(name),
    kind: v(choice(partnerKinds)),
    colour: v(colour),
    leadPersonId: v(nullable(id)),
    order: v(order),
  }),
  people: collection('person', 2000, {
    name: v(name),
    partnerId: v(id),
    role: v(name),
    contact: v(text(limits.shortText)),
    order: v(order),
  }),
  goals: collection('goal', 1000, {
    title: v(text(limits.title)),
    description: longText('description'),
    successMeasure: v(text(limits.shortText)),
    ownerId: v(nullable(id)),
    partnerIds: idSet('contributing partners'),
    status: v(choice(goalStatuses)),
    statusHistory: statusHistory('status history', goalStatuses),
    targetDate: v(nullable(date)),
    order: v(order),
    createdAt: v(moment),
    createdBy: v(actor),
  }),
  actions: collection('action', 5000, {
    title: v(text(limits.title)),
    goalId: v(id),
    ownerId: v(nullable(id)),
    responsibleIds: idSet('responsible'),
    consultedIds: idSet('consulted'),
    informedIds: idSet('informed'),
    status: v(choice(actionStatuses)),
    statusHistory: statusHistory('status history', actionStatuses),
    dueDate: v(nullable(date)),
    priority: v(choice(priorities)),
    notes: longText('notes'),
    order: v(order),
    createdAt: v(moment),
    createdBy: v(actor),
    completedAt: v(nullable(moment)),
  }),
  decisions: collection('decision', 5000, {
    title: v(text(limits.title)),
    context: longText('context'),
    alternatives: longText('alternatives considered'),
    rationale: longText('rationale'),
    decidedOn: v(nullable(date)),
    decidedBy: v(name),
    agreedByPartnerIds: idSet('agreed by'),
    consultedIds: idSet('consulted'),
    goalIds: idSet('goals'),
    actionIds: idSet('actions'),
    reviewOn: v(nullable(date)),
    status: v(choice(decisionStatuses)),
    createdAt: v(moment),
  }),
  risks: collection('risk', 5000, {
    title: v(text(limits.title)),
    description: longText('description'),
    category: v(choice(riskCategories)),
    likelihood: v(wholeNumber(1, 5)),
    impact: v(wholeNumber(1, 5)),
    response: v(choice(riskResponses)),
    mitigation: longText('mitigation'),
    mitigationActionIds: idSet('mitigation actions'),
    ownerId: v(nullable(id)),
    goalId: v(nullable(id)),
    triggerOn: v(nullable(date)),
    status: v(choice(riskStatuses)),
    createdAt: v(moment),
  }),
  comments: collection('comment', 50_000, {
    itemId: v(id),
    text: v(text(limits.comment)),
    authorName: v(name),
    authorPartner: v(name),
    at: v(moment),
  }),
  commitments: collection('commitment', 5000, {
    partnerId: v(id),
    goalId: v(nullable(id)),
    kind: v(choice(commitmentKinds)),
    amount: v(nullable(anyNumber(0, 1e9))),
    unit: v(name),
    note: v(text(limits.shortText)),
    status: v(choice(commitmentStatuses)),
    createdAt: v(moment),
  }),
  reviews: collection('review', 1000, {
    heldOn: v(date),
    attendees: {
      node: { kind: 'entries', thing: 'attendees', max: 2000, entry: v(record({ name, organisation: name, attendance: choice(attendanceKinds) })) },
    },
    verdicts: { node: { kind: 'entries', thing: 'verdicts', max: 1000, entry: v(choice(reviewVerdicts)) } },
    notes: longText('notes'),
    snapshotId: v(nullable(text(64))),
    createdAt: v(moment),
  }),
  // The live meeting (meeting/): only a facilitator writes it (see facilitatorOnlyParts), and the server closes a vote at its reveal.
  session,
};

/** Top-level parts of the document only a facilitator may write: the live meeting's state. */
export const facilitatorOnlyParts: readonly string[] = ['session'];

/** A plain array of at most `max` values, each passing `check`. */
const listOf =
  (check: ValueCheck, max: number): ValueCheck =>
  (value) => {
    if (!Array.isArray(value) || value.length > max) return `must be a list of at most ${max}`;
    for (const each of value) {
      const problem = check(each);
      if (problem) return problem;
    }
    return null;
  };

const fieldValue = nullable((value) => (typeof value === 'number' ? anyNumber(-1e9, 1e9)(value) : text(limits.shortText)(value)));
const writtenValue = record({ value: fieldValue, writer: wholeNumber(0, 2 ** 32), at: nullable(moment) });

/**
 * Parts only the server writes: who each Yjs client is (authors.ts), a meeting's attendance, captures and vote results, the minutes
 * of past meetings, values replaced unseen (overwrites.ts). Checked with `{ server: true }`
 * when the whole of a stored board is checked; a client's update may never write them.
 */
export const serverShape: Readonly<Record<string, Node>> = {
  authors: {
    kind: 'entries',
    thing: 'authors',
    max: 1_000_000,
    keys: 'clients',
    entry: v(record({ name, organisation: name, verified: (value) => (typeof value === 'boolean' ? null : 'must be true or false'), linkId: nullable(text(64)) })),
  },
  // Who attended the meeting that started at `meeting`, and what was captured in it (meeting/attendance.ts); the server keeps the latest meeting's.
  meetingAttendance: {
    kind: 'entries',
    thing: 'meeting attendance',
    max: 5000,
    entry: v(record({ meeting: moment, name, organisation: name, role: choice(attendeeRoles), verified: boolean, joinedAt: moment, leftAt: nullable(moment) })),
  },
  meetingCaptures: {
    kind: 'entries',
    thing: 'meeting captures',
    max: 5000,
    entry: v(record({ meeting: moment, kind: choice(captureKinds), agendaItemId: nullable(id), at: moment })),
  },
  // The results of the meeting's revealed votes, by vote (meeting/votes.ts): a facilitator opens a vote, only the server's tally says how it came out.
  meetingVoteResults: {
    kind: 'entries',
    thing: 'vote results',
    max: 500,
    entry: v(
      record({
        meeting: moment,
        question: text(limits.title),
        voters: wholeNumber(0, 100_000),
        results: listOf(record({ kind: choice(meetingItemKinds), id, dots: wholeNumber(0, 100_000) }), maxVoteItems),
        revealedAt: moment,
      }),
    ),
  },
  // The minutes of past meetings (meeting/keptMinutes.ts), drawn up by the server when a meeting ends. Only the
  // server writes them, because they carry its records (who attended, how votes came out) that no link may forge.
  minutes: {
    kind: 'entries',
    thing: 'minutes',
    max: 1000,
    entry: v(record({ startedAt: moment, endedAt: moment, markdown: text(200_000) })),
  },
  // Values replaced unseen (overwrites.ts); the server keeps the newest few hundred.
  overwrites: {
    kind: 'entries',
    thing: 'overwrites',
    max: 1000,
    entry: v(
      record({
        kind: choice(Object.values(overwriteKinds)),
        itemId: id,
        field: text(64),
        kept: writtenValue,
        replaced: writtenValue,
        at: moment,
      }),
    ),
  },
};
