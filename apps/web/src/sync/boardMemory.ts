import { roles, type LinkIdentity, type Role } from '@partnerboard/protocol';
import { lookedKeyPrefix } from '../since/lookedStore';
import type { ShareTokens } from './boardApi';

// What this browser remembers about each board it has opened, in localStorage under one key per board.
// The token is the user's own capability; it never leaves this browser except to this server.

export interface RememberedIdentity {
  name: string;
  organisation: string;
  partnerId?: string;
  /**
   * The person in the plan I said I am, or null when I said I am not in it; absent in what
   * browsers remembered before joining asked (see meOnBoard).
   */
  personId?: string | null;
}

/** The person a personal link names, as the server said when the link was last checked. */
export type PersonalIdentity = Omit<Extract<LinkIdentity, { kind: 'personal' }>, 'kind'>;

export interface BoardMemory {
  /** The token of the link this browser opened the board with. */
  token?: string;
  /** Role and title from the last answer of the server, to open the board offline. */
  role?: Role;
  title?: string;
  /** Share links this browser knows (the creator's, or one the facilitator rotated here). */
  links?: Partial<ShareTokens>;
  identity?: RememberedIdentity;
  /** Set while the token is a personal link: who it names (shown instead of `identity`). */
  personal?: PersonalIdentity;
}

const keyPrefix = 'partnerboard:board:';
const key = (boardId: string) => `${keyPrefix}${boardId}`;

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** What this browser remembers about a board (empty when nothing, or when the entry is unreadable). */
export function readBoardMemory(boardId: string): BoardMemory {
  try {
    const raw = localStorage.getItem(key(boardId));
    if (!raw) return {};
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const memory: BoardMemory = {};
    if (typeof parsed.token === 'string') memory.token = parsed.token;
    if (isRole(parsed.role)) memory.role = parsed.role;
    if (typeof parsed.title === 'string') memory.title = parsed.title;
    if (parsed.links && typeof parsed.links === 'object') {
      const links: Partial<ShareTokens> = {};
      for (const role of roles) {
        const token = (parsed.links as Record<string, unknown>)[role];
        if (typeof token === 'string') links[role] = token;
      }
      memory.links = links;
    }
    const identity = parsed.identity as Partial<RememberedIdentity> | undefined;
    if (identity && typeof identity.name === 'string' && typeof identity.organisation === 'string') {
      memory.identity = { name: identity.name, organisation: identity.organisation };
      if (typeof identity.partnerId === 'string') memory.identity.partnerId = identity.partnerId;
      if (typeof identity.personId === 'string' || identity.personId === null) memory.identity.personId = identity.personId;
    }
    const personal = parsed.personal as Partial<PersonalIdentity> | undefined;
    if (personal && typeof personal.linkId === 'string' && typeof personal.name === 'string' && typeof personal.organisation === 'string') {
      const personId = typeof personal.personId === 'string' ? personal.personId : null;
      memory.personal = { linkId: personal.linkId, name: personal.name, organisation: personal.organisation, personId };
    }
    return memory;
  } catch {
    return {};
  }
}

/** Merges a patch into what this browser remembers about a board. */
export function rememberBoard(boardId: string, patch: Partial<BoardMemory>): BoardMemory {
  const next = { ...readBoardMemory(boardId), ...patch };
  if (patch.links) next.links = { ...readBoardMemory(boardId).links, ...patch.links };
  try {
    localStorage.setItem(key(boardId), JSON.stringify(next));
  } catch {
    // Storage full or disabled (private mode): the board still works for this visit.
  }
  return next;
}

/** Forgets a board's token and links (after revocation), keeping the name the user gave and the board's title. */
export function forgetBoardAccess(boardId: string): void {
  const { identity, title } = readBoardMemory(boardId);
  try {
    localStorage.setItem(key(boardId), JSON.stringify({ identity, title }));
  } catch {
    // Nothing to forget if storage is unavailable.
  }
}

/** What else this browser keeps per board, by key prefix: comment drafts, dismissed notices, what it last looked at. */
const alsoKeptPrefixes = (boardId: string) => [`partnerboard:comment-draft:${boardId}:`, `partnerboard.dismissedOverwrites.${boardId}`, `${lookedKeyPrefix}${boardId}`];

/** Forgets everything this browser remembers about a board: its link, title, the name given, drafts and dismissed notices. */
export function forgetBoard(boardId: string): void {
  try {
    localStorage.removeItem(key(boardId));
    const prefixes = alsoKeptPrefixes(boardId);
    const kept = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((stored): stored is string => stored !== null && prefixes.some((prefix) => stored.startsWith(prefix)));
    for (const stored of kept) localStorage.removeItem(stored);
  } catch {
    // Nothing to forget if storage is unavailable.
  }
}

/** A board this browser holds a link for. */
export interface RememberedBoard {
  id: string;
  title: string;
  role: Role | undefined;
  memory: BoardMemory;
}

/** The boards this browser holds a link for, by title. */
export function rememberedBoards(): RememberedBoard[] {
  const boards: RememberedBoard[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const stored = localStorage.key(i);
      if (!stored?.startsWith(keyPrefix)) continue;
      const id = stored.slice(keyPrefix.length);
      const memory = readBoardMemory(id);
      if (memory.token) boards.push({ id, title: memory.title || 'Untitled board', role: memory.role, memory });
    }
  } catch {
    return [];
  }
  return boards.sort((a, b) => a.title.localeCompare(b.title));
}

