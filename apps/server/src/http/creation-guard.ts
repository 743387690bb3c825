import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from './errors.js'
import { isLocal, remoteAddressOf } from './local-request.js'
import type { RateLimiter } from './rate-limit.js'
import { bearer } from './workshop-routes.js'

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Compares in constant time (hashes first, so lengths leak nothing either). */
export function sameSecret(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(expected))
}

/**
 * Guards the routes that create workshops or campaigns. Every remote address has a bucket
 * of creations (429 `rate-limited`, also slowing guesses of the admin key);
 * this computer (loopback, not proxied) is not counted. Behind a proxy every
 * client shares the proxy's address, hence one bucket. When
 * `ATELIER_ADMIN_KEY` is set, `Authorization: Bearer <admin key>` is required
 * (401 `admin-key-required`, 403 `bad-admin-key`).
 */
export function creationGuard(
  adminKey: string | undefined,
  limiter: RateLimiter,
): MiddlewareHandler {
  const rate = creationRateLimit(limiter)
  return (c, next) =>
    rate(c, async () => {
      if (c.req.method === 'POST' && adminKey) {
        const given = bearer(c.req.header('authorization'))
        if (!given)
          throw new ApiError(
            401,
            'admin-key-required',
            'This server asks for its admin key to create a workshop: "Authorization: Bearer <key>".',
          )
        if (!sameSecret(given, adminKey))
          throw new ApiError(403, 'bad-admin-key', 'This is not the admin key of this server.')
      }
      await next()
    })
}

/**
 * The rate limit alone, for creations authorised by another credential: a
 * workshop created inside a campaign, or a file imported into one, carries
 * the organiser's bearer (the campaign itself was created under the admin key).
 */
export function creationRateLimit(limiter: RateLimiter): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next()
    const address = remoteAddressOf(c) ?? 'unknown'
    if (!isLocal(c) && !limiter.take(address)) {
      c.header('Retry-After', String(limiter.retryAfterSeconds(address)))
      throw new ApiError(429, 'rate-limited', 'Too many workshops created; try again in a minute.')
    }
    return next()
  }
}
