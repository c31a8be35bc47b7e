import type { ActivityEntry, Role } from '@partnerboard/protocol';
import { activityKept, recordActivity } from '../activityRuns.ts';
import {
  BoardExistsError,
  OutdatedSequenceError,
  type AttributedUpdate,
  type BoardRecord,
  type BoardStore,
  type NewBoard,
  type StoredBoard,
  type TokenHashes,
} from '../BoardStore.ts';

interface MemoryBoard {
  record: BoardRecord;
  tokenHashes: TokenHashes;
  snapshot: Uint8Array;
  snapshotSeq: number;
  updates: { seq: number; update: Uint8Array }[];
  lastSeq: number;
  activity: ActivityEntry[];
}

/** Keeps boards in process memory: for tests and throwaway servers, never durable. */
export class InMemoryBoardStore implements BoardStore {
  private readonly boards = new Map<string, MemoryBoard>();

  async createBoard(board: NewBoard): Promise<void> {
    if (this.boards.has(board.id)) throw new BoardExistsError(`Board ${board.id} already exists`);
    this.boards.set(board.id, {
      record: { id: board.id, title: board.title, createdAt: board.createdAt },
      tokenHashes: { ...board.tokenHashes },
      snapshot: board.initialState.slice(),
      snapshotSeq: 0,
      updates: [],
      lastSeq: 0,
      activity: [],
    });
  }

  async getBoard(boardId: string): Promise<BoardRecord | null> {
    const board = this.boards.get(boardId);
    return board ? { ...board.record } : null;
  }

  async setTitle(boardId: string, title: string): Promise<void> {
    const board = this.boards.get(boardId);
    if (board) board.record = { ...board.record, title };
  }

  async tokenHashes(boardId: string): Promise<TokenHashes | null> {
    const board = this.boards.get(boardId);
    return board ? { ...board.tokenHashes } : null;
  }

  async rotateToken(boardId: string, role: Role, tokenHash: Uint8Array): Promise<void> {
    this.mustGet(boardId).tokenHashes[role] = tokenHash.slice();
  }

  async appendUpdates(boardId: string, afterSeq: number, updates: readonly AttributedUpdate[]): Promise<number> {
    const board = this.mustGet(boardId);
    if (afterSeq !== board.lastSeq) throw new OutdatedSequenceError(boardId, afterSeq);
    for (const { update, attribution } of updates) {
      board.lastSeq += 1;
      board.updates.push({ seq: board.lastSeq, update: update.slice() });
      const { entry, extendsLatest } = recordActivity(board.activity.at(-1), { ...attribution, bytes: update.byteLength });
      if (extendsLatest) board.activity[board.activity.length - 1] = entry;
      else board.activity.push(entry);
    }
    return board.lastSeq;
  }

  async loadBoard(boardId: string): Promise<StoredBoard | null> {
    const board = this.boards.get(boardId);
    if (!board) return null;
    return {
      snapshot: board.snapshot.slice(),
      updates: board.updates.map(({ update }) => update.slice()),
      lastSeq: board.lastSeq,
    };
  }

  async compact(boardId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    const board = this.mustGet(boardId);
    if (uptoSeq < board.snapshotSeq) return;
    board.snapshot = snapshot.slice();
    board.snapshotSeq = uptoSeq;
    board.updates = board.updates.filter(({ seq }) => seq > uptoSeq);
    board.activity = board.activity.slice(-activityKept);
  }

  async activity(boardId: string, limit: number): Promise<ActivityEntry[]> {
    const board = this.boards.get(boardId);
    return board ? board.activity.slice(-limit).reverse().map((entry) => ({ ...entry })) : [];
  }

  async close(): Promise<void> {
    this.boards.clear();
  }

  private mustGet(boardId: string): MemoryBoard {
    const board = this.boards.get(boardId);
    if (!board) throw new Error(`Unknown board ${boardId}`);
    return board;
  }
}
