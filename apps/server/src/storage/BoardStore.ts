import type { ActivityEntry, PersonalLinkSummary, Role } from '@partnerboard/protocol';
import type { SealedRole } from '../auth/sealedTokens.ts';

/** A board as the store knows it; the plan itself lives in the board's Yjs updates. */
export interface BoardRecord {
  id: string;
  /** The title at creation, refreshed from the document when the board is unloaded. */
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

export interface NewBoard {
  id: string;
  title: string;
  createdAt: string;
  tokenHashes: TokenHashes;
  /** The editor and viewer tokens, sealed; absent on a board made as before links were sealed (tests of old data). */
  sealedTokens?: SealedTokens;
  /** The document as created (template applied), stored as the first snapshot. */
  initialState: Uint8Array;
}

/** What it takes to rebuild a board's document: apply the snapshot, then the updates in order. */
export interface StoredBoard {
  snapshot: Uint8Array;
  updates: Uint8Array[];
  /** Sequence number of the last update (of the snapshot when there are none). */
  lastSeq: number;
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

/** Thrown by appendUpdates when the board already has updates after `afterSeq`. */
export class OutdatedSequenceError extends Error {
  override readonly name = 'OutdatedSequenceError';

  constructor(boardId: string, afterSeq: number) {
    super(`Board ${boardId} already has updates after sequence number ${afterSeq}: is another server writing to the same data?`);
  }
}

/**
 * Where boards live. Every method is async so that a networked database (PostgreSQL) can
 * implement it; an implementation must have made an update durable when appendUpdates resolves,
 * because the server shares it with other people only then.
 */
export interface BoardStore {
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
   * Durably appends updates and their attribution (one transaction) as the ones after `afterSeq`,
   * the board's last sequence number as its one writer, the board's room, knows it; resolves with
   * the new last sequence number. An append after an outdated sequence number is refused: a second
   * writer would otherwise interleave its updates with the room's.
   */
  appendUpdates(boardId: string, afterSeq: number, updates: readonly AttributedUpdate[]): Promise<number>;
  loadBoard(boardId: string): Promise<StoredBoard | null>;
  /**
   * Replaces the snapshot with `snapshot`, which must hold every update up to `uptoSeq`, and
   * drops those updates, in one transaction. Updates after `uptoSeq` are kept. A compaction older
   * than the stored snapshot changes nothing; one at its own `uptoSeq` replaces it (a board
   * rewritten without what the room dropped from it, see BoardRoom.dropPendingOverLimit).
   */
  compact(boardId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
  /** Recent activity, newest first. */
  activity(boardId: string, limit: number): Promise<ActivityEntry[]>;
  /**
   * Removes the board and everything stored for it (tokens, snapshot, updates, activity, personal
   * links) for good; resolves with false when there was no such board.
   */
  deleteBoard(boardId: string): Promise<boolean>;
  close(): Promise<void>;
}
