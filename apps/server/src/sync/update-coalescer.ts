import * as Y from 'yjs'

/**
 * Merges the stored updates of a busy room into one update per flush. A
 * room of a thousand phones pays a socket write per phone per relayed
 * message: relaying five notes that arrived within a few milliseconds as one
 * merged update (one y-websocket message, which a stock provider reads as one
 * frame) costs one write per phone instead of five.
 *
 * Timing: the first update after a quiet spell is flushed on the next turn
 * of the event loop (after the frames already read in this one, so a burst
 * that arrived together goes out together) and adds no wait; an update
 * arriving within `windowMs` of the last flush waits until `windowMs` after
 * it, so a busy room flushes at most once per window and never waits longer.
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
    this.pending.push(update)
    if (this.soleSender === undefined) this.soleSender = sender
    else if (this.soleSender !== sender) this.soleSender = null
    if (this.timer || this.immediate) return
    const wait = this.lastFlushAt + this.windowMs - this.now()
    if (wait > 0) {
      this.timer = setTimeout(this.flushNow, wait)
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
