import type { Context } from 'hono'
import { type Access, accessFor, parseRoomName, type RoomName } from '../auth/access.js'
import { isRevoked } from '../auth/revocation.js'
import type { TokenClaims, TokenSigner } from '../auth/tokens.js'
import type { Catalog } from '../workshops/catalog.js'
import type { TurnGate } from './turn-gate.js'

export interface RoomRequestOptions {
  signer: TokenSigner
  catalog: Catalog
  /** Campaigns, for their rooms: an organiser token of an older generation is refused. */
  campaigns?: { getCampaign(id: string): Promise<{ generation: number } | undefined> }
  allowedOrigins: string[]
  /** Spreads a storm of requests over turns of the event loop (unset: each goes on at once). */
  admission?: TurnGate
}

/** A request for a room that passed every check: who asks, and what they may do there. */
export interface RoomRequest {
  roomName: string
  room: RoomName
  claims: TokenClaims
  access: Exclude<Access, 'none'>
  /** False for an archived workshop: read-only for everyone. */
  workshopOpen: boolean
  /** Whether the token was revoked since (a key rotation): asked again once a socket is counted. */
  revoked: () => Promise<boolean>
}

export const refuse = (
  status: 400 | 401 | 403 | 404 | 429 | 503,
  code: string,
  message: string,
): Response => Response.json({ error: { code, message } }, { status })

/**
 * The checks every request for a room's document passes, the websocket's
 * upgrade and the HTTP copy of its state alike: the room's name, the page's
 * origin, the token, what the token opens, a rotation of the key since, a
 * participant the facilitator removed. The answer is the refusal to send, or
 * the request's facts.
 */
export async function checkRoomRequest(
  c: Context,
  token: string | undefined,
  options: RoomRequestOptions,
): Promise<RoomRequest | Response> {
  await options.admission?.pass()
  const roomName = c.req.param('room') ?? ''
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
  const check = options.signer.verify(token)
  if (!check.ok) return refuse(401, `token-${check.reason}`, `Token ${check.reason}.`)
  const { claims } = check
  const access = accessFor(claims, room)
  if (access === 'none') return refuse(403, 'forbidden-room', 'This token does not open this room.')
  let revoked: () => Promise<boolean>
  let workshopOpen = true
  if (room.kind === 'campaign') {
    const campaigns = options.campaigns
    const generationNow = async () => (await campaigns?.getCampaign(room.campaignId))?.generation
    const generation = await generationNow()
    if (generation === undefined) return refuse(404, 'unknown-campaign', 'No such campaign.')
    revoked = async () => (claims.g ?? 0) < ((await generationNow()) ?? Infinity)
    if (await revoked())
      return refuse(
        401,
        'token-revoked',
        'The organiser key was replaced; open the new organiser link or ask for a new one.',
      )
  } else {
    const workshop = await options.catalog.getWorkshop(room.workshopId)
    if (!workshop) return refuse(404, 'unknown-workshop', 'No such workshop.')
    if (isRevoked(claims, workshop)) {
      return refuse(
        401,
        'token-revoked',
        'This facilitator link was replaced by a new one; ask the facilitator for it.',
      )
    }
    workshopOpen = workshop.status !== 'archived'
    revoked = async () => {
      const current = await options.catalog.getWorkshop(claims.w)
      return current !== undefined && isRevoked(claims, current)
    }
  }
  if (claims.p) {
    const participant = await options.catalog.getParticipant(claims.w, claims.p)
    if (!participant || participant.removedAt !== null) {
      return refuse(403, 'participant-removed', 'The facilitator removed this participant.')
    }
  }
  return { roomName, room, claims, access, workshopOpen, revoked }
}

function originAllowed(origin: string, requestUrl: string, allowed: string[]): boolean {
  try {
    if (new URL(origin).host === new URL(requestUrl).host) return true
  } catch {
    return false
  }
  return allowed.includes(origin)
}
