import { describe, expect, it } from 'vitest';
import { bearerToken, generateBoardId, generateToken, hashToken, sameHash } from './tokens.ts';

describe('tokens', () => {
  it('are 256 random bits, url-safe, and never repeat', () => {
    const tokens = Array.from({ length: 100 }, generateToken);
    expect(new Set(tokens).size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });

  it('board ids are 128 random bits, url-safe', () => {
    expect(Buffer.from(generateBoardId(), 'base64url')).toHaveLength(16);
  });

  it('are stored as SHA-256 hashes and compared by hash', () => {
    const token = generateToken();
    expect(hashToken(token)).toHaveLength(32);
    expect(sameHash(hashToken(token), hashToken(token))).toBe(true);
    expect(sameHash(hashToken(token), hashToken(`${token}x`))).toBe(false);
  });

  it('hash to the SHA-256 of their UTF-8 text, as every stored hash was made', () => {
    expect(Buffer.from(hashToken('abc')).toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are read from an Authorization: Bearer header', () => {
    expect(bearerToken('Bearer abc_123')).toBe('abc_123');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
