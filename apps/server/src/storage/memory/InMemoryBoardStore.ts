import type { ActivityEntry, Role } from '@partnerboard/protocol';
import { activityKept, foldActivity, type UpdateActivity } from '../activityRuns.ts';
import {
  BoardExistsError,
  OutdatedSequenceError,
  TooManyPersonalLinksError,
  type AttributedUpdate,
  type Attribution,
  type BoardRecord,
  type BoardStore,
  type NewBoard,
  type NewPersonalLink,
  type PersonalLink,
  type SealedTokens,
  type StoredBoard,
  type TokenHashes,
} from '../BoardStore.ts';
import { sealedRoles } from '../../auth/sealedTokens.ts';

interface MemoryBoard {
  record: BoardRecord;
  tokenHashes: TokenHashes;
  sealedTokens: SealedTokens;
  snapshot: Uint8Array;
  snapshotSeq: number;
  /** Each with its attribution, folded into `activity` when it is compacted away (as SQLite does). */
  updates: { seq: number; update: Uint8Array; attribution: Attribution }[];
  lastSeq: number;
  /** Runs of activity, oldest first, up to the snapshot. */
  activity: ActivityEntry[];
  /** Oldest first, each with its token's hash. */
  personalLinks: StoredPersonalLink[];
}

type StoredPersonalLink = PersonalLink & { tokenHash: Uint8Array };

function withoutHash({ tokenHash: _hash, ...link }: StoredPersonalLink): PersonalLink {
  return link;
}

/** What the attributions of `updates` make of `activity` (oldest first): its newest run carried on, and the runs they start. */
function withActivityOf(activity: readonly ActivityEntry[], updates: MemoryBoard['updates']): ActivityEntry[] {
  const latest = activity.at(-1);
  const { extendedLatest, added } = foldActivity(
    latest,
    updates.map(({ update, attribution }): UpdateActivity => ({ ...attribution, bytes: update.byteLength })),
  );
  const before = extendedLatest ? [...activity.slice(0, -1), extendedLatest] : activity;
  return [...before, ...added];
}

/** Keeps boards in process memory: for tests and throwaway servers, never durable. */
export class InMemoryBoardStore implements BoardStore {
  private readonly boards = new Map<string, MemoryBoard>();

  async createBoard(board: NewBoard): Promise<void> {
    if (this.boards.has(board.id)) throw new BoardExistsError(`Board ${board.id} already exists`);
    this.boards.set(board.id, {
      record: { id: board.id, title: board.title, createdAt: board.createdAt },
      tokenHashes: { ...board.tokenHashes },
      sealedTokens: { editor: board.sealedTokens?.editor?.slice() ?? null, viewer: board.sealedTokens?.viewer?.slice() ?? null },
      snapshot: board.initialState.slice(),
      snapshotSeq: 0,
      updates: [],
      lastSeq: 0,
      activity: [],
      personalLinks: [],
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

  async rotateToken(boardId: string, role: Role, tokenHash: Uint8Array, sealed: Partial<SealedTokens> = {}): Promise<void> {
    const board = this.mustGet(boardId);
    board.tokenHashes[role] = tokenHash.slice();
    for (const other of sealedRoles) {
      // A rotated editor or viewer link keeps only the sealed token given with it (as SQLite does).
      const replacement = other === role ? (sealed[other] ?? null) : sealed[other];
      if (replacement !== undefined) board.sealedTokens[other] = replacement?.slice() ?? null;
    }
  }

  async sealedTokens(boardId: string): Promise<SealedTokens | null> {
    const board = this.boards.get(boardId);
    if (!board) return null;
    return { editor: board.sealedTokens.editor?.slice() ?? null, viewer: board.sealedTokens.viewer?.slice() ?? null };
  }

  async createPersonalLink(link: NewPersonalLink, maxLinks: number): Promise<void> {
    const board = this.mustGet(link.boardId);
    if (board.personalLinks.length >= maxLinks) throw new TooManyPersonalLinksError(`Board ${link.boardId} already has ${maxLinks} personal links`);
    board.personalLinks.push({ ...link, tokenHash: link.tokenHash.slice(), revokedAt: null });
  }

  async personalLinks(boardId: string): Promise<PersonalLink[]> {
    return (this.boards.get(boardId)?.personalLinks ?? []).map(withoutHash);
  }

  async personalLinkByTokenHash(boardId: string, tokenHash: Uint8Array): Promise<StoredPersonalLink | null> {
    const found = this.boards.get(boardId)?.personalLinks.find((link) => Buffer.from(link.tokenHash).equals(tokenHash));
    return found ? { ...found, tokenHash: found.tokenHash.slice() } : null;
  }

  async withdrawPersonalLink(boardId: string, linkId: string, at: string): Promise<PersonalLink | null> {
    const link = this.boards.get(boardId)?.personalLinks.find((candidate) => candidate.id === linkId);
    if (!link) return null;
    link.revokedAt ??= at;
    return withoutHash(link);
  }

  async appendUpdates(boardId: string, afterSeq: number, updates: readonly AttributedUpdate[]): Promise<number> {
    const board = this.mustGet(boardId);
    if (afterSeq !== board.lastSeq) throw new OutdatedSequenceError(boardId, afterSeq);
    for (const { update, attribution } of updates) {
      board.lastSeq += 1;
      board.updates.push({ seq: board.lastSeq, update: update.slice(), attribution });
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
    const folded = board.updates.filter(({ seq }) => seq <= uptoSeq);
    board.updates = board.updates.filter(({ seq }) => seq > uptoSeq);
    board.activity = withActivityOf(board.activity, folded).slice(-activityKept);
  }

  async activity(boardId: string, limit: number): Promise<ActivityEntry[]> {
    const board = this.boards.get(boardId);
    if (!board) return [];
    return withActivityOf(board.activity, board.updates).slice(-limit).reverse().map((entry) => ({ ...entry }));
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    return this.boards.delete(boardId);
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
