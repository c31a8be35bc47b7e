import { describe, expect, it } from 'vitest';
import { isRealIsoDate } from './schema.js';

describe('isRealIsoDate', () => {
  it('accepts real calendar dates, including 29 February in a leap year', () => {
    expect(isRealIsoDate('2026-03-31')).toBe(true);
    expect(isRealIsoDate('2028-02-29')).toBe(true);
  });

  it('refuses dates that do not exist and other formats', () => {
    for (const value of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31', '31/03/2026', '2026-3-1', '2026-03-31T00:00:00Z', '']) {
      expect(isRealIsoDate(value), value).toBe(false);
    }
  });
});
