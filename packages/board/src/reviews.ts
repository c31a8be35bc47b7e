import * as Y from 'yjs';
import { nowIso } from './clock.js';
import { deleteCommentsOn } from './comments.js';
import { collection, ensureMap, readString, requireAll, requireEntity, writeText, writeValue, type EntityMap } from './doc.js';
import { BoardError } from './errors.js';
import { newId } from './ids.js';
import { reviewInput, reviewPatch, type ReviewInput, type ReviewPatch } from './schema.js';
import type { Id } from './types.js';
import { parse } from './validate.js';
import { attendanceKinds, reviewVerdicts, type Attendance, type ReviewVerdict } from './vocabulary.js';
import * as YMap from './ymap.js';

// Attendance is keyed by person id but keeps the person's name and organisation as they were on the
// day: a review is a record, and it must still say who was there after someone leaves the board.

type AttendeeInput = { personId: Id; attendance: Attendance };

function attendeeRecord(doc: Y.Doc, personId: Id, attendance: Attendance): Record<string, string> {
  const person = requireEntity(doc, 'people', personId, 'attendees');
  const partner = collection(doc, 'partners').get(readString(person, 'partnerId'));
  return { name: readString(person, 'name'), organisation: partner ? readString(partner, 'name') : '', attendance };
}

function requireLinks(doc: Y.Doc, attendees: AttendeeInput[] | undefined, verdicts: Record<Id, ReviewVerdict> | undefined): void {
  requireAll(doc, 'people', attendees?.map((a) => a.personId), 'attendees');
  requireAll(doc, 'goals', verdicts && Object.keys(verdicts), 'verdicts');
}

function writeAttendees(doc: Y.Doc, review: EntityMap, attendees: AttendeeInput[]): void {
  const map = ensureMap(review, 'attendees');
  const wanted = new Map(attendees.map((a) => [a.personId, a.attendance]));
  for (const personId of Array.from(map.keys())) if (!wanted.has(personId)) map.delete(personId);
  for (const [personId, attendance] of wanted) {
    const current = map.get(personId) as { attendance?: unknown } | undefined;
    if (current?.attendance !== attendance) map.set(personId, attendeeRecord(doc, personId, attendance));
  }
}

function writeVerdicts(review: EntityMap, verdicts: Record<Id, ReviewVerdict>): void {
  const map = ensureMap(review, 'verdicts');
  for (const goalId of Array.from(map.keys())) if (!(goalId in verdicts)) map.delete(goalId);
  for (const [goalId, verdict] of Object.entries(verdicts)) if (map.get(goalId) !== verdict) map.set(goalId, verdict);
}

/** Records a review meeting: when, who was invited / attended / sent advice, a verdict per goal, notes. */
export function createReview(doc: Y.Doc, input: ReviewInput): Id {
  const value = parse(reviewInput, input, 'review');
  requireLinks(doc, value.attendees, value.verdicts);
  const id = newId();
  doc.transact(() => {
    const review = YMap.of({
      heldOn: value.heldOn,
      attendees: new Y.Map(),
      verdicts: new Y.Map(),
      notes: new Y.Text(value.notes ?? ''),
      snapshotId: value.snapshotId ?? null,
      createdAt: nowIso(),
    });
    collection(doc, 'reviews').set(id, review);
    writeAttendees(doc, review, value.attendees ?? []);
    writeVerdicts(review, value.verdicts ?? {});
  });
  return id;
}

/** Changes a review. `attendees` and `verdicts`, when given, are the complete new lists. */
export function updateReview(doc: Y.Doc, id: Id, patch: ReviewPatch): void {
  const value = parse(reviewPatch, patch, 'review');
  const review = requireEntity(doc, 'reviews', id);
  requireLinks(doc, value.attendees, value.verdicts);
  doc.transact(() => {
    if (value.heldOn !== undefined) writeValue(review, 'heldOn', value.heldOn);
    if (value.notes !== undefined) writeText(review, 'notes', value.notes);
    if (value.snapshotId !== undefined) writeValue(review, 'snapshotId', value.snapshotId);
    if (value.attendees !== undefined) writeAttendees(doc, review, value.attendees);
    if (value.verdicts !== undefined) writeVerdicts(review, value.verdicts);
  });
}

/** Marks one person's attendance at a review (null removes them), without touching anyone else's. */
export function setAttendance(doc: Y.Doc, reviewId: Id, personId: Id, attendance: Attendance | null): void {
  const review = requireEntity(doc, 'reviews', reviewId, 'reviewId');
  if (attendance !== null && !attendanceKinds.includes(attendance)) {
    throw new BoardError('invalid', 'Attendance must be invited, attended, sent advice or sent apologies.', 'attendance');
  }
  if (attendance === null) {
    doc.transact(() => ensureMap(review, 'attendees').delete(personId));
    return;
  }
  const record = attendeeRecord(doc, personId, attendance);
  doc.transact(() => ensureMap(review, 'attendees').set(personId, record));
}

/** Sets one goal's verdict at a review (null clears it), without touching the other goals'. */
export function setVerdict(doc: Y.Doc, reviewId: Id, goalId: Id, verdict: ReviewVerdict | null): void {
  const review = requireEntity(doc, 'reviews', reviewId, 'reviewId');
  if (verdict !== null && !reviewVerdicts.includes(verdict)) {
    throw new BoardError('invalid', 'The verdict must be positive change, no change or worse.', 'verdict');
  }
  if (verdict !== null) requireEntity(doc, 'goals', goalId, 'goalId');
  doc.transact(() => {
    if (verdict === null) ensureMap(review, 'verdicts').delete(goalId);
    else ensureMap(review, 'verdicts').set(goalId, verdict);
  });
}

/** Deletes a review and its comments. */
export function deleteReview(doc: Y.Doc, id: Id): void {
  requireEntity(doc, 'reviews', id);
  doc.transact(() => {
    deleteCommentsOn(doc, new Set([id]));
    collection(doc, 'reviews').delete(id);
  });
}
