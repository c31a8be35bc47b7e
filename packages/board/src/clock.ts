import type { IsoDate, IsoDateTime } from './types.js';

let lastIssued = 0;

/**
 * The moment of a write, as stored in createdAt, histories and sign-offs. Never repeats on one
 * client, so two comments added in the same millisecond still list in the order they were written.
 */
export function nowIso(): IsoDateTime {
  lastIssued = Math.max(Date.now(), lastIssued + 1);
  return new Date(lastIssued).toISOString();
}

/** The calendar date of `date` where the user is (local time), e.g. to pass as `today` to isOverdue. */
export function isoDateOf(date: Date): IsoDate {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** `date` moved by `days` calendar days (negative for earlier). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
