import * as Y from 'yjs';
import { agreementVersion, signedVersion } from './agreement.js';
import { writerOf } from './authors.js';
import {
  readActor,
  readChoice,
  readHistory,
  readIdSet,
  readNullableNumber,
  readNullableString,
  readNumber,
  readString,
  readText,
  type EntityMap,
} from './doc.js';
import type {
  Action,
  Agreement,
  Comment,
  Commitment,
  ConsentEntry,
  Decision,
  Goal,
  Id,
  Meta,
  Partner,
  Person,
  Review,
  ReviewAttendee,
  Risk,
  SignOff,
} from './types.js';
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
  type ReviewVerdict,
} from './vocabulary.js';

// Turning one entity map into the plain, frozen object readBoard returns.

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !(value instanceof Y.AbstractType) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function score(map: EntityMap, key: string): number {
  const value = readNumber(map, key, 3);
  return Math.min(5, Math.max(1, Math.round(value)));
}

const hexColour = /^#[0-9a-fA-F]{6}$/;

// A colour reaches style attributes (and others' presence), so anything but '#rrggbb' reads as the neutral grey.
function readColour(map: EntityMap, key: string): string {
  const value = readString(map, key);
  return hexColour.test(value) ? value : '#595959';
}

export function readPartner(id: Id, map: EntityMap): Partner {
  return Object.freeze({
    id,
    name: readString(map, 'name'),
    kind: readChoice(map, 'kind', partnerKinds, 'other'),
    colour: readColour(map, 'colour'),
    leadPersonId: readNullableString(map, 'leadPersonId'),
    order: readString(map, 'order'),
  });
}

export function readPerson(id: Id, map: EntityMap): Person {
  return Object.freeze({
    id,
    name: readString(map, 'name'),
    partnerId: readString(map, 'partnerId'),
    role: readString(map, 'role'),
    contact: readString(map, 'contact'),
    order: readString(map, 'order'),
  });
}

export function readGoal(id: Id, map: EntityMap): Goal {
  return Object.freeze({
    id,
    title: readString(map, 'title'),
    description: readText(map, 'description'),
    successMeasure: readString(map, 'successMeasure'),
    ownerId: readNullableString(map, 'ownerId'),
    partnerIds: Object.freeze(readIdSet(map, 'partnerIds')),
    status: readChoice(map, 'status', goalStatuses, 'not_started'),
    statusHistory: Object.freeze(readHistory(map, goalStatuses)),
    targetDate: readNullableString(map, 'targetDate'),
    order: readString(map, 'order'),
    createdAt: readString(map, 'createdAt'),
    createdBy: readActor(map.get('createdBy')),
    writer: writerOf(map),
  });
}

export function readAction(id: Id, map: EntityMap): Action {
  const status = readChoice(map, 'status', actionStatuses, 'todo');
  return Object.freeze({
    id,
    title: readString(map, 'title'),
    goalId: readString(map, 'goalId'),
    ownerId: readNullableString(map, 'ownerId'),
    responsibleIds: Object.freeze(readIdSet(map, 'responsibleIds')),
    consultedIds: Object.freeze(readIdSet(map, 'consultedIds')),
    informedIds: Object.freeze(readIdSet(map, 'informedIds')),
    status,
    statusHistory: Object.freeze(readHistory(map, actionStatuses)),
    dueDate: readNullableString(map, 'dueDate'),
    priority: readChoice(map, 'priority', priorities, 'medium'),
    notes: readText(map, 'notes'),
    order: readString(map, 'order'),
    createdAt: readString(map, 'createdAt'),
    createdBy: readActor(map.get('createdBy')),
    writer: writerOf(map),
    completedAt: status === 'done' ? readNullableString(map, 'completedAt') : null,
  });
}

export function readDecision(id: Id, map: EntityMap): Decision {
  return Object.freeze({
    id,
    title: readString(map, 'title'),
    context: readText(map, 'context'),
    alternatives: readText(map, 'alternatives'),
    rationale: readText(map, 'rationale'),
    decidedOn: readNullableString(map, 'decidedOn'),
    decidedBy: readString(map, 'decidedBy'),
    agreedByPartnerIds: Object.freeze(readIdSet(map, 'agreedByPartnerIds')),
    consultedIds: Object.freeze(readIdSet(map, 'consultedIds')),
    goalIds: Object.freeze(readIdSet(map, 'goalIds')),
    actionIds: Object.freeze(readIdSet(map, 'actionIds')),
    reviewOn: readNullableString(map, 'reviewOn'),
    status: readChoice(map, 'status', decisionStatuses, 'proposed'),
    createdAt: readString(map, 'createdAt'),
  });
}

export function readRisk(id: Id, map: EntityMap): Risk {
  return Object.freeze({
    id,
    title: readString(map, 'title'),
    description: readText(map, 'description'),
    category: readChoice(map, 'category', riskCategories, 'other'),
    likelihood: score(map, 'likelihood'),
    impact: score(map, 'impact'),
    response: readChoice(map, 'response', riskResponses, 'mitigate'),
    mitigation: readText(map, 'mitigation'),
    mitigationActionIds: Object.freeze(readIdSet(map, 'mitigationActionIds')),
    ownerId: readNullableString(map, 'ownerId'),
    goalId: readNullableString(map, 'goalId'),
    triggerOn: readNullableString(map, 'triggerOn'),
    status: readChoice(map, 'status', riskStatuses, 'open'),
    createdAt: readString(map, 'createdAt'),
  });
}

export function readComment(id: Id, map: EntityMap): Comment {
  return Object.freeze({
    id,
    itemId: readString(map, 'itemId'),
    text: readString(map, 'text'),
    authorName: readString(map, 'authorName'),
    authorPartner: readString(map, 'authorPartner'),
    at: readString(map, 'at'),
    writer: writerOf(map),
  });
}

export function readCommitment(id: Id, map: EntityMap): Commitment {
  return Object.freeze({
    id,
    partnerId: readString(map, 'partnerId'),
    goalId: readNullableString(map, 'goalId'),
    kind: readChoice(map, 'kind', commitmentKinds, 'other'),
    amount: readNullableNumber(map, 'amount'),
    unit: readString(map, 'unit'),
    note: readString(map, 'note'),
    status: readChoice(map, 'status', commitmentStatuses, 'pledged'),
    createdAt: readString(map, 'createdAt'),
  });
}

function readAttendees(value: unknown): ReviewAttendee[] {
  if (!(value instanceof Y.Map)) return [];
  const attendees: ReviewAttendee[] = [];
  (value as Y.Map<unknown>).forEach((entry, personId) => {
    const fields = record(entry);
    if (!fields) return;
    const attendance = attendanceKinds.find((kind) => kind === fields.attendance) ?? 'invited';
    attendees.push(Object.freeze({ personId, name: text(fields.name), organisation: text(fields.organisation), attendance }));
  });
  return attendees.sort((a, b) => a.name.localeCompare(b.name) || (a.personId < b.personId ? -1 : 1));
}

// Keyed by ids from the document, which may be any string ('__proto__', 'constructor'): no prototype to collide with.
function dictionary<T>(): Record<Id, T> {
  return Object.create(null) as Record<Id, T>;
}

function readVerdicts(value: unknown): Record<Id, ReviewVerdict> {
  const verdicts = dictionary<ReviewVerdict>();
  if (!(value instanceof Y.Map)) return verdicts;
  (value as Y.Map<unknown>).forEach((verdict, goalId) => {
    const known = reviewVerdicts.find((v) => v === verdict);
    if (known) verdicts[goalId] = known;
  });
  return verdicts;
}

export function readReview(id: Id, map: EntityMap): Review {
  return Object.freeze({
    id,
    heldOn: readString(map, 'heldOn'),
    attendees: Object.freeze(readAttendees(map.get('attendees'))),
    verdicts: Object.freeze(readVerdicts(map.get('verdicts'))),
    notes: readText(map, 'notes'),
    snapshotId: readNullableString(map, 'snapshotId'),
    createdAt: readString(map, 'createdAt'),
  });
}

function readConsent(value: unknown): ConsentEntry[] {
  if (!(value instanceof Y.Map)) return [];
  const entries: ConsentEntry[] = [];
  (value as Y.Map<unknown>).forEach((entry, id) => {
    const fields = record(entry);
    if (!fields) return;
    const withdrawnOn = typeof fields.withdrawnOn === 'string' ? fields.withdrawnOn : null;
    entries.push(Object.freeze({ id, name: text(fields.name), scope: text(fields.scope), givenOn: text(fields.givenOn), withdrawnOn }));
  });
  return entries.sort((a, b) => (a.givenOn === b.givenOn ? (a.id < b.id ? -1 : 1) : a.givenOn < b.givenOn ? -1 : 1));
}

const noAgreement: Agreement = Object.freeze({
  objectives: '',
  expectations: Object.freeze(dictionary<string>()),
  waysOfWorking: '',
  communication: '',
  signOffs: Object.freeze([]),
  version: 1,
});

function readAgreement(value: unknown): Agreement {
  if (!(value instanceof Y.Map)) return noAgreement;
  const agreement = value as Y.Map<unknown>;
  const expectations = dictionary<string>();
  const expectationMap = agreement.get('expectations');
  if (expectationMap instanceof Y.Map) {
    (expectationMap as Y.Map<unknown>).forEach((entry, partnerId) => {
      expectations[partnerId] = entry instanceof Y.Text ? entry.toString() : text(entry);
    });
  }
  const signOffs: SignOff[] = [];
  const signOffMap = agreement.get('signOffs');
  if (signOffMap instanceof Y.Map) {
    (signOffMap as Y.Map<unknown>).forEach((entry, partnerId) => {
      const fields = record(entry);
      if (fields) signOffs.push(Object.freeze({ partnerId, name: text(fields.name), at: text(fields.at), version: signedVersion(fields) }));
    });
  }
  signOffs.sort((a, b) => (a.partnerId < b.partnerId ? -1 : 1));
  return Object.freeze({
    objectives: readText(agreement, 'objectives'),
    expectations: Object.freeze(expectations),
    waysOfWorking: readText(agreement, 'waysOfWorking'),
    communication: readText(agreement, 'communication'),
    signOffs: Object.freeze(signOffs),
    version: agreementVersion(agreement),
  });
}

export function readMeta(meta: Y.Map<unknown>): Meta {
  return Object.freeze({
    title: readString(meta, 'title'),
    purpose: readText(meta, 'purpose'),
    sector: readString(meta, 'sector'),
    template: readChoice(meta, 'template', recordedTemplateNames, 'blank'),
    createdAt: readNullableString(meta, 'createdAt'),
    leadPersonId: readNullableString(meta, 'leadPersonId'),
    voice: readText(meta, 'voice'),
    consent: Object.freeze(readConsent(meta.get('consent'))),
    reviewEveryDays: readNullableNumber(meta, 'reviewEveryDays'),
    nextReviewOn: readNullableString(meta, 'nextReviewOn'),
    agreement: readAgreement(meta.get('agreement')),
  });
}
