import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import type { WebSocket } from 'ws'
import { accessFor, campaignRoom, parseRoomName } from '../auth/access.js'
import { isRevoked, REVOKED_CLOSE_CODE, REVOKED_REASON } from '../auth/revocation.js'
import type { TokenSigner } from '../auth/tokens.js'
import { lazyChild } from '../logging/lazy-child.js'
import type { Logger } from '../logging/logger.js'
import type { Catalog } from '../workshops/catalog.js'
import { Connection } from './connection.js'
import type { SyncLimits } from './limits.js'
import type { RoomRegistry } from './room-registry.js'
import { NO_SYNC_METRICS, type SyncMetrics } from './sync-metrics.js'
import { acceptWebSocket } from './websocket-upgrade.js'

export interface SyncRouteOptions {
  registry: RoomRegistry
  signer: TokenSigner
  catalog: Catalog
  connections: Set<Connection>
  maxConnections: number
  limits: SyncLimits
  /** Told of every participant socket opened and closed (the people count of the screens). */
  presence?: { connected(w: string, p: string): void; disconnected(w: string, p: string): void }
  allowedOrigins: string[]
  /** Campaigns, for their rooms: an organiser token of an older generation is refused. */
  campaigns?: { getCampaign(id: string): Promise<{ generation: number } | undefined> }
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

const refuse = (status: 400 | 401 | 403 | 404 | 503, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status })

/**
 * `GET /sync/:room?token=...`: the y-websocket endpoint. Everything is
 * decided here, before the socket exists: a bad token, a room the token does
 * not open, a removed participant or a foreign page origin gets an HTTP
 * error on the upgrade request and never a websocket.
 */
export function syncRoute(options: SyncRouteOptions) {
  const { registry, signer, catalog, connections, logger } = options
  const metrics = options.metrics ?? NO_SYNC_METRICS
  const max = options.limits.maxConnectionsPerParticipant
  return new Hono().get('/:room', async (c) => {
    const roomName = c.req.param('room')
    const room = parseRoomName(roomName)
    if (!room)
      return refuse(
        404,
        'unknown-room',
        'Room names are <workshopId>[:<participantId>|:layout|:private] or campaign:<campaignId>.',
      )
    const origin = c.req.header('origin')
    if (origin && !originAllowed(origin, c.req.url, options.allowedOrigins)) {
      return refuse(
        403,
        'origin-not-allowed',
        `Pages from ${origin} may not open this server's websocket.`,
      )
    }
    const check = signer.verify(c.req.query('token'))
    if (!check.ok) return refuse(401, `token-${check.reason}`, `Token ${check.reason}.`)
    const access = accessFor(check.claims, room)
    if (access === 'none')
      return refuse(403, 'forbidden-room', 'This token does not open this room.')
    // Whether the token was revoked since (a key rotation), asked again once the socket is counted.
    let revoked: () => Promise<boolean>
    let workshopOpen = true
    if (room.kind === 'campaign') {
      const campaigns = options.campaigns
      const generationNow = async () => (await campaigns?.getCampaign(room.campaignId))?.generation
      const generation = await generationNow()
      if (generation === undefined) return refuse(404, 'unknown-campaign', 'No such campaign.')
      revoked = async () => (check.claims.g ?? 0) < ((await generationNow()) ?? Infinity)
      if (await revoked())
        return refuse(
          401,
          'token-revoked',
          'The organiser key was replaced; open the new organiser link or ask for a new one.',
        )
    } else {
      const workshop = await catalog.getWorkshop(room.workshopId)
      if (!workshop) return refuse(404, 'unknown-workshop', 'No such workshop.')
      if (isRevoked(check.claims, workshop)) {
        return refuse(
          401,
          'token-revoked',
          'This facilitator link was replaced by a new one; ask the facilitator for it.',
        )
      }
      workshopOpen = workshop.status !== 'archived'
      revoked = async () => {
        const current = await catalog.getWorkshop(check.claims.w)
        return current !== undefined && isRevoked(check.claims, current)
      }
    }
    if (check.claims.p) {
      const participant = await catalog.getParticipant(check.claims.w, check.claims.p)
      if (!participant || participant.removedAt !== null) {
        return refuse(403, 'participant-removed', 'The facilitator removed this participant.')
      }
    }
    if (connections.size >= options.maxConnections) {
      return refuse(
        503,
        'server-full',
        'This server has reached its connection limit; retry shortly.',
      )
    }
    // An archived workshop is read-only for everyone.
    const canWrite = access === 'write' && workshopOpen
    const label = check.claims.p ? `participant ${check.claims.p}` : check.claims.r

    // Who, never how: the token stays out of every log line.
    const connectionLogger = lazyChild(logger, {
      room: roomName,
      role: check.claims.r,
      connection: randomBytes(4).toString('hex'),
      ...(check.claims.p ? { participant: check.claims.p } : {}),
    })

    // Nothing below may touch `c`: this closure lives as long as the socket.
    return acceptWebSocket(c, (socket: WebSocket) => {
      // Counted here, synchronously with adding the connection, so parallel upgrades cannot overshoot.
      if (check.claims.p && socketsOf(connections, check.claims.w, check.claims.p) >= max) {
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
        access === 'write' || check.claims.r === 'facilitator',
        label,
        // A campaign's connections go by the room's name (no workshop id has a
        // colon), so a rotation of the organiser key finds them, and only them.
        room.kind === 'campaign'
          ? {
              workshopId: campaignRoom(room.campaignId),
              role: check.claims.r,
              generation: check.claims.g,
            }
          : {
              workshopId: check.claims.w,
              role: check.claims.r,
              participantId: check.claims.p,
              generation: check.claims.r === 'facilitator' ? check.claims.g : undefined,
            },
        connectionLogger,
        options.limits,
        metrics,
      )
      connectionLogger.debug({ canWrite }, 'connection opened')
      connections.add(conn)
      if (check.claims.p) options.presence?.connected(check.claims.w, check.claims.p)
      if (check.claims.g !== undefined) {
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

function originAllowed(origin: string, requestUrl: string, allowed: string[]): boolean {
  try {
    if (new URL(origin).host === new URL(requestUrl).host) return true
  } catch {
    return false
  }
  return allowed.includes(origin)
}
