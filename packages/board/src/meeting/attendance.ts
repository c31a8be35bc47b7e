import * as Y from 'yjs';
import { newId } from '../ids.js';
import type { Id, IsoDateTime } from '../types.js';
import { attendancePart, capturesPart, readSession, sessionMap } from './session.js';
import type { AttendeeIdentity, CaptureKind } from './types.js';

// What the server records in the running meeting: who came and went (from presence, with the names
// of their links) and what was captured under which agenda item. These are the server's writes,
// made through a server peer, in parts of the board no client may write. Each record names its
// meeting (when it started); a write for a new meeting clears the records of the ones before.

/** One person's key in the attendance: the same link-given name, organisation, role and verification is the same attendee. */
export function attendeeKey(identity: AttendeeIdentity): string {
  return JSON.stringify([identity.role, identity.verified, identity.name, identity.organisation]);
}

function attendanceIds(doc: Y.Doc): Map<string, Id> {
  const ids = new Map<string, Id>();
  for (const attendee of readSession(doc).attendance) ids.set(attendeeKey(attendee), attendee.id);
  return ids;
}

/** The meeting running now (its start), or null. */
export function runningMeeting(doc: Y.Doc): string | null {
  const session = sessionMap(doc);
  const startedAt = session.get('startedAt');
  return typeof startedAt === 'string' && typeof session.get('endedAt') !== 'string' ? startedAt : null;
}

/** The server's records of `part` for `meeting`, after clearing those of any meeting before. */
export function recordsFor(doc: Y.Doc, part: string, meeting: string): Y.Map<unknown> {
  const records = doc.getMap(part);
  for (const [id, value] of Array.from(records.entries())) if ((value as { meeting?: unknown } | null)?.meeting !== meeting) records.delete(id);
  return records;
}

/**
 * Records comings and goings at server times in the running meeting (nothing when none runs):
 * someone who comes back keeps when they first joined and is no longer marked as gone.
 */
export function recordAttendance(doc: Y.Doc, changes: readonly { identity: AttendeeIdentity; present: boolean; at: IsoDateTime }[]): void {
  const meeting = runningMeeting(doc);
  if (changes.length === 0 || meeting === null) return;
  const ids = attendanceIds(doc);
  doc.transact(() => {
    const attendance = recordsFor(doc, attendancePart, meeting);
    for (const { identity, present, at } of changes) {
      const key = attendeeKey(identity);
      const id = ids.get(key);
      const current = id === undefined ? undefined : (attendance.get(id) as Record<string, unknown> | undefined);
      const { name, organisation, role, verified } = identity;
      if (present) {
        const joinedAt = typeof current?.joinedAt === 'string' ? current.joinedAt : at;
        const entryId = id ?? newId();
        ids.set(key, entryId);
        attendance.set(entryId, { meeting, name, organisation, role, verified, joinedAt, leftAt: null });
      } else if (id !== undefined && current) {
        attendance.set(id, { ...current, leftAt: at });
      }
    }
  });
}

/** Records decisions, actions and risks created during the running meeting, each linked to the agenda item current when it was made. */
export function recordCaptures(doc: Y.Doc, created: readonly { kind: CaptureKind; id: Id }[], at: IsoDateTime): void {
  const meeting = runningMeeting(doc);
  if (created.length === 0 || meeting === null) return;
  const currentItemId = sessionMap(doc).get('currentItemId');
  doc.transact(() => {
    const captures = recordsFor(doc, capturesPart, meeting);
    for (const { kind, id } of created) {
      if (!captures.has(id)) captures.set(id, { meeting, kind, agendaItemId: typeof currentItemId === 'string' ? currentItemId : null, at });
    }
  });
}

const captured: readonly [CaptureKind, string][] = [
  ['decision', 'decisions'],
  ['action', 'actions'],
  ['risk', 'risks'],
];

/** The decisions, actions and risks an applied transaction created. */
export function capturesIn(transaction: Y.Transaction): { kind: CaptureKind; id: Id }[] {
  const found: { kind: CaptureKind; id: Id }[] = [];
  for (const [kind, name] of captured) {
    const collection = transaction.doc.getMap(name);
    const keys = [...transaction.changed].find(([type]) => type === (collection as unknown))?.[1];
    if (!keys) continue;
    for (const key of keys) {
      if (key === null) continue;
      const entity = collection.get(key);
      const item = entity instanceof Y.Map ? entity._item : null;
      // New in this transaction: its clock is past what its client had before.
      if (item && item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0)) found.push({ kind, id: key });
    }
  }
  return found;
}
