import type { Redis } from 'ioredis'
import type { Logger } from '../logging/logger.js'
import type { ClusterPresence } from './room-bus.js'

/** How long a process's participant set lives without renewal: a dead process's entries vanish after it. */
export const PRESENCE_TTL_MS = 15_000
/** How often a process writes its whole participant sets again (renewal, and repair after a Redis restart). */
export const PRESENCE_RENEW_MS = 5_000

/** The channel telling the board leaders that some process's participants of a workshop changed. */
export const PRESENCE_CHANNEL = 'atelier:presence'

/** The processes holding participants of a workshop (their ids), renewed by each of them. */
const indexKey = (workshopId: string) => `atelier:presence:${workshopId}`

// KEYS[1] index, KEYS[2] this process's set; ARGV: process, ttl, present (1/0), participant.
const CHANGE = `
if ARGV[3] == '1' then
  redis.call('sadd', KEYS[2], ARGV[4])
  redis.call('pexpire', KEYS[2], ARGV[2])
  redis.call('sadd', KEYS[1], ARGV[1])
  redis.call('pexpire', KEYS[1], ARGV[2])
else
  redis.call('srem', KEYS[2], ARGV[4])
end
return 1`

// KEYS[1] index, KEYS[2] this process's set; ARGV: process, ttl, participants...
const REPLACE = `
redis.call('del', KEYS[2])
if #ARGV <= 2 then return 0 end
for i = 3, #ARGV, 1000 do
  redis.call('sadd', KEYS[2], unpack(ARGV, i, math.min(i + 999, #ARGV)))
end
redis.call('pexpire', KEYS[2], ARGV[2])
redis.call('sadd', KEYS[1], ARGV[1])
redis.call('pexpire', KEYS[1], ARGV[2])
return 1`

// KEYS[1] index. The union of the live processes' sets; dead ones leave the index.
const COUNT = `
local live = {}
for _, process in ipairs(redis.call('smembers', KEYS[1])) do
  local key = KEYS[1] .. ':' .. process
  if redis.call('exists', key) == 1 then live[#live + 1] = key
  else redis.call('srem', KEYS[1], process) end
end
if #live == 0 then return 0 end
return #redis.call('sunion', unpack(live))`

/**
 * The participants with an open socket, per workshop, over every process:
 * each process keeps its own set `atelier:presence:<workshop>:<process>`
 * (participant ids, never sent to a client) and lists itself in the index
 * `atelier:presence:<workshop>`; both expire unless renewed, so a process
 * killed with `kill -9` stops counting within `PRESENCE_TTL_MS`. The count
 * is the size of the union: a phone whose sockets landed on two processes
 * counts once.
 *
 * Invariant: every write of this process goes through one connection, in
 * order, and the change notice is published after the write on it: a leader
 * that counts on hearing the notice sees the write.
 */
export class RedisPresence implements ClusterPresence {
  /** This process's participants per workshop (what the renewal writes again). */
  private readonly local = new Map<string, Set<string>>()
  private readonly listeners: ((workshopId: string) => void)[] = []
  private readonly timer: NodeJS.Timeout

  constructor(
    private readonly redis: Redis,
    private readonly owner: string,
    private readonly logger: Logger,
    private readonly ttlMs = PRESENCE_TTL_MS,
    renewMs = PRESENCE_RENEW_MS,
  ) {
    this.timer = setInterval(() => this.renewAll(), renewMs)
    this.timer.unref()
  }

  changed(workshopId: string, participantId: string, present: boolean): void {
    const people = this.local.get(workshopId) ?? new Set<string>()
    if (present) people.add(participantId)
    else people.delete(participantId)
    if (people.size > 0) this.local.set(workshopId, people)
    else this.local.delete(workshopId)
    const keys = [indexKey(workshopId), this.ownKey(workshopId)]
    this.redis
      .eval(CHANGE, 2, ...keys, this.owner, this.ttlMs, present ? '1' : '0', participantId)
      .catch((error) => this.logger.warn({ err: error }, 'could not share a presence change'))
    this.notify(workshopId)
  }

  async count(workshopId: string): Promise<number> {
    return (await this.redis.eval(COUNT, 1, indexKey(workshopId))) as number
  }

  onChange(listener: (workshopId: string) => void): void {
    this.listeners.push(listener)
  }

  /** A notice published on `PRESENCE_CHANNEL`: `<process> <workshopId>`. */
  deliver(message: string): void {
    const space = message.indexOf(' ')
    if (space < 0 || message.slice(0, space) === this.owner) return
    const workshopId = message.slice(space + 1)
    for (const listener of this.listeners) listener(workshopId)
  }

  /** Forgets this process's participants in Redis (shutdown): the others count without them at once. */
  async close(): Promise<void> {
    clearInterval(this.timer)
    const workshops = [...this.local.keys()]
    this.local.clear()
    await Promise.allSettled(
      workshops.map(async (workshopId) => {
        await this.redis.del(this.ownKey(workshopId))
        this.notify(workshopId)
      }),
    )
  }

  private renewAll(): void {
    for (const [workshopId, people] of this.local) {
      const keys = [indexKey(workshopId), this.ownKey(workshopId)]
      this.redis
        .eval(REPLACE, 2, ...keys, this.owner, this.ttlMs, ...people)
        .catch((error) => this.logger.warn({ err: error }, 'could not renew presence'))
    }
  }

  private notify(workshopId: string): void {
    this.redis
      .publish(PRESENCE_CHANNEL, `${this.owner} ${workshopId}`)
      .catch((error) => this.logger.warn({ err: error }, 'could not publish a presence change'))
  }

  private ownKey(workshopId: string): string {
    return `${indexKey(workshopId)}:${this.owner}`
  }
}
