import type { Role } from '@partnerboard/protocol';
import {
  BoardExistsError,
  TooManyPersonalLinksError,
  type BoardDirectory,
  type BoardLifecycle,
  type BoardRecord,
  type NewBoard,
  type NewPersonalLink,
  type PersonalLink,
  type SealedTokens,
  type TokenHashes,
} from '../BoardDirectory.ts';
import { sealedRoles } from '../../auth/sealedTokens.ts';

type StoredPersonalLink = PersonalLink & { tokenHash: Uint8Array };

interface DirectoryEntry {
  record: BoardRecord;
  tokenHashes: TokenHashes;
  sealedTokens: SealedTokens;
  /** Oldest first, each with its token's hash. */
  personalLinks: StoredPersonalLink[];
}

function withoutHash({ tokenHash: _hash, ...link }: StoredPersonalLink): PersonalLink {
  return link;
}

/** The board directory in process memory. */
export class MemoryBoardDirectory implements BoardDirectory {
  private readonly boards = new Map<string, DirectoryEntry>();

  constructor(private readonly lifecycle: BoardLifecycle) {}

  has(boardId: string): boolean {
    return this.boards.has(boardId);
  }

  async createBoard(board: NewBoard): Promise<void> {
    if (this.boards.has(board.id)) throw new BoardExistsError(`Board ${board.id} already exists`);
    this.boards.set(board.id, {
      record: { id: board.id, title: board.title, createdAt: board.createdAt },
      tokenHashes: { ...board.tokenHashes },
      sealedTokens: { editor: board.sealedTokens?.editor?.slice() ?? null, viewer: board.sealedTokens?.viewer?.slice() ?? null },
      personalLinks: [],
    });
    this.lifecycle.created(board.id, board.initialState);
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

  async deleteBoard(boardId: string): Promise<boolean> {
    if (!this.boards.has(boardId)) return false;
    this.lifecycle.deleting(boardId);
    return this.boards.delete(boardId);
  }

  clear(): void {
    for (const boardId of [...this.boards.keys()]) void this.deleteBoard(boardId);
  }

  private mustGet(boardId: string): DirectoryEntry {
    const board = this.boards.get(boardId);
    if (!board) throw new Error(`Unknown board ${boardId}`);
    return board;
  }
}
