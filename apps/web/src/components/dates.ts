import type { IsoDate } from '@partnerboard/board';

const withYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const withoutYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** '2026-03-04' as '4 Mar' (this year) or '4 Mar 2027'; a calendar date, so no time zone shift. */
export function formatDate(date: IsoDate, today?: IsoDate): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  const sameYear = today !== undefined && today.slice(0, 4) === date.slice(0, 4);
  return (sameYear ? withoutYear : withYear).format(parsed);
}
