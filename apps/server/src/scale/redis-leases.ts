import type { Redis } from 'ioredis'
import type { Logger } from '../logging/logger.js'

/** How long a lease lasts without renewal: a dead process's rooms are taken over after this. */
export const LEASE_TTL_MS = 10_000
/** How often held leases are renewed and free ones tried. */
export const LEASE_RENEW_MS = 3_000

const leaseKey = (room: string) => `atelier:lease:${room}`

// Every lease of one round in one call: ARGV[2 + i] says whether KEYS[i] is
// ours to renew ('1': renewed only if still ours) or free to try ('0': SET NX).
// Answers 1 (held now) or 0 per key. A process holds a lease per open room
// (each phone's own room too): a thousand phones were 330 calls a second.
const RENEW_OR_TAKE = `local held = {}
for i, key in ipairs(KEYS) do
  if ARGV[i + 2] == '1' then
    if redis.call('get', key) == ARGV[1] then held[i] = redis.call('pexpire', key, ARGV[2]) else held[i] = 0 end
  elseif redis.call('set', key, ARGV[1], 'PX', ARGV[2], 'NX') then held[i] = 1
  else held[i] = 0 end
end
return held`
/** Leases renewed or tried per call: bounds one script's run inside Redis. */
const ROUND_BATCH = 500
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

  /** One round: every held lease renewed, every other tried, a call per `ROUND_BATCH` rooms. */
  private renewAll(): void {
    const rooms = [...this.held]
    for (let start = 0; start < rooms.length; start += ROUND_BATCH)
      void this.round(rooms.slice(start, start + ROUND_BATCH))
  }

  private async round(rooms: [string, Held][]): Promise<void> {
    // What each entry was when asked: the answer is read against that.
    const renewing = rooms.map(([, entry]) => entry.leading)
    let held: number[]
    try {
      held = (await this.redis.eval(
        RENEW_OR_TAKE,
        rooms.length,
        ...rooms.map(([room]) => leaseKey(room)),
        this.owner,
        this.ttlMs,
        ...renewing.map((renew) => (renew ? '1' : '0')),
      )) as number[]
    } catch (error) {
      this.logger.warn({ err: error, rooms: rooms.length }, 'could not renew the leases')
      // Past its expiry another process may hold it: stop before that can overlap.
      for (const [room, entry] of rooms)
        if (this.held.get(room) === entry && Date.now() - entry.renewedAt > this.ttlMs * 0.8)
          this.change(entry, false)
      return
    }
    for (const [i, [room, entry]] of rooms.entries()) {
      if (this.held.get(room) !== entry) continue
      if (held[i] === 1) {
        entry.renewedAt = Date.now()
        this.change(entry, true)
      } else if (renewing[i]) this.change(entry, false)
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

  private change(entry: Held, leading: boolean): void {
    if (entry.leading === leading) return
    entry.leading = leading
    entry.onChange(leading)
  }
}
