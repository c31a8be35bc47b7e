import { roles, type LinkIdentity, type Role } from '@partnerboard/protocol';
import type { ShareTokens } from './boardApi';

// What this browser remembers about each board it has opened, in localStorage under one key per board.
// The token is the user's own capability; it never leaves this browser except to this server.

export interface RememberedIdentity {
  name: string;
  organisation: string;
  partnerId?: string;
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

const key = (boardId: string) => `partnerboard:board:${boardId}`;

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

/** Forgets a board's token and links (after revocation), keeping the name the user gave. */
export function forgetBoardAccess(boardId: string): void {
  const { identity } = readBoardMemory(boardId);
  try {
    localStorage.setItem(key(boardId), JSON.stringify(identity ? { identity } : {}));
  } catch {
    // Nothing to forget if storage is unavailable.
  }
}
