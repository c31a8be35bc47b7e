import { TokenBucket } from './TokenBucket.ts';

/** One token bucket per key (e.g. per client address); full buckets are forgotten so memory stays bounded. */
export class RateLimitByKey {
  private readonly buckets = new Map<string, TokenBucket>();
  private takesSinceSweep = 0;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  /** Takes one token for `key`; on refusal, says how many seconds to wait. */
  take(key: string, now: number = performance.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    this.sweep(now);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.capacity, this.perSecond, now);
      this.buckets.set(key, bucket);
    }
    if (bucket.take(now)) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(bucket.secondsUntilNext(now))) };
  }

  private sweep(now: number): void {
    this.takesSinceSweep += 1;
    if (this.takesSinceSweep < 1000) return;
    this.takesSinceSweep = 0;
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
  }
}
