/**
 * Work spread over event-loop turns: `perTurn` items run, then the loop
 * breathes (`setImmediate` lets sockets and timers in) before the next ones.
 * A facilitator opening collection for 300 loaded phones re-ingests them in
 * chunks instead of one long stall. An item queued twice runs once.
 */
export class TurnQueue<T> {
  private readonly queued = new Set<T>()
  private draining = false

  constructor(
    private readonly perTurn: number,
    private readonly run: (item: T) => void,
  ) {}

  add(item: T): void {
    this.queued.add(item)
    if (this.draining) return
    this.draining = true
    setImmediate(this.drain)
  }

  /** Forgets an item that must not run any more (its room unloaded). */
  delete(item: T): void {
    this.queued.delete(item)
  }

  private readonly drain = (): void => {
    let done = 0
    for (const item of this.queued) {
      if (done++ >= this.perTurn) break
      this.queued.delete(item)
      this.run(item)
    }
    if (this.queued.size > 0) setImmediate(this.drain)
    else this.draining = false
  }
}
