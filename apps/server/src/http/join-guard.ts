import type { Context } from 'hono'
import type { WorkshopRecord } from '../workshops/catalog.js'
import { ApiError } from './errors.js'
import type { HttpLimits } from './limits.js'
import { remoteAddressOf } from './local-request.js'
import { RateLimiter } from './rate-limit.js'

const GLOBAL = '*'

/**
 * Throttles joining (see HttpLimits). Guessing codes is judged on failures:
 * an address (and the whole server) has a bucket of failed lookups; once it
 * is empty every lookup is refused before the code is even read, so a right
 * guess is indistinguishable from a wrong one. Successful joins have their own,
 * much larger buckets per address and per workshop, so a venue behind one
 * NAT address gets in. Loopback is counted too: phones never come from it.
 */
export class JoinGuard {
  private readonly failedByAddress: RateLimiter
  private readonly failedGlobal: RateLimiter
  private readonly joinsByAddress: RateLimiter
  private readonly joinsByCode: RateLimiter

  constructor(limits: HttpLimits) {
    const bucket = (l: { burst: number; perMinute: number }) =>
      new RateLimiter(l.burst, l.perMinute)
    this.failedByAddress = bucket(limits.failedJoinsPerAddress)
    this.failedGlobal = bucket(limits.failedJoinsGlobal)
    this.joinsByAddress = bucket(limits.joinsPerAddress)
    this.joinsByCode = bucket(limits.joinsPerCode)
  }

  /**
   * Looks a code up through `find` unless this address (or everyone) has
   * failed too often: 429 `too-many-attempts` with Retry-After. An
   * `unknown-code` refusal of `find` counts as a failure.
   */
  async lookup<T>(c: Context, find: () => Promise<T>): Promise<T> {
    const address = addressOf(c)
    for (const [limiter, key] of [
      [this.failedByAddress, address],
      [this.failedGlobal, GLOBAL],
    ] as const) {
      if (!limiter.has(key)) {
        c.header('Retry-After', String(limiter.retryAfterSeconds(key)))
        throw new ApiError(
          429,
          'too-many-attempts',
          'Too many wrong join codes from this network; wait a minute, then check the code on the screen.',
        )
      }
    }
    try {
      return await find()
    } catch (error) {
      if (error instanceof ApiError && error.code === 'unknown-code') {
        this.failedByAddress.take(address)
        this.failedGlobal.take(GLOBAL)
      }
      throw error
    }
  }

  /** Takes a join from the address's and the workshop's buckets, or throws 429 `join-rate-limited`. */
  admitJoin(c: Context, workshop: WorkshopRecord): void {
    const address = addressOf(c)
    for (const [limiter, key] of [
      [this.joinsByAddress, address],
      [this.joinsByCode, workshop.id],
    ] as const) {
      if (!limiter.has(key)) {
        c.header('Retry-After', String(limiter.retryAfterSeconds(key)))
        throw new ApiError(
          429,
          'join-rate-limited',
          'Too many phones are joining at once; try again in a few seconds.',
        )
      }
    }
    this.joinsByAddress.take(address)
    this.joinsByCode.take(workshop.id)
  }
}

const addressOf = (c: Context) => remoteAddressOf(c) ?? 'unknown'
