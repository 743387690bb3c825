/**
 * A token bucket per key (an address), in memory: `burst` actions at once,
 * refilled at `perMinute`. Buckets that are full again are forgotten, so a
 * scan of many addresses costs memory only while it lasts.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly burst: number,
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`: false when the bucket is empty (the caller answers 429). */
  take(key: string): boolean {
    const now = this.now()
    const refilled = this.tokens(key, now)
    // A refusal changes nothing: the bucket keeps filling from its last success.
    if (refilled < 1) return false
    this.buckets.set(key, { tokens: refilled - 1, at: now })
    this.forgetFull(now)
    return true
  }

  /** True when `key` has a token (nothing is taken). */
  has(key: string): boolean {
    return this.tokens(key, this.now()) >= 1
  }

  /** Seconds until `key` may act again (for Retry-After). */
  retryAfterSeconds(key: string): number {
    const tokens = this.tokens(key, this.now())
    if (tokens >= 1 || this.perMinute <= 0) return 60
    return Math.max(1, Math.ceil(((1 - tokens) / this.perMinute) * 60))
  }

  private tokens(key: string, now: number): number {
    const bucket = this.buckets.get(key)
    if (!bucket) return this.burst
    return Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute)
  }

  private forgetFull(now: number): void {
    if (this.buckets.size < 1000) return
    for (const key of this.buckets.keys())
      if (this.tokens(key, now) >= this.burst) this.buckets.delete(key)
  }
}
