import type { ActivityLine } from '@partnerboard/protocol';
import type { ActivityFilter } from './activityApi';

/** Whether a line is one the filter lets through (an empty filter lets everything through). */
export function matchesFilter(line: ActivityLine, { partner, person }: ActivityFilter): boolean {
  return (!partner || line.organisation === partner) && (!person || line.name === person);
}

/** `shown` with `arrived` merged in: a line folded again replaces its older self; newest first, at most `limit`. */
export function mergeLines(shown: readonly ActivityLine[], arrived: readonly ActivityLine[], limit: number): ActivityLine[] {
  const byId = new Map(shown.map((line) => [line.id, line]));
  for (const line of arrived) byId.set(line.id, line);
  return [...byId.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}

/** The distinct non-empty values of `pick` over `lines` and `known`, sorted for a picker. */
export function choicesOf(known: readonly string[], lines: readonly ActivityLine[], pick: (line: ActivityLine) => string): string[] {
  return [...new Set([...known, ...lines.map(pick)].filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
