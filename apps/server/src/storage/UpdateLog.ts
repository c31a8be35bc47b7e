import type { Role } from '@partnerboard/protocol';

/** Who sent an update, as the server saw the connection: the basis of the activity log. */
export interface Attribution {
  name: string;
  organisation: string;
  role: Role;
  /** The personal link the update came through (its name and organisation are the link's), or null for a shared role link. */
  linkId: string | null;
  /** ISO date-time the server accepted the update. */
  at: string;
}

export interface AttributedUpdate {
  update: Uint8Array;
  attribution: Attribution;
}

/** What it takes to rebuild a board's document: apply the snapshot, then the updates in order. */
export interface StoredBoard {
  snapshot: Uint8Array;
  updates: Uint8Array[];
  /** Sequence number of the last update (of the snapshot when there are none). */
  lastSeq: number;
}

/**
 * A writer's claim on a board's update log (see UpdateLog.claimBoard): each claim is greater than
 * the one before, and appends that carry an older one are refused.
 */
export type WriterFence = number;

/** Thrown by appendUpdates when the board already has updates after `afterSeq`. */
export class OutdatedSequenceError extends Error {
  override readonly name = 'OutdatedSequenceError';

  constructor(boardId: string, afterSeq: number) {
    super(`Board ${boardId} already has updates after sequence number ${afterSeq}: is another server writing to the same data?`);
  }
}

/** Thrown by appendUpdates and compact when another writer has claimed the board since `fence` was given. */
export class StaleWriterError extends Error {
  override readonly name = 'StaleWriterError';

  constructor(boardId: string, fence: WriterFence) {
    super(`Board ${boardId} has been claimed by another writer since this one's claim (${fence}): its writes are refused`);
  }
}

/**
 * Thrown by every method of a store whose database cannot be reached (refused, cut off, shut
 * down, timed out); the store recovers by itself once the database answers again.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';

  constructor(engine: string, cause: unknown) {
    super(`The board store (${engine}) is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * A board's document as a log of updates after a snapshot. Every method is async so that a
 * networked database can implement it; an update must be durable when appendUpdates resolves,
 * because the server shares it with other people only then.
 */
export interface UpdateLog {
  /**
   * Makes the caller the board's one writer and answers its fence: appends and compactions that
   * carry an older fence fail with StaleWriterError from then on, those already queued included.
   * Throws for an unknown board.
   */
  claimBoard(boardId: string): Promise<WriterFence>;
  /**
   * Durably appends updates and their attribution (one transaction) as the ones after `afterSeq`,
   * the board's last sequence number as its writer knows it; resolves with the new last sequence
   * number. An append after an outdated sequence number is refused with OutdatedSequenceError (a
   * second writer would otherwise interleave its updates with the first's), one whose `fence` is
   * no longer the board's latest claim with StaleWriterError. An append without a fence is checked
   * by its sequence number only. With `afterSeq` null the store orders the updates after whatever
   * the log holds: several server processes each append what they received (see ADR 0007).
   */
  appendUpdates(boardId: string, afterSeq: number | null, updates: readonly AttributedUpdate[], fence?: WriterFence): Promise<number>;
  loadBoard(boardId: string): Promise<StoredBoard | null>;
  /**
   * Replaces the snapshot with `snapshot`, which must hold every update up to `uptoSeq`, and
   * drops those updates, in one transaction. Updates after `uptoSeq` are kept. A compaction older
   * than the stored snapshot changes nothing; one at its own `uptoSeq` replaces it (a board
   * rewritten without what the room dropped from it). A stale `fence` is refused as by appendUpdates.
   */
  compact(boardId: string, snapshot: Uint8Array, uptoSeq: number, fence?: WriterFence): Promise<void>;
}
