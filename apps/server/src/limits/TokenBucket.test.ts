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

  it('takes many tokens at once (bytes), all or none', () => {
    const bucket = new TokenBucket(1000, 100, 0);
    expect(bucket.takeCount(800, 0)).toBe(true);
    expect(bucket.takeCount(300, 0)).toBe(false);
    expect(bucket.takeCount(200, 0)).toBe(true);
    // One second later 100 more have come; none were lost to the refusal.
    expect(bucket.takeCount(101, 1000)).toBe(false);
    expect(bucket.takeCount(100, 1000)).toBe(true);
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
