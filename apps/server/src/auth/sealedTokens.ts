import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The shared role links the server keeps sealed for the facilitator; the facilitator's own link is only hashed. */
export const sealedRoles = ['editor', 'viewer'] as const;
export type SealedRole = (typeof sealedRoles)[number];

/** First byte of every sealed token, so that another scheme can be told apart later. */
const formatVersion = 1;
const nonceBytes = 12;
const tagBytes = 16;
const info = Buffer.from('partnerboard/sealed-share-token/v1');

/**
 * The AES-256 key that seals a board's editor and viewer tokens: HKDF-SHA256 of the facilitator
 * token, salted with the board id. The token is 256 random bits, so no slow password hash is
 * needed; and HKDF's extract (an HMAC) is not the SHA-256 under which the token is stored, so the
 * stored hash opens nothing.
 */
function sealingKey(boardId: string, facilitatorToken: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(facilitatorToken, 'utf8'), Buffer.from(boardId, 'utf8'), info, 32));
}

/** What a sealed token is bound to: its board and role, so that a stored one cannot be moved to another. */
function boundTo(boardId: string, role: SealedRole): Buffer {
  return Buffer.from(`${boardId}/${role}`, 'utf8');
}

/** Seals and opens one board's editor and viewer tokens under one facilitator token (the key is derived once). */
export interface TokenSeal {
  /** AES-256-GCM: version (1 byte), random nonce (12), ciphertext, tag (16). */
  seal(token: string, role: SealedRole): Uint8Array;
  /** The token in `sealed`, or null when this facilitator token (or board, or role) does not open it. */
  open(sealed: Uint8Array, role: SealedRole): string | null;
}

export function tokenSeal(boardId: string, facilitatorToken: string): TokenSeal {
  const key = sealingKey(boardId, facilitatorToken);
  return {
    seal(token, role) {
      const nonce = randomBytes(nonceBytes);
      const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: tagBytes });
      cipher.setAAD(boundTo(boardId, role));
      const ciphertext = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
      return new Uint8Array(Buffer.concat([Buffer.of(formatVersion), nonce, ciphertext, cipher.getAuthTag()]));
    },
    open(sealed, role) {
      const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
      if (bytes.length < 1 + nonceBytes + tagBytes || bytes[0] !== formatVersion) return null;
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(1, 1 + nonceBytes), { authTagLength: tagBytes });
      decipher.setAAD(boundTo(boardId, role));
      decipher.setAuthTag(bytes.subarray(bytes.length - tagBytes));
      try {
        return Buffer.concat([decipher.update(bytes.subarray(1 + nonceBytes, bytes.length - tagBytes)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
