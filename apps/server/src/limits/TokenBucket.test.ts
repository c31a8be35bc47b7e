import { describe, expect, it } from 'vitest';
import { RateLimitByKey } from './RateLimitByKey.ts';
import { TokenBucket } from './TokenBucket.ts';

describe('TokenBucket', () => {
  it('allows a burst up to its capacity, then refuses', () => {
    const bucket = new TokenBucket(3, 1, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
  });

  it('refills at its rate', () => {
    const bucket = new TokenBucket(2, 10, 0);
    bucket.take(0);
    bucket.take(0);
    expect(bucket.take(50)).toBe(false);
    expect(bucket.take(100)).toBe(true);
  });
});

describe('RateLimitByKey', () => {
  it('limits each key on its own and says when to retry', () => {
    const limiter = new RateLimitByKey(1, 1 / 60);
    expect(limiter.take('10.0.0.1', 0)).toEqual({ allowed: true });
    expect(limiter.take('10.0.0.2', 0)).toEqual({ allowed: true });
    expect(limiter.take('10.0.0.1', 0)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });
});
