import type { IsoDate } from '@partnerboard/board';
import { formatDate } from '../../components/dates';

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** When the next review is, in words a meeting reads at a glance; `overdue` when its date has passed. */
export function nextReviewWords(nextReviewOn: IsoDate | null, today: IsoDate): { text: string; overdue: boolean } {
  if (nextReviewOn === null) return { text: 'No date is set for the next review.', overdue: false };
  const until = daysBetween(today, nextReviewOn);
  const on = formatDate(nextReviewOn, today);
  if (until < 0) return { text: `The review is overdue: it was due on ${on}, ${days(-until)} ago.`, overdue: true };
  if (until === 0) return { text: `The next review is due today, ${on}.`, overdue: false };
  return { text: `The next review is on ${on}, in ${days(until)}.`, overdue: false };
}
