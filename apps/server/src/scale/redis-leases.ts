import type { Redis } from 'ioredis'
import type { Logger } from '../logging/logger.js'

/** How long a lease lasts without renewal: a dead process's rooms are taken over after this. */
export const LEASE_TTL_MS = 10_000
/** How often held leases are renewed and free ones tried. */
export const LEASE_RENEW_MS = 3_000

const leaseKey = (room: string) => `atelier:lease:${room}`

// Renews or gives up a lease only if this process still holds it.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

interface Held {
  onChange: (leading: boolean) => void
  leading: boolean
  /** When the lease was last taken or renewed (to give it up by ourselves while Redis is away). */
  renewedAt: number
}

/**
 * Room leases in Redis: `SET atelier:lease:<room> <process> NX PX ttl`,
 * renewed every few seconds. Each room held by several processes is led by
 * exactly one of them; when it dies its lease expires and another process
 * holding the room takes over within `LEASE_TTL_MS + LEASE_RENEW_MS`. While
 * Redis cannot be reached a leader keeps leading until its lease would have
 * expired, then stops (another process may take it once Redis is back).
 */
export class RedisLeases {
  private readonly held = new Map<string, Held>()
  private readonly timer: NodeJS.Timeout

  constructor(
    private readonly redis: Redis,
    private readonly owner: string,
    private readonly logger: Logger,
    private readonly ttlMs = LEASE_TTL_MS,
    renewMs = LEASE_RENEW_MS,
  ) {
    this.timer = setInterval(() => this.renewAll(), renewMs)
    this.timer.unref()
  }

  async hold(room: string, onChange: (leading: boolean) => void): Promise<() => void> {
    const entry: Held = { onChange, leading: false, renewedAt: 0 }
    this.held.set(room, entry)
    await this.tryTake(room, entry)
    return () => {
      if (this.held.get(room) !== entry) return
      this.held.delete(room)
      if (!entry.leading) return
      entry.leading = false
      this.redis
        .eval(RELEASE, 1, leaseKey(room), this.owner)
        .catch((error) =>
          this.logger.warn({ err: error }, `could not give up the lease of ${room}`),
        )
    }
  }

  /** Gives up every lease (on shutdown), so another process takes them over at once. */
  async releaseAll(): Promise<void> {
    clearInterval(this.timer)
    const leading = [...this.held].filter(([, entry]) => entry.leading)
    this.held.clear()
    await Promise.allSettled(
      leading.map(([room]) => this.redis.eval(RELEASE, 1, leaseKey(room), this.owner)),
    )
  }

  private renewAll(): void {
    for (const [room, entry] of this.held) {
      if (entry.leading) void this.renew(room, entry)
      else void this.tryTake(room, entry)
    }
  }

  private async tryTake(room: string, entry: Held): Promise<void> {
    try {
      const taken = await this.redis.set(leaseKey(room), this.owner, 'PX', this.ttlMs, 'NX')
      if (taken !== 'OK' || this.held.get(room) !== entry) return
      entry.renewedAt = Date.now()
      this.change(entry, true)
    } catch (error) {
      this.logger.warn({ err: error }, `could not try the lease of ${room}`)
    }
  }

  private async renew(room: string, entry: Held): Promise<void> {
    try {
      const renewed = await this.redis.eval(RENEW, 1, leaseKey(room), this.owner, this.ttlMs)
      if (this.held.get(room) !== entry) return
      if (renewed === 1) entry.renewedAt = Date.now()
      else this.change(entry, false)
    } catch (error) {
      this.logger.warn({ err: error }, `could not renew the lease of ${room}`)
      // Past its expiry another process may hold it: stop before that can overlap.
      if (Date.now() - entry.renewedAt > this.ttlMs * 0.8) this.change(entry, false)
    }
  }

  private change(entry: Held, leading: boolean): void {
    if (entry.leading === leading) return
    entry.leading = leading
    entry.onChange(leading)
  }
}
