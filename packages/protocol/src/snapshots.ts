import * as z from 'zod/mini';
import { limits, oneLineText } from './api';

/** How many review snapshots one board may keep. */
export const maxSnapshotsPerBoard = 200;

/** The longest label a snapshot may have. */
export const maxSnapshotLabel = 120;

/**
 * Body of `POST /api/boards/:id/snapshots` (editor or facilitator token). On a shared role link
 * `takenBy` says who holds the review (self-declared); on a personal link the link's person does.
 */
export const createSnapshotRequestSchema = z.object(
  {
    label: oneLineText(maxSnapshotLabel).check(z.minLength(1, 'Give the snapshot a label, e.g. "Review, 7 December"')),
    takenBy: z.optional(
      z.object({
        name: oneLineText(limits.displayName),
        organisation: z.optional(oneLineText(limits.organisation)),
      }),
    ),
  },
  { error: 'send a JSON object with a label' },
);
export type CreateSnapshotRequest = z.input<typeof createSnapshotRequestSchema>;

/** A review snapshot as listed: everything but the board it holds. */
export interface SnapshotSummary {
  id: string;
  label: string;
  /** Who held it: the person's name and organisation, e.g. "Priya Shah, Ward 7B". */
  takenBy: string;
  /** ISO date-time it was taken. */
  takenAt: string;
  /** The size of the stored document. */
  bytes: number;
}

/** 200 answer of `GET /api/boards/:id/snapshots` (any valid token), newest first. */
export interface SnapshotsResponse {
  snapshots: SnapshotSummary[];
}

/**
 * 200 answer of `GET /api/boards/:id/snapshots/:snapshotId` (any valid token): the board as it was,
 * as the board package's readBoard gives it, with `authors` as an object keyed by Yjs client id.
 */
export interface SnapshotBoardResponse {
  snapshot: SnapshotSummary;
  board: unknown;
}
