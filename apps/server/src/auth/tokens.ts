import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new capability token: 256 random bits, url-safe. Shown once to its creator, never stored. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new board id: 128 random bits, url-safe (ids are not secret, tokens are). */
export function generateBoardId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The SHA-256 hash under which a token is stored. Every connection and API call hashes its token,
 * so the one-shot `hash` is used: it skips setting up a Hash object.
 */
export function hashToken(token: string): Uint8Array {
  return hash('sha256', token, 'buffer');
}

/** Constant-time comparison of two token hashes. */
export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads the token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
