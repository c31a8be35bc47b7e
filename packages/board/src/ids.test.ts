import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('newId', () => {
  it('makes 21-character url-safe ids that do not repeat', () => {
    const ids = Array.from({ length: 1000 }, newId);
    expect(ids.every((id) => /^[A-Za-z0-9_-]{21}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(1000);
  });
});
