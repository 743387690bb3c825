/**
 * Token buckets per participant for the notes they land on the board:
 * `burst` at once, then one per `refillMs`. Kept for the process's life, not
 * per room, so reconnecting (which reloads the participant's room) refills
 * nothing. Buckets full again are forgotten, so memory follows the writers
 * of the last minutes, not everyone who ever joined.
 */
export class NoteRate {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly burst: number,
    private readonly refillMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`; false when none is left (the note waits). */
  take(key: string): boolean {
    const now = this.now()
    const tokens = this.tokens(key, now)
    if (tokens < 1) return false
    this.buckets.set(key, { tokens: tokens - 1, at: now })
    if (this.buckets.size > 1000) this.forgetFull(now)
    return true
  }

  /** Milliseconds until `key` has a token again (0 when it has one). */
  msUntilNext(key: string): number {
    const tokens = this.tokens(key, this.now())
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * this.refillMs)
  }

  private tokens(key: string, now: number): number {
    const bucket = this.buckets.get(key)
    if (!bucket) return this.burst
    if (this.refillMs <= 0) return this.burst
    return Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs)
  }

  private forgetFull(now: number): void {
    for (const key of this.buckets.keys())
      if (this.tokens(key, now) >= this.burst) this.buckets.delete(key)
  }
}
