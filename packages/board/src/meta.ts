import * as Y from 'yjs';
import { isoDateOf, nowIso } from './clock.js';
import { agreementVersion, signedVersion } from './agreement.js';
import { ensureMap, findMap, metaMap, readText, requireAll, requireEntity, writeText, writeValue } from './doc.js';
import { BoardError } from './errors.js';
import { newId } from './ids.js';
import {
  agreementPatch,
  consentInput,
  consentPatch,
  expectationInput,
  initInput,
  metaPatch,
  signOffInput,
  type AgreementPatch,
  type ConsentInput,
  type ConsentPatch,
  type MetaPatch,
} from './schema.js';
import { applyTemplate } from './templates/index.js';
import type { Id } from './types.js';
import { parse } from './validate.js';
import { retiredTemplates, type RecordedTemplateName, type TemplateName } from './vocabulary.js';

/** The template a board starts from: a retired one's replacement. */
function startingTemplate(name: RecordedTemplateName): TemplateName {
  return Object.hasOwn(retiredTemplates, name) ? retiredTemplates[name as keyof typeof retiredTemplates] : (name as TemplateName);
}

// The board's own fields live in the top-level 'meta' map. Nested containers (agreement, consent,
// expectations, sign-offs) are all made once by initBoard: two clients each making one lazily would
// overwrite each other's and lose what was written into the loser.

const agreementTexts = ['objectives', 'waysOfWorking', 'communication'] as const;

/** Sets up a new board: title, purpose and the starting content of a template. Refuses a board already set up. */
export function initBoard(
  doc: Y.Doc,
  input: { title: string; purpose?: string; sector?: string; template?: RecordedTemplateName; now?: Date },
): void {
  const value = parse(initInput, input, 'board');
  const meta = metaMap(doc);
  if (typeof meta.get('createdAt') === 'string') throw new BoardError('conflict', 'This board is already set up.');
  const now = value.now ?? new Date();
  const template = startingTemplate(value.template ?? 'blank');
  doc.transact(() => {
    meta.set('title', value.title);
    meta.set('purpose', new Y.Text(value.purpose ?? ''));
    meta.set('sector', value.sector ?? '');
    meta.set('template', template);
    meta.set('createdAt', now.toISOString());
    meta.set('leadPersonId', null);
    meta.set('voice', new Y.Text());
    meta.set('consent', new Y.Map());
    meta.set('reviewEveryDays', null);
    meta.set('nextReviewOn', null);
    const agreement = new Y.Map<unknown>();
    meta.set('agreement', agreement);
    for (const key of agreementTexts) agreement.set(key, new Y.Text());
    agreement.set('expectations', new Y.Map());
    agreement.set('signOffs', new Y.Map());
    agreement.set('version', 1);
    applyTemplate(doc, template, isoDateOf(now));
    // A template brings an example purpose; the one the board was made with wins over it.
    if (value.purpose?.trim()) writeText(meta, 'purpose', value.purpose);
  });
}

/** Changes the board's own fields (title, purpose, lead professional, voice, review rhythm...). */
export function updateMeta(doc: Y.Doc, patch: MetaPatch): void {
  const value = parse(metaPatch, patch, 'board');
  requireAll(doc, 'people', value.leadPersonId, 'leadPersonId');
  const meta = metaMap(doc);
  doc.transact(() => {
    if (value.title !== undefined) writeValue(meta, 'title', value.title);
    if (value.purpose !== undefined) writeText(meta, 'purpose', value.purpose);
    if (value.sector !== undefined) writeValue(meta, 'sector', value.sector);
    if (value.leadPersonId !== undefined) writeValue(meta, 'leadPersonId', value.leadPersonId);
    if (value.voice !== undefined) writeText(meta, 'voice', value.voice);
    if (value.reviewEveryDays !== undefined) writeValue(meta, 'reviewEveryDays', value.reviewEveryDays);
    if (value.nextReviewOn !== undefined) writeValue(meta, 'nextReviewOn', value.nextReviewOn);
  });
}

function agreementPart(doc: Y.Doc, key: 'expectations' | 'signOffs'): Y.Map<unknown> | undefined {
  const agreement = findMap(metaMap(doc), 'agreement');
  return agreement && findMap(agreement, key);
}

/**
 * A change to terms someone has signed makes a new version, which no one has signed yet; further
 * changes before anyone signs it stay in that version.
 */
function newVersionIfSigned(agreement: Y.Map<unknown>): void {
  const version = agreementVersion(agreement);
  const signOffs = findMap(agreement, 'signOffs');
  let signed = false;
  signOffs?.forEach((entry) => {
    if (signedVersion(entry) === version) signed = true;
  });
  if (signed) agreement.set('version', version + 1);
}

/** Changes the partnership agreement's shared objectives, ways of working or communication channels. */
export function updateAgreement(doc: Y.Doc, patch: AgreementPatch): void {
  const value = parse(agreementPatch, patch, 'agreement');
  doc.transact(() => {
    const agreement = ensureMap(metaMap(doc), 'agreement');
    const changed = agreementTexts.filter((key) => value[key] !== undefined && value[key] !== readText(agreement, key));
    if (changed.length > 0) newVersionIfSigned(agreement);
    for (const key of changed) writeText(agreement, key, value[key] ?? '');
  });
}

/** Sets what one partner undertakes to do under the agreement. */
export function setPartnerExpectations(doc: Y.Doc, input: { partnerId: Id; text: string }): void {
  const value = parse(expectationInput, input, 'expectation');
  requireEntity(doc, 'partners', value.partnerId, 'partnerId');
  doc.transact(() => {
    const agreement = ensureMap(metaMap(doc), 'agreement');
    const expectations = ensureMap(agreement, 'expectations');
    if (readText(expectations, value.partnerId) === value.text) return;
    newVersionIfSigned(agreement);
    writeText(expectations, value.partnerId, value.text);
  });
}

/** Records a partner's sign-off of the agreement as it stands now (replacing an earlier one from that partner). */
export function signAgreement(doc: Y.Doc, input: { partnerId: Id; name: string }): void {
  const value = parse(signOffInput, input, 'sign-off');
  requireEntity(doc, 'partners', value.partnerId, 'partnerId');
  doc.transact(() => {
    const agreement = ensureMap(metaMap(doc), 'agreement');
    ensureMap(agreement, 'signOffs').set(value.partnerId, { name: value.name, at: nowIso(), version: agreementVersion(agreement) });
  });
}

/** Removes a partner's sign-off. */
export function withdrawSignOff(doc: Y.Doc, partnerId: Id): void {
  const signOffs = agreementPart(doc, 'signOffs');
  if (!signOffs?.has(partnerId)) throw new BoardError('not_found', 'That partner has not signed off the agreement.', 'partnerId');
  doc.transact(() => signOffs.delete(partnerId));
}

/** Records that someone agreed to information being shared; returns the entry's id. */
export function addConsent(doc: Y.Doc, input: ConsentInput): Id {
  const value = parse(consentInput, input, 'consent record');
  const id = newId();
  doc.transact(() =>
    ensureMap(metaMap(doc), 'consent').set(id, { name: value.name, scope: value.scope, givenOn: value.givenOn, withdrawnOn: value.withdrawnOn ?? null }),
  );
  return id;
}

/** Changes a consent record, e.g. to record that consent was withdrawn on a date. */
export function updateConsent(doc: Y.Doc, id: Id, patch: ConsentPatch): void {
  const value = parse(consentPatch, patch, 'consent record');
  const consent = findMap(metaMap(doc), 'consent');
  const current = consent?.get(id);
  if (!consent || typeof current !== 'object' || current === null) throw new BoardError('not_found', 'That consent record is no longer on the board.', 'id');
  const next = { ...(current as Record<string, unknown>) };
  for (const [key, field] of Object.entries(value)) if (field !== undefined) next[key] = field;
  doc.transact(() => consent.set(id, next));
}

/** Removes a consent record entered by mistake (to record a withdrawal, use updateConsent). */
export function deleteConsent(doc: Y.Doc, id: Id): void {
  const consent = findMap(metaMap(doc), 'consent');
  if (!consent?.has(id)) throw new BoardError('not_found', 'That consent record is no longer on the board.', 'id');
  doc.transact(() => consent.delete(id));
}
