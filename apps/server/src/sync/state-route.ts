import type { Context } from 'hono'
import { RateLimiter } from '../http/rate-limit.js'
import { bearer } from '../http/workshop-routes.js'
import type { Logger } from '../logging/logger.js'
import type { RoomRegistry } from './room-registry.js'
import { checkRoomRequest, type RoomRequestOptions, refuse } from './room-request.js'
import { NO_SYNC_METRICS, type SyncMetrics } from './sync-metrics.js'

export interface StateRouteOptions extends RoomRequestOptions {
  registry: RoomRegistry
  logger: Logger
  metrics?: SyncMetrics
}

/**
 * Copies of one room's state a token may fetch at once, and per minute
 * after that: a page asks once per room it opens (a phone one, a
 * facilitator two), a reload asks again.
 */
export const STATE_BURST = 6
export const STATE_PER_MINUTE = 12

/** What a 204 says: nothing to apply, the websocket sends the document. */
const NOTHING = new Headers({ 'cache-control': 'no-store' })

/**
 * `GET /sync/:room/state` (`Authorization: Bearer`): the room's whole
 * document as one gzip'd Yjs update, for a client to apply before its
 * websocket syncs. The socket's sync then sends only what changed since,
 * and what a phone downloads to join is the board compressed (2.4× smaller
 * for the Lyon board) instead of raw websocket frames: on a congress hall's
 * Wi-Fi that is most of what a thousand phones pull.
 *
 * The same checks as the websocket's upgrade decide who may read the room
 * (`checkRoomRequest`); what is sent is what the socket would send, once
 * stored. The answer is 204 whenever there is nothing better than the
 * socket: the room is not open in this process (a snapshot is never worth
 * loading a room for: the socket that follows loads it), the client does
 * not take gzip, or compression failed. A client that gets 204, 429 or an
 * error simply connects; nothing depends on this route.
 */
export function stateRoute(options: StateRouteOptions) {
  const limiter = new RateLimiter(STATE_BURST, STATE_PER_MINUTE)
  const metrics = options.metrics ?? NO_SYNC_METRICS
  const noSnapshot = (): Response => {
    metrics.stateCopy('none', 0)
    return new Response(null, { status: 204, headers: NOTHING })
  }
  return async (c: Context): Promise<Response> => {
    const request = await checkRoomRequest(c, bearer(c.req.header('authorization')), options)
    if (request instanceof Response) return request
    const { claims, roomName } = request
    const who = `${claims.w}:${claims.p ?? claims.r}:${roomName}`
    if (!limiter.take(who)) {
      metrics.stateCopy('rate-limited', 0)
      const response = refuse(429, 'rate-limited', 'Too many copies of this room asked; connect.')
      response.headers.set('retry-after', String(limiter.retryAfterSeconds(who)))
      return response
    }
    if (!acceptsGzip(c.req.header('accept-encoding'))) return noSnapshot()
    const state = await options.registry
      .peek(roomName)
      ?.stateSnapshot()
      .catch((error: unknown) => {
        options.logger.error({ err: error, room: roomName }, 'could not compress the room')
        return null
      })
    if (!state) return noSnapshot()
    const headers = new Headers({
      etag: state.etag,
      // Kept by the browser, asked again every time: a 304 costs a round trip and no body.
      'cache-control': 'private, no-cache',
      vary: 'Accept-Encoding, Authorization',
    })
    if (c.req.header('if-none-match') === state.etag) {
      metrics.stateCopy('unchanged', 0)
      return new Response(null, { status: 304, headers })
    }
    headers.set('content-type', 'application/octet-stream')
    headers.set('content-encoding', 'gzip')
    headers.set('x-uncompressed-length', String(state.rawBytes))
    metrics.stateCopy('copy', state.body.length)
    const { buffer, byteOffset, byteLength } = state.body
    return new Response(new Uint8Array(buffer, byteOffset, byteLength), { status: 200, headers })
  }
}

/** True unless the client left gzip out or refused it (`gzip;q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (coding !== 'gzip' && coding !== '*') continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  }
  return false
}
