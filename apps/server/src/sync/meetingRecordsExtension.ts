import type * as Y from 'yjs';
import { attendeeKey, capturesIn, keepMinutes, meetingRunning, readKeptMinutes, recordAttendance, recordCaptures, type AttendeeIdentity, type CaptureKind } from '@partnerboard/board';
import type { Participant } from './Connection.ts';
import { isoTimestamp } from './isoTimestamp.ts';
import type { Peer } from './Peer.ts';
import type { PresenceChange, RoomContext, RoomExtension } from './RoomExtension.ts';

/** How often, at most, a board writes what it noted of a meeting (each write is made on a fresh copy of the board). */
const writeEveryMs = 1000;

function isPeer(origin: unknown): origin is Peer {
  return typeof origin === 'object' && origin !== null && 'participant' in origin && 'kind' in origin;
}

/** Who someone is at a meeting: their link's name, organisation and role, never what they wrote in their presence. */
function identityOf({ name, organisation, role, linkId }: Participant): AttendeeIdentity {
  return { name, organisation, role, verified: linkId !== null };
}

type AttendanceChange = { identity: AttendeeIdentity; present: boolean; at: string };

/**
 * One board's record of its running meeting: who is present (by Yjs client, from presence), who
 * the meeting's attendance already says is present, and what waits to be written.
 */
class MeetingRecords {
  private readonly clients = new Map<number, AttendeeIdentity>();
  /** The meeting the attendance below belongs to (its start), and each attendee's presence as written or about to be. */
  private meeting: string | null = null;
  private readonly recorded = new Map<string, boolean>();
  private attendance: AttendanceChange[] = [];
  private captures: { kind: CaptureKind; id: string }[] = [];
  private capturedAt = '';
  private writtenAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | null = null;
  /** The last ended meeting (its start) whose minutes this board asked to keep: asked once, as the write may take a while to land. */
  private keeping: string | null = null;

  constructor(private readonly room: RoomContext) {
    room.doc.on('afterTransaction', this.noted);
    // A meeting that ended just before the server stopped gets its minutes on the next load.
    this.keepMinutesOfEnded();
  }

  /** Notes who each Yjs client is as it comes and who leaves, then brings the attendance up to date. */
  presenceChanged({ added, updated, removed, from }: PresenceChange): void {
    for (const client of [...added, ...updated]) if (from?.kind === 'client') this.clients.set(client, identityOf(from.participant));
    for (const client of removed) this.clients.delete(client);
    this.reconcile();
  }

  /** Notes what a client's update created during a meeting, and a meeting that started or ended. */
  private readonly noted = (transaction: Y.Transaction): void => {
    const from: unknown = transaction.origin;
    if (!isPeer(from)) return;
    if (from.kind === 'client' && meetingRunning(this.room.doc)) {
      const created = capturesIn(transaction);
      if (created.length > 0) {
        this.captures.push(...created);
        this.capturedAt = isoTimestamp();
        this.schedule();
      }
    }
    const session = this.room.doc.getMap('session');
    if (![...transaction.changed.keys()].some((type) => type === (session as unknown))) return;
    this.reconcile();
    this.keepMinutesOfEnded();
  };

  /**
   * Once the facilitator ends the meeting, writes its minutes into the board as the server, so that
   * they are kept whether or not anyone opens them; after the write that ended it, not inside it.
   */
  private keepMinutesOfEnded(): void {
    const session = this.room.doc.getMap('session');
    const startedAt = session.get('startedAt');
    if (typeof startedAt !== 'string' || typeof session.get('endedAt') !== 'string' || this.keeping === startedAt) return;
    if (readKeptMinutes(this.room.doc).some((kept) => kept.startedAt === startedAt)) return;
    this.keeping = startedAt;
    queueMicrotask(() => this.room.serverPeer().change(this.room.doc, (copy) => keepMinutes(copy)));
  }

  /** Compares who is present with what the running meeting's attendance says, and notes each arrival and departure. */
  private reconcile(): void {
    if (!meetingRunning(this.room.doc)) return;
    const startedAt = this.room.doc.getMap('session').get('startedAt') as string;
    if (startedAt !== this.meeting) {
      this.meeting = startedAt;
      this.recorded.clear();
      this.attendance = [];
    }
    const present = new Map<string, AttendeeIdentity>();
    for (const identity of this.clients.values()) present.set(attendeeKey(identity), identity);
    const at = isoTimestamp();
    for (const [key, identity] of present) {
      if (this.recorded.get(key) === true) continue;
      this.recorded.set(key, true);
      this.attendance.push({ identity, present: true, at });
    }
    for (const [key, wasPresent] of this.recorded) {
      if (!wasPresent || present.has(key)) continue;
      this.recorded.set(key, false);
      const identity = this.identityOfKey(key);
      if (identity) this.attendance.push({ identity, present: false, at });
    }
    if (this.attendance.length > 0) this.schedule();
  }

  private identityOfKey(key: string): AttendeeIdentity | null {
    const [role, verified, name, organisation] = JSON.parse(key) as [AttendeeIdentity['role'], boolean, string, string];
    return { role, verified, name, organisation };
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.writtenAt + writeEveryMs - performance.now());
    this.timer = setTimeout(() => this.write(), wait).unref();
  }

  /** Writes the comings, goings and captures noted, as the server, while the meeting still runs. */
  write(): void {
    this.timer = null;
    const attendance = this.attendance.splice(0);
    const captures = this.captures.splice(0);
    if (!meetingRunning(this.room.doc) || (attendance.length === 0 && captures.length === 0)) return;
    this.writtenAt = performance.now();
    const capturedAt = this.capturedAt;
    this.room.serverPeer().change(this.room.doc, (copy) => {
      recordAttendance(copy, attendance);
      recordCaptures(copy, captures, capturedAt);
    });
  }

  /** Writes what waits now: the board is being unloaded. */
  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.write();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.room.doc.off('afterTransaction', this.noted);
  }
}

/**
 * Records a running meeting, as the server: attendance from presence (who came and left, with their
 * links' names) and the decisions, actions and risks created during it, linked to the agenda item
 * current at the time; and, when the facilitator ends it, keeps its minutes with the board.
 */
export function meetingRecordsExtension(): RoomExtension {
  const boards = new WeakMap<RoomContext, MeetingRecords>();
  return {
    name: 'meeting-records',
    onLoad(room) {
      boards.set(room, new MeetingRecords(room));
    },
    onPresence(change, room) {
      boards.get(room)?.presenceChanged(change);
    },
    beforeUnload(room) {
      boards.get(room)?.flush();
    },
    onDestroy(room) {
      boards.get(room)?.stop();
    },
  };
}
