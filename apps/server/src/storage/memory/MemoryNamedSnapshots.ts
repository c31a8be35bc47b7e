import {
  TooManyNamedSnapshotsError,
  type NamedSnapshot,
  type NamedSnapshots,
  type NamedSnapshotSummary,
  type NewNamedSnapshot,
} from '../NamedSnapshots.ts';

function summaryOf({ state: _state, ...summary }: NamedSnapshot): NamedSnapshotSummary {
  return summary;
}

/** Named snapshots in process memory. */
export class MemoryNamedSnapshots implements NamedSnapshots {
  /** By board, oldest first. */
  private readonly snapshots = new Map<string, NamedSnapshot[]>();

  constructor(private readonly boardExists: (boardId: string) => boolean) {}

  async saveNamedSnapshot(snapshot: NewNamedSnapshot, maxSnapshots: number): Promise<void> {
    if (!this.boardExists(snapshot.boardId)) throw new Error(`Unknown board ${snapshot.boardId}`);
    const board = this.snapshots.get(snapshot.boardId) ?? [];
    if (board.length >= maxSnapshots) throw new TooManyNamedSnapshotsError(snapshot.boardId, maxSnapshots);
    if ([...this.snapshots.values()].some((kept) => kept.some(({ id }) => id === snapshot.id))) {
      throw new Error(`Named snapshot ${snapshot.id} already exists`);
    }
    board.push({ ...snapshot, state: snapshot.state.slice(), bytes: snapshot.state.byteLength });
    this.snapshots.set(snapshot.boardId, board);
  }

  async namedSnapshots(boardId: string): Promise<NamedSnapshotSummary[]> {
    return (this.snapshots.get(boardId) ?? []).map(summaryOf);
  }

  async namedSnapshot(boardId: string, snapshotId: string): Promise<NamedSnapshot | null> {
    const found = this.snapshots.get(boardId)?.find(({ id }) => id === snapshotId);
    return found ? { ...found, state: found.state.slice() } : null;
  }

  async deleteNamedSnapshot(boardId: string, snapshotId: string): Promise<boolean> {
    const board = this.snapshots.get(boardId) ?? [];
    const index = board.findIndex(({ id }) => id === snapshotId);
    if (index === -1) return false;
    board.splice(index, 1);
    return true;
  }

  forget(boardId: string): void {
    this.snapshots.delete(boardId);
  }
}
