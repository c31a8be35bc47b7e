import { roles, type Role } from '@partnerboard/protocol';
import type { BoardStore } from '../storage/BoardStore.ts';
import { hashToken, sameHash } from './tokens.ts';

export type AccessRefusal = 'missing_token' | 'unknown_board' | 'wrong_token' | 'link_withdrawn';

/** Who a personal link proves its holder to be: the person the facilitator made it for. */
export interface PersonalLinkIdentity {
  linkId: string;
  name: string;
  organisation: string;
  personId: string | null;
}

export type Access =
  | { granted: true; role: Role; /** Null on a shared role link, whose holders name themselves. */ link: PersonalLinkIdentity | null }
  | { granted: false; refusal: AccessRefusal };

/** HTTP status for each refusal, the same at the WebSocket upgrade and on the JSON API. */
export const refusalStatus: Record<AccessRefusal, 401 | 403 | 404> = {
  missing_token: 401,
  wrong_token: 403,
  link_withdrawn: 403,
  unknown_board: 404,
};

export const refusalMessage: Record<AccessRefusal, string> = {
  missing_token: 'This request needs a board link token.',
  wrong_token: 'This link is not valid for this board: it may have been replaced by a new link.',
  link_withdrawn: 'This personal link has been withdrawn by the board’s facilitator.',
  unknown_board: 'There is no board with this id.',
};

/**
 * Decides what a token lets its holder do on a board. Unknown boards answer 404: board ids are
 * 128-bit random, so telling someone who already holds an id that it does not exist reveals
 * nothing they could enumerate, and the person gets a clearer message than "forbidden".
 */
export class BoardAccess {
  constructor(private readonly store: BoardStore) {}

  async check(boardId: string, token: string | null): Promise<Access> {
    if (!token) return { granted: false, refusal: 'missing_token' };
    const hashes = await this.store.tokenHashes(boardId);
    if (!hashes) return { granted: false, refusal: 'unknown_board' };
    const presented = hashToken(token);
    // Compare against every role so the time taken does not depend on which one matches.
    const matches = roles.filter((role) => sameHash(hashes[role], presented));
    const role = matches[0];
    if (role) return { granted: true, role, link: null };
    const personal = await this.store.personalLinkByTokenHash(boardId, presented);
    if (!personal || !sameHash(personal.tokenHash, presented)) return { granted: false, refusal: 'wrong_token' };
    if (personal.revokedAt !== null) return { granted: false, refusal: 'link_withdrawn' };
    const { id: linkId, name, organisation, personId } = personal;
    return { granted: true, role: personal.role, link: { linkId, name, organisation, personId } };
  }
}
