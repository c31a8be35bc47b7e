/** A named copy of a board's whole document, as listed: everything but the document itself. */
export interface NamedSnapshotSummary {
  id: string;
  boardId: string;
  /** What the person who took it called it, e.g. "Review, March 2025". */
  name: string;
  /** The name of the person who took it. */
  takenBy: string;
  /** ISO date-time it was taken. */
  takenAt: string;
  /** The size of its encoded document. */
  bytes: number;
}

export interface NamedSnapshot extends NamedSnapshotSummary {
  /** The board's whole document when it was taken, encoded as one Yjs update. */
  state: Uint8Array;
}

export type NewNamedSnapshot = Omit<NamedSnapshot, 'bytes'>;

/** Thrown by saveNamedSnapshot when the board already holds `maxSnapshots` named snapshots. */
export class TooManyNamedSnapshotsError extends Error {
  override readonly name = 'TooManyNamedSnapshotsError';

  constructor(boardId: string, maxSnapshots: number) {
    super(`Board ${boardId} already has ${maxSnapshots} named snapshots: delete one to keep another`);
  }
}

/**
 * Named snapshots of a board's document, kept beside its update log (for reviews to look back at)
 * until they are deleted or the board is.
 */
export interface NamedSnapshots {
  /**
   * Stores a named snapshot, unless the board already holds `maxSnapshots`, when it throws
   * TooManyNamedSnapshotsError. Throws for an unknown board or a snapshot id already taken.
   */
  saveNamedSnapshot(snapshot: NewNamedSnapshot, maxSnapshots: number): Promise<void>;
  /** The board's named snapshots without their documents, oldest first. */
  namedSnapshots(boardId: string): Promise<NamedSnapshotSummary[]>;
  /** One named snapshot with its document, or null when the board has no such snapshot. */
  namedSnapshot(boardId: string, snapshotId: string): Promise<NamedSnapshot | null>;
  /** Deletes one named snapshot; resolves with false when the board had no such snapshot. */
  deleteNamedSnapshot(boardId: string, snapshotId: string): Promise<boolean>;
}
