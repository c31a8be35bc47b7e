import type { IsoDateTime } from '@partnerboard/board';

const moment = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A moment in the reader's own time zone, as in comments and histories: "13 Mar 2026, 14:05". */
export function formatMoment(at: IsoDateTime): string {
  const parsed = new Date(at);
  return Number.isNaN(parsed.getTime()) ? at : moment.format(parsed);
}
