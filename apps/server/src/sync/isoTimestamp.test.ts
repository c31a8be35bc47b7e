import { describe, expect, it } from 'vitest';
import { isoTimestamp } from './isoTimestamp.ts';

describe('isoTimestamp', () => {
  it('writes what Date.prototype.toISOString writes, within a second and across seconds', () => {
    const start = Date.parse('2026-12-31T23:59:58.990Z');
    // Every millisecond across a change of second, minute, hour, day and year, then a spread of times.
    const times = [...Array.from({ length: 2_100 }, (_, i) => start + i), 0, 1, 999, 1_000, 951_782_400_123, Date.now()];
    for (const ms of times) expect(isoTimestamp(ms)).toBe(new Date(ms).toISOString());
  });

  it('stamps the current time when given none', () => {
    const before = Date.now();
    const stamped = Date.parse(isoTimestamp());
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });
});
