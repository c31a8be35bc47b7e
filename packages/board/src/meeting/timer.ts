import type * as Y from 'yjs';
import { BoardError } from '../errors.js';
import { parse } from '../validate.js';
import { serverNow, timerMinutes } from './schema.js';
import { sessionMap } from './session.js';
import type { MeetingTimer } from './types.js';

// The shared countdown is kept in the server's clock: `now` is always the server's time as the
// client's server clock estimates it, so a device whose own clock is minutes out still agrees.

const minuteMs = 60_000;

function readTimer(doc: Y.Doc): MeetingTimer {
  const value = sessionMap(doc).get('timer') as Partial<MeetingTimer> | undefined;
  const endsAt = typeof value?.endsAt === 'number' ? value.endsAt : null;
  const pausedRemainingMs = typeof value?.pausedRemainingMs === 'number' ? value.pausedRemainingMs : null;
  return { endsAt, pausedRemainingMs };
}

/** Replaces the timer (inside the caller's transaction when there is one). */
export function writeTimer(doc: Y.Doc, timer: MeetingTimer): void {
  doc.transact(() => sessionMap(doc).set('timer', { endsAt: timer.endsAt, pausedRemainingMs: timer.pausedRemainingMs }));
}

/** Milliseconds left on the timer at server time `now`: null when idle, 0 once it has run out. */
export function timerRemainingMs(timer: MeetingTimer, now: number): number | null {
  if (timer.pausedRemainingMs !== null) return timer.pausedRemainingMs;
  if (timer.endsAt === null) return null;
  return Math.max(0, timer.endsAt - now);
}

/** Whether the timer is counting down, paused, out of time or idle at server time `now`. */
export function timerState(timer: MeetingTimer, now: number): 'running' | 'paused' | 'ended' | 'idle' {
  if (timer.pausedRemainingMs !== null) return 'paused';
  if (timer.endsAt === null) return 'idle';
  return timer.endsAt > now ? 'running' : 'ended';
}

/** Starts the timer on `minutes` from server time `now` (replacing whatever it showed). */
export function startTimer(doc: Y.Doc, minutes: number, now: number): void {
  const span = parse(timerMinutes, minutes, 'timer') * minuteMs;
  const at = parse(serverNow, now, 'server time');
  writeTimer(doc, { endsAt: at + span, pausedRemainingMs: null });
}

/** Pauses a running timer, keeping the time left. */
export function pauseTimer(doc: Y.Doc, now: number): void {
  const at = parse(serverNow, now, 'server time');
  const timer = readTimer(doc);
  if (timer.endsAt === null) throw new BoardError('conflict', 'The timer is not running.');
  writeTimer(doc, { endsAt: null, pausedRemainingMs: Math.max(0, timer.endsAt - at) });
}

/** Carries on a paused timer from where it stopped. */
export function resumeTimer(doc: Y.Doc, now: number): void {
  const at = parse(serverNow, now, 'server time');
  const timer = readTimer(doc);
  if (timer.pausedRemainingMs === null) throw new BoardError('conflict', 'The timer is not paused.');
  writeTimer(doc, { endsAt: at + timer.pausedRemainingMs, pausedRemainingMs: null });
}

/** Adds `minutes` to the timer: to the time left when running or paused, from now when it has run out or is idle. */
export function addTime(doc: Y.Doc, minutes: number, now: number): void {
  const span = parse(timerMinutes, minutes, 'time to add') * minuteMs;
  const at = parse(serverNow, now, 'server time');
  const timer = readTimer(doc);
  if (timer.pausedRemainingMs !== null) writeTimer(doc, { endsAt: null, pausedRemainingMs: Math.min(timer.pausedRemainingMs + span, 24 * 60 * minuteMs) });
  else writeTimer(doc, { endsAt: Math.max(timer.endsAt ?? at, at) + span, pausedRemainingMs: null });
}

/** Clears the timer. */
export function stopTimer(doc: Y.Doc): void {
  writeTimer(doc, { endsAt: null, pausedRemainingMs: null });
}
