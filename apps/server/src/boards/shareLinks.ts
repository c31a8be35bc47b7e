import type { CurrentTokensResponse, Role } from '@partnerboard/protocol';
import { sealedRoles, tokenSeal, type SealedRole } from '../auth/sealedTokens.ts';
import { generateToken, hashToken, sameHash } from '../auth/tokens.ts';
import type { BoardStore, SealedTokens, TokenHashes } from '../storage/BoardStore.ts';

export type CurrentTokens = CurrentTokensResponse['tokens'];

/** A new board's editor and viewer tokens, sealed under its facilitator token. */
export function sealNewTokens(boardId: string, tokens: Record<Role, string>): SealedTokens {
  const { seal } = tokenSeal(boardId, tokens.facilitator);
  return { editor: seal(tokens.editor, 'editor'), viewer: seal(tokens.viewer, 'viewer') };
}

/**
 * What the facilitator token opens of the stored sealed tokens: each role's current token, or null
 * when it has none sealed (made before links were sealed) or the one sealed is not the current link
 * (two rotations crossed), so that a link shown always opens the board.
 */
function openSealed(boardId: string, facilitatorToken: string, sealed: SealedTokens, hashes: TokenHashes): Record<SealedRole, string | null> {
  const { open: unseal } = tokenSeal(boardId, facilitatorToken);
  const open = (role: SealedRole) => {
    const stored = sealed[role];
    const token = stored && unseal(stored, role);
    return token && sameHash(hashToken(token), hashes[role]) ? token : null;
  };
  return { editor: open('editor'), viewer: open('viewer') };
}

/** The board's current share links, for the holder of its facilitator token (checked by the caller); null for an unknown board. */
export async function currentTokens(store: BoardStore, boardId: string, facilitatorToken: string): Promise<CurrentTokens | null> {
  const [sealed, hashes] = await Promise.all([store.sealedTokens(boardId), store.tokenHashes(boardId)]);
  if (!sealed || !hashes) return null;
  return { facilitator: facilitatorToken, ...openSealed(boardId, facilitatorToken, sealed, hashes) };
}

/**
 * Replaces a role's link with a new random token, stored hashed (the old one stops at once). An
 * editor or viewer token is also stored sealed under the facilitator token; a new facilitator
 * token seals the current editor and viewer tokens again, so that they stay shown and working.
 * `facilitatorToken` is the one the request carried (checked by the caller).
 */
export async function replaceLink(store: BoardStore, boardId: string, role: Role, facilitatorToken: string): Promise<string> {
  const token = generateToken();
  if (role !== 'facilitator') {
    await store.rotateToken(boardId, role, hashToken(token), { [role]: tokenSeal(boardId, facilitatorToken).seal(token, role) });
    return token;
  }
  const [sealed, hashes] = await Promise.all([store.sealedTokens(boardId), store.tokenHashes(boardId)]);
  if (!sealed || !hashes) throw new Error(`Unknown board ${boardId}`);
  const current = openSealed(boardId, facilitatorToken, sealed, hashes);
  const { seal } = tokenSeal(boardId, token);
  const resealed = Object.fromEntries(
    sealedRoles.map((other) => {
      const otherToken = current[other];
      return [other, otherToken && seal(otherToken, other)];
    }),
  ) as SealedTokens;
  await store.rotateToken(boardId, role, hashToken(token), resealed);
  return token;
}
