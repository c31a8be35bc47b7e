import { describe, expect, it } from 'vitest';
import { tokenSeal } from './sealedTokens.ts';
import { generateToken, hashToken } from './tokens.ts';

describe('sealed share tokens', () => {
  const boardId = 'aB3dE5fG7hI9jK1lM3nO5p';
  const facilitatorToken = generateToken();
  const editorToken = generateToken();
  const seal = tokenSeal(boardId, facilitatorToken);

  it('are opened by the facilitator token they were sealed under, on any later request', () => {
    expect(tokenSeal(boardId, facilitatorToken).open(seal.seal(editorToken, 'editor'), 'editor')).toBe(editorToken);
  });

  it('hold nothing of the token in the clear, and differ every time (random nonce)', () => {
    const first = seal.seal(editorToken, 'editor');
    const second = seal.seal(editorToken, 'editor');
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    // version, 12-byte nonce, the token's 43 characters, 16-byte tag
    expect(first).toHaveLength(1 + 12 + 43 + 16);
    expect(Buffer.from(first).includes(Buffer.from(editorToken))).toBe(false);
    expect(Buffer.from(first).includes(Buffer.from(editorToken, 'base64url'))).toBe(false);
  });

  it('are not opened by another facilitator token, nor by the stored hash of the right one', () => {
    const sealed = seal.seal(editorToken, 'editor');
    const storedHash = Buffer.from(hashToken(facilitatorToken));
    for (const other of [generateToken(), storedHash.toString('base64url'), storedHash.toString('hex'), storedHash.toString('latin1')]) {
      expect(tokenSeal(boardId, other).open(sealed, 'editor')).toBeNull();
    }
  });

  it('are bound to their board and role: moved to another, they open to nothing', () => {
    const sealed = seal.seal(editorToken, 'editor');
    expect(seal.open(sealed, 'viewer')).toBeNull();
    expect(tokenSeal('zZ9yY8xX7wW6vV5uU4tT3s', facilitatorToken).open(sealed, 'editor')).toBeNull();
  });

  it('open to nothing when changed in any byte, cut short, or empty', () => {
    const sealed = seal.seal(editorToken, 'editor');
    for (let at = 0; at < sealed.length; at += 1) {
      const changed = sealed.slice();
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      expect(seal.open(changed, 'editor')).toBeNull();
    }
    expect(seal.open(sealed.subarray(0, 20), 'editor')).toBeNull();
    expect(seal.open(new Uint8Array(), 'editor')).toBeNull();
  });
});
