import { type Logger, SILENT_LOGGER } from '../logging/logger.js'

/**
 * Whether this process runs the server's own reactions to a room (ingest,
 * tallies, privacy passes, migrations, compaction). Always, with one
 * process; with several, only the one holding the room's lease (see
 * scale/redis-leases.ts): the others relay. Lifecycle hooks check `leads`
 * before reacting and register what to catch up on with `onGained`.
 */
export class Leadership {
  private leading = true
  private readonly gained: (() => void)[] = []
  private readonly lost: (() => void)[] = []

  constructor(private readonly logger: Logger = SILENT_LOGGER) {}

  get leads(): boolean {
    return this.leading
  }

  /** Set by the lease; becoming leader runs the `onGained` callbacks. */
  set(leading: boolean): void {
    if (this.leading === leading) return
    this.leading = leading
    for (const callback of leading ? this.gained : this.lost) {
      try {
        callback()
      } catch (error) {
        this.logger.warn({ err: error }, 'a leadership hook failed')
      }
    }
  }

  /** Runs `callback` whenever this process becomes the leader (taking over from one that died). */
  onGained(callback: () => void): void {
    this.gained.push(callback)
  }

  /** Runs `callback` whenever this process stops leading (another one takes over). */
  onLost(callback: () => void): void {
    this.lost.push(callback)
  }

  /** Forgets the callbacks (the room's hooks are detached and attached again on a reload). */
  clearCallbacks(): void {
    this.gained.length = 0
    this.lost.length = 0
  }
}
