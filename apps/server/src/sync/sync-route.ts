import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import type { WebSocket } from 'ws'
import { campaignRoom } from '../auth/access.js'
import { REVOKED_CLOSE_CODE, REVOKED_REASON } from '../auth/revocation.js'
import { lazyChild } from '../logging/lazy-child.js'
import type { Logger } from '../logging/logger.js'
import { Connection } from './connection.js'
import type { SyncLimits } from './limits.js'
import type { RoomRegistry } from './room-registry.js'
import { checkRoomRequest, type RoomRequestOptions, refuse } from './room-request.js'
import { stateRoute } from './state-route.js'
import { NO_SYNC_METRICS, type SyncMetrics } from './sync-metrics.js'
import { acceptWebSocket } from './websocket-upgrade.js'

export interface SyncRouteOptions extends RoomRequestOptions {
  registry: RoomRegistry
  connections: Set<Connection>
  maxConnections: number
  limits: SyncLimits
  /** Told of every participant socket opened and closed (the people count of the screens). */
  presence?: { connected(w: string, p: string): void; disconnected(w: string, p: string): void }
  /** Each connection logs through a child bound to its room, role and id. */
  logger: Logger
  metrics?: SyncMetrics
}

/**
 * Close code for the socket past a participant's cap (4xxx: the app's own
 * range; the phone shows the reason rather than retrying in a loop).
 */
export const TOO_MANY_SOCKETS_CLOSE_CODE = 4429

/** Open sockets of one participant, any room of the workshop. */
function socketsOf(connections: Set<Connection>, workshopId: string, participantId: string) {
  let count = 0
  for (const c of connections)
    if (c.identity.participantId === participantId && c.identity.workshopId === workshopId) count++
  return count
}

/**
 * `GET /sync/:room?token=...`: the y-websocket endpoint. Everything is
 * decided here, before the socket exists: a bad token, a room the token does
 * not open, a removed participant or a foreign page origin gets an HTTP
 * error on the upgrade request and never a websocket.
 */
export function syncRoute(options: SyncRouteOptions) {
  const { registry, connections, logger } = options
  const metrics = options.metrics ?? NO_SYNC_METRICS
  const max = options.limits.maxConnectionsPerParticipant
  return new Hono().get('/:room/state', stateRoute(options)).get('/:room', async (c) => {
    const request = await checkRoomRequest(c, c.req.query('token'), options)
    if (request instanceof Response) return request
    const { roomName, room, claims, access, workshopOpen, revoked } = request
    if (connections.size >= options.maxConnections) {
      return refuse(
        503,
        'server-full',
        'This server has reached its connection limit; retry shortly.',
      )
    }
    // An archived workshop is read-only for everyone.
    const canWrite = access === 'write' && workshopOpen
    const label = claims.p ? `participant ${claims.p}` : claims.r

    // Who, never how: the token stays out of every log line.
    const connectionLogger = lazyChild(logger, {
      room: roomName,
      role: claims.r,
      connection: randomBytes(4).toString('hex'),
      ...(claims.p ? { participant: claims.p } : {}),
    })

    // Nothing below may touch `c`: this closure lives as long as the socket.
    return acceptWebSocket(c, (socket: WebSocket) => {
      // Counted here, synchronously with adding the connection, so parallel upgrades cannot overshoot.
      if (claims.p && socketsOf(connections, claims.w, claims.p) >= max) {
        metrics.connectionDropped('too-many-connections')
        connectionLogger.info('too many connections for this participant; closed')
        socket.close(
          TOO_MANY_SOCKETS_CLOSE_CODE,
          `too-many-connections: at most ${max} per participant`,
        )
        return
      }
      const conn = new Connection(
        socket,
        canWrite,
        // Who is sent every presence: the people working on the room, and a
        // facilitator on any room of its workshop (it runs them all).
        access === 'write' || claims.r === 'facilitator',
        label,
        // A campaign's connections go by the room's name (no workshop id has a
        // colon), so a rotation of the organiser key finds them, and only them.
        room.kind === 'campaign'
          ? {
              workshopId: campaignRoom(room.campaignId),
              role: claims.r,
              generation: claims.g,
            }
          : {
              workshopId: claims.w,
              role: claims.r,
              participantId: claims.p,
              generation: claims.r === 'facilitator' ? claims.g : undefined,
            },
        connectionLogger,
        options.limits,
        metrics,
      )
      connectionLogger.debug({ canWrite }, 'connection opened')
      connections.add(conn)
      if (claims.p) options.presence?.connected(claims.w, claims.p)
      if (claims.g !== undefined) {
        // A rotation may have landed between the check above and now, after
        // its sweep of open connections: look again once the socket is counted.
        revoked().then(
          (isNow) => {
            if (isNow) conn.close(REVOKED_CLOSE_CODE, REVOKED_REASON)
          },
          (error) => connectionLogger.error({ err: error }, 'could not re-check the token'),
        )
      }
      // Listened to synchronously with the handshake: no frame can come before.
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (isBinary) conn.receive(data)
        else conn.drop('text-frame', 1003, 'binary frames only')
      })
      // `ws` has closed the socket already (1009 past maxPayload, 1002 a bad frame).
      socket.on('error', (error: Error & { code?: string }) => {
        metrics.connectionDropped('protocol-error')
        connectionLogger.info({ code: error.code, reason: error.message }, 'protocol error')
      })
      registry.acquire(roomName).then(
        (loaded) => {
          if (connections.has(conn)) conn.attach(loaded)
          else registry.release(loaded)
        },
        (error) => {
          connectionLogger.error({ err: error }, 'could not load the room')
          conn.close(1011, 'room could not be loaded')
        },
      )
      socket.on('close', () => {
        connections.delete(conn)
        connectionLogger.debug('connection closed')
        const who = conn.identity
        if (who.participantId) options.presence?.disconnected(who.workshopId, who.participantId)
        const left = conn.detach()
        if (left) registry.release(left)
      })
    })
  })
}
