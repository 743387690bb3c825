/**
 * Spreads a burst of requests over turns of the event loop. A hall whose
 * Wi-Fi comes back sends hundreds of upgrades and copy requests in the same
 * millisecond; Node reads them all in one turn and, since their checks
 * resolve at once (SQLite, a loaded room), runs every one of them to its
 * end before any timer or any other socket gets a turn: the storm of 300
 * phones held the loop for 130 – 320 ms, and every other room's notes
 * waited that long.
 *
 * `pass()` lets `perTurn` requests through in a turn; the others wait, in
 * order of arrival, and go `perTurn` at a time in the turns after (from
 * `setImmediate`, so timers and the sockets already readable run in
 * between). The work is the same; what changes is how long one turn lasts.
 */
export class TurnGate {
  private readonly waiting: (() => void)[] = []
  /** Requests let through in the current turn. */
  private passed = 0
  private turnEnds: NodeJS.Immediate | null = null

  constructor(private readonly perTurn: number) {
    if (!(perTurn >= 1)) throw new Error('TurnGate: perTurn must be at least 1')
  }

  /** Resolves when the request may go on: at once while this turn has room, else in a later turn. */
  pass(): Promise<void> {
    this.endTurnSoon()
    if (this.waiting.length === 0 && this.passed < this.perTurn) {
      this.passed++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /** Requests waiting for a later turn (what the tests watch). */
  get queued(): number {
    return this.waiting.length
  }

  private endTurnSoon(): void {
    this.turnEnds ??= setImmediate(this.nextTurn)
  }

  private readonly nextTurn = (): void => {
    this.turnEnds = null
    const going = this.waiting.splice(0, this.perTurn)
    this.passed = going.length
    for (const resolve of going) resolve()
    // Another turn must come to reset the count (or to let the rest through).
    if (this.passed > 0) this.endTurnSoon()
  }
}
