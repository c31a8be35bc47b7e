import type { ActivityEntry } from '@partnerboard/protocol';
import type { Attribution } from './BoardStore.ts';

/**
 * Edits by one person less than this apart are one activity entry, so the log reads as
 * "who worked on the plan when" rather than one line per keystroke.
 */
export const activityRunGapMs = 60_000;

/** One update as the activity log counts it: who sent it, when, and its size in bytes. */
export type UpdateActivity = Attribution & { bytes: number };

/** Whether `attribution` continues the run in `latest` (same person, organisation, role and link, soon after). */
function continuesRun(latest: ActivityEntry | undefined, attribution: Attribution): latest is ActivityEntry {
  return (
    latest !== undefined &&
    latest.name === attribution.name &&
    latest.organisation === attribution.organisation &&
    latest.role === attribution.role &&
    latest.linkId === attribution.linkId &&
    Date.parse(attribution.at) - Date.parse(latest.at) <= activityRunGapMs
  );
}

/** The activity entry after `attribution`: the latest run extended, or a new run. */
function recordActivity(
  latest: ActivityEntry | undefined,
  attribution: UpdateActivity,
): { entry: ActivityEntry; extendsLatest: boolean } {
  if (continuesRun(latest, attribution)) {
    const entry = { ...latest, at: attribution.at, updates: latest.updates + 1, bytes: latest.bytes + attribution.bytes };
    return { entry, extendsLatest: true };
  }
  const { name, organisation, role, linkId, at, bytes } = attribution;
  return { entry: { from: at, at, name, organisation, role, linkId, selfDeclared: linkId === null, updates: 1, bytes }, extendsLatest: false };
}

/**
 * What `attributions` (in the order the updates were applied) make of the activity log whose
 * newest entry is `latest`: that entry extended, if the first of them continue it, and the entries
 * they start, oldest first.
 */
export function foldActivity(
  latest: ActivityEntry | undefined,
  attributions: Iterable<UpdateActivity>,
): { extendedLatest: ActivityEntry | null; added: ActivityEntry[] } {
  let extendedLatest: ActivityEntry | null = null;
  const added: ActivityEntry[] = [];
  let current = latest;
  for (const attribution of attributions) {
    const { entry, extendsLatest } = recordActivity(current, attribution);
    if (!extendsLatest) added.push(entry);
    else if (added.length > 0) added[added.length - 1] = entry;
    else extendedLatest = entry;
    current = entry;
  }
  return { extendedLatest, added };
}

/** How many activity entries a board keeps; older ones are dropped when the board is compacted. */
export const activityKept = 1000;
