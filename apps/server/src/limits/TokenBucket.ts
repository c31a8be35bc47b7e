/** A token bucket: allows bursts up to `capacity`, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number = performance.now(),
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes one token if there is one; false means over the limit. */
  take(now: number = performance.now()): boolean {
    return this.takeCount(1, now);
  }

  /** Takes `count` tokens (bytes, say) if there are as many; false means over the limit, and takes none. */
  takeCount(count: number, now: number = performance.now()): boolean {
    this.refill(now);
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }

  /** Seconds until a token is available. */
  secondsUntilNext(now: number = performance.now()): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : (1 - this.tokens) / this.perSecond;
  }

  /** Whether the bucket is full again (and so can be forgotten). */
  isFull(now: number = performance.now()): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }

  private refill(now: number): void {
    const elapsedSeconds = Math.max(0, now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * this.perSecond);
    this.updatedAt = now;
  }
}
