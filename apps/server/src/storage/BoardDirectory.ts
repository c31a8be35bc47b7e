import type { PersonalLinkSummary, Role } from '@partnerboard/protocol';
import type { SealedRole } from '../auth/sealedTokens.ts';

/** A board as the directory knows it; the plan itself lives in the board's update log. */
export interface BoardRecord {
  id: string;
  /** The title at creation, refreshed from the document when the board is compacted. */
  title: string;
  createdAt: string;
}

/** SHA-256 hash of each role's capability token; the tokens themselves are never stored. */
export type TokenHashes = Record<Role, Uint8Array>;

/**
 * The editor and viewer tokens sealed under a key only the facilitator token gives (see
 * auth/sealedTokens.ts); null for a link made before links were sealed, until it is replaced.
 */
export type SealedTokens = Record<SealedRole, Uint8Array | null>;

export interface NewBoard {
  id: string;
  title: string;
  createdAt: string;
  tokenHashes: TokenHashes;
  /** The editor and viewer tokens, sealed; absent on a board made as before links were sealed (tests of old data). */
  sealedTokens?: SealedTokens;
  /** The document as created (template applied), stored as the update log's first snapshot. */
  initialState: Uint8Array;
}

/**
 * A link made for one named person: whoever holds its token is, as far as the board knows, that
 * person. Kept after it is withdrawn, so that the activity it attributed can still name it.
 */
export interface PersonalLink extends PersonalLinkSummary {
  boardId: string;
}

export interface NewPersonalLink extends Omit<PersonalLink, 'revokedAt'> {
  /** SHA-256 of the link's token; the token itself is never stored. */
  tokenHash: Uint8Array;
}

/** Thrown by createPersonalLink when the board already holds `maxPersonalLinksPerBoard` links. */
export class TooManyPersonalLinksError extends Error {
  override readonly name = 'TooManyPersonalLinksError';
}

/** Thrown by createBoard when the id is taken. */
export class BoardExistsError extends Error {
  override readonly name = 'BoardExistsError';
}

/**
 * What the rest of a store does when its directory adds or removes a board, so that a board's
 * update log starts with it and nothing of it outlives it (SQLite runs `created` in the directory's
 * transaction).
 */
export interface BoardLifecycle {
  created(boardId: string, initialState: Uint8Array): void;
  /** Before the board is removed: nothing more may be written for it. */
  deleting(boardId: string): void;
}

/** The boards there are, their titles, and who may open them: token hashes, sealed tokens, personal links. */
export interface BoardDirectory {
  /** Adds a board, its tokens and (through the store's other jobs) its first snapshot; BoardExistsError when the id is taken. */
  createBoard(board: NewBoard): Promise<void>;
  getBoard(boardId: string): Promise<BoardRecord | null>;
  setTitle(boardId: string, title: string): Promise<void>;
  /**
   * The current token hash per role, or null for an unknown board. A store may keep them in memory
   * (SQLite does: one server per data directory), but a rotation made through any server must be
   * seen at once, or a replaced link would still open the board.
   */
  tokenHashes(boardId: string): Promise<TokenHashes | null>;
  /**
   * Replaces one role's token hash (the old token stops working at once) and, in the same
   * transaction, stores `sealed`: for an editor or viewer link its new sealed token (none given:
   * none kept), for the facilitator link the others sealed again under the new token.
   */
  rotateToken(boardId: string, role: Role, tokenHash: Uint8Array, sealed?: Partial<SealedTokens>): Promise<void>;
  /** The board's sealed editor and viewer tokens, or null for an unknown board. */
  sealedTokens(boardId: string): Promise<SealedTokens | null>;
  /**
   * Stores a personal link, unless the board already holds `maxLinks` (withdrawn ones count: they
   * stay, for the activity they attributed), when it throws TooManyPersonalLinksError.
   */
  createPersonalLink(link: NewPersonalLink, maxLinks: number): Promise<void>;
  /** The board's personal links, withdrawn ones too, oldest first. */
  personalLinks(boardId: string): Promise<PersonalLink[]>;
  /**
   * The board's personal link whose token hashes to `tokenHash` (withdrawn or not), with that hash,
   * or null. Looked up by the hash: what its timing could tell is about the hash, and SHA-256 gives
   * no way back from a hash to a token.
   */
  personalLinkByTokenHash(boardId: string, tokenHash: Uint8Array): Promise<(PersonalLink & { tokenHash: Uint8Array }) | null>;
  /**
   * Withdraws a link as of `at` (its token stops working at once); one already withdrawn keeps its
   * first date. Resolves with the link, or null when the board has no such link.
   */
  withdrawPersonalLink(boardId: string, linkId: string, at: string): Promise<PersonalLink | null>;
  /**
   * Removes the board and everything stored for it (tokens, update log, named snapshots, activity,
   * personal links) for good; resolves with false when there was no such board.
   */
  deleteBoard(boardId: string): Promise<boolean>;
}
