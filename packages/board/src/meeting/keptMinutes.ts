import type * as Y from 'yjs';
import { readBoard } from '../read.js';
import type { Id, IsoDateTime } from '../types.js';
import { minutesMarkdown, minutesOf } from './minutes.js';
import { readSession } from './session.js';

// A new meeting starts a fresh attendance, capture list and vote list, so the minutes of a meeting
// are kept apart once it has ended: as the Markdown handed out, in the `minutes` part, which only the
// server writes (they carry its records of who attended and how votes came out, which no link may forge).

/** The top-level map of the minutes kept from past meetings, by id. */
export const minutesPart = 'minutes';

/** Most characters a meeting's kept minutes may hold. */
export const maxMinutesLength = 200_000;

/** The minutes of one meeting that has ended, as they were when it ended. */
export interface KeptMinutes {
  readonly id: Id;
  readonly startedAt: IsoDateTime;
  readonly endedAt: IsoDateTime;
  readonly markdown: string;
}

/** The minutes kept from past meetings, latest first. */
export function readKeptMinutes(doc: Y.Doc): KeptMinutes[] {
  const kept: KeptMinutes[] = [];
  doc.getMap(minutesPart).forEach((value, id) => {
    const entry = value as Partial<Record<keyof KeptMinutes, unknown>> | null;
    if (entry && typeof entry.startedAt === 'string' && typeof entry.endedAt === 'string' && typeof entry.markdown === 'string') {
      kept.push({ id, startedAt: entry.startedAt, endedAt: entry.endedAt, markdown: entry.markdown });
    }
  });
  return kept.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}

/**
 * Keeps the minutes of the meeting that has just ended (the server's write), once: nothing
 * while a meeting runs, when none was held, or when that meeting's minutes are already kept.
 * Returns whether it wrote them.
 */
export function keepMinutes(doc: Y.Doc): boolean {
  const session = readSession(doc);
  const { startedAt, endedAt } = session;
  if (startedAt === null || endedAt === null) return false;
  if (readKeptMinutes(doc).some((kept) => kept.startedAt === startedAt)) return false;
  const markdown = minutesMarkdown(minutesOf(readBoard(doc), session)).slice(0, maxMinutesLength);
  doc.transact(() => doc.getMap(minutesPart).set(minutesKey(startedAt), { startedAt, endedAt, markdown }));
  return true;
}

/**
 * One key per meeting, from its start: two server processes that each keep a meeting's minutes
 * write the same entry, which Yjs settles to one, rather than two entries.
 */
function minutesKey(startedAt: string): Id {
  return `mtg-${startedAt.replace(/\D/g, '').padEnd(17, '0').slice(0, 17)}`;
}
