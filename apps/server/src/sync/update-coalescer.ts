import * as Y from 'yjs'

/**
 * Merges the stored updates of a busy room into one update per flush. A
 * room of a thousand phones pays a socket write per phone per relayed
 * message: relaying five notes that arrived within a few milliseconds as one
 * merged update (one y-websocket message, which a stock provider reads as one
 * frame) costs one write per phone instead of five.
 *
 * Timing: the first update after a quiet spell (no flush for `windowMs`) is
 * flushed on the next turn of the event loop (after the frames already read
 * in this one, so a burst that arrived together goes out together) and adds
 * no wait. Otherwise an update waits, at most `windowMs`, for the batch a
 * window is expected to hold at the recent rate (the window over the mean
 * gap between updates, at least two); once that many are pending, and the
 * last flush is half a window old, they go on the next turn. Notes 20 ms
 * apart in a 40 ms window go out in pairs as the second arrives: the first
 * waits 20 ms, and the writes are halved. A busy room flushes at most twice
 * per window, about once at a steady rate.
 *
 * Invariants: only updates handed to `add` are flushed (the room hands it
 * updates once they are stored); they are merged in the order they were
 * added; nothing is dropped: `flushNow` empties what is pending at once.
 */
export class UpdateCoalescer<Sender = unknown> {
  private pending: Uint8Array[] = []
  /** The one sender of every pending update, null once two differ (or one had none). */
  private soleSender: Sender | null | undefined = undefined
  private lastFlushAt = Number.NEGATIVE_INFINITY
  private lastAddAt = Number.NEGATIVE_INFINITY
  /** Moving mean of the gaps between updates (ms); unknown until two have come. */
  private meanGap = Number.POSITIVE_INFINITY
  private timer: NodeJS.Timeout | null = null
  private immediate: NodeJS.Immediate | null = null

  constructor(
    private readonly windowMs: number,
    /**
     * Relays one update: a stored one as is, or the merge of several;
     * `sender` when they all came from one (it has them all already).
     */
    private readonly relay: (update: Uint8Array, merged: number, sender: Sender | null) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether updates wait to be flushed: anything relayed meanwhile must go after them. */
  get holding(): boolean {
    return this.pending.length > 0
  }

  add(update: Uint8Array, sender: Sender | null = null): void {
    const now = this.now()
    this.learnGap(now)
    this.pending.push(update)
    if (this.soleSender === undefined) this.soleSender = sender
    else if (this.soleSender !== sender) this.soleSender = null
    if (this.immediate) return
    if (this.timer) {
      // Full, and not two flushes within half a window (a burst the mean has not caught up with yet).
      if (this.pending.length < this.expectedBatch()) return
      if (now - this.lastFlushAt < this.windowMs / 2) return
      clearTimeout(this.timer)
      this.timer = null
      this.immediate = setImmediate(this.flushNow)
      return
    }
    if (now - this.lastFlushAt < this.windowMs) {
      this.timer = setTimeout(this.flushNow, this.windowMs)
      this.timer.unref?.()
    } else this.immediate = setImmediate(this.flushNow)
  }

  /** Relays what is pending now, merged into one update. */
  readonly flushNow = (): void => {
    this.cancelTimers()
    const updates = this.pending
    if (updates.length === 0) return
    const sender = this.soleSender ?? null
    this.pending = []
    this.soleSender = undefined
    this.lastFlushAt = this.now()
    this.relay(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), updates.length, sender)
  }

  /** How many updates a window holds at the recent rate: waiting for more would be waiting for nothing. */
  private expectedBatch(): number {
    return Math.max(2, Math.floor(this.windowMs / this.meanGap))
  }

  private learnGap(now: number): void {
    const gap = now - this.lastAddAt
    this.lastAddAt = now
    // A gap longer than the window is a quiet spell, not a rate: the next flush is immediate anyway.
    if (gap > this.windowMs) return
    this.meanGap = Number.isFinite(this.meanGap) ? this.meanGap + (gap - this.meanGap) / 8 : gap
  }

  /** Flushes what is pending and stops the timers (the room is going away). */
  close(): void {
    this.flushNow()
    this.cancelTimers()
  }

  private cancelTimers(): void {
    if (this.timer) clearTimeout(this.timer)
    if (this.immediate) clearImmediate(this.immediate)
    this.timer = null
    this.immediate = null
  }
}
