import type { TokenClaims } from './tokens.js'

/**
 * The permission table of DESIGN.md, and nothing else. Rooms are named
 * `<workshopId>` (board), `<workshopId>:<participantId>` (a participant's
 * own document), `<workshopId>:layout` and `<workshopId>:private`, and
 * `campaign:<campaignId>` (a campaign's working document).
 *
 * Campaign credentials (`organiser` and `co-organiser` tokens) open the
 * campaign's room and no workshop room (`territory` and `campaign-screen`
 * links open no room at all): organisers have no facilitator
 * rights on the campaign's workshops, and no workshop credential opens a
 * campaign room. `parseRoomName` reads the `campaign:` prefix before the
 * workshop shapes, else it would parse as participant `<campaignId>` of a
 * workshop `campaign`.
 */
export type RoomKind = 'board' | 'participant' | 'layout' | 'private'

export interface WorkshopRoomName {
  workshopId: string
  kind: RoomKind
  participantId?: string
}

export interface CampaignRoomName {
  kind: 'campaign'
  campaignId: string
}

export type RoomName = WorkshopRoomName | CampaignRoomName

const CAMPAIGN_PREFIX = 'campaign:'

export type Access = 'write' | 'read' | 'none'

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** Parses a room name; undefined when it is not one of the five shapes. */
export function parseRoomName(room: string): RoomName | undefined {
  if (room.startsWith(CAMPAIGN_PREFIX)) {
    const campaignId = room.slice(CAMPAIGN_PREFIX.length)
    return ID.test(campaignId) ? { kind: 'campaign', campaignId } : undefined
  }
  const [workshopId, suffix, ...rest] = room.split(':')
  if (!workshopId || !ID.test(workshopId) || rest.length > 0) return undefined
  if (suffix === undefined) return { workshopId, kind: 'board' }
  if (suffix === 'layout' || suffix === 'private') return { workshopId, kind: suffix }
  if (ID.test(suffix)) return { workshopId, kind: 'participant', participantId: suffix }
  return undefined
}

export function campaignRoom(campaignId: string): string {
  return `${CAMPAIGN_PREFIX}${campaignId}`
}

export function boardRoom(workshopId: string): string {
  return workshopId
}

export function participantRoom(workshopId: string, participantId: string): string {
  return `${workshopId}:${participantId}`
}

export function privateRoom(workshopId: string): string {
  return `${workshopId}:private`
}

export function layoutRoom(workshopId: string): string {
  return `${workshopId}:layout`
}

/**
 * What a token may do in a room. The private room is written by the server
 * only. A `results` token reads the board and nothing else: no participant
 * document, no layout, no private room, never a write.
 */
export function accessFor(claims: TokenClaims, room: RoomName): Access {
  const organiser = claims.r === 'organiser' || claims.r === 'co-organiser'
  // Organisers write their campaign's document; nobody else opens it (the
  // generation is checked against the campaign by the route).
  if (room.kind === 'campaign') return organiser && claims.w === room.campaignId ? 'write' : 'none'
  // An invitation opens no room: it is traded for a facilitator token first.
  // An organiser's, a congress screen's or a territory link's `w` is a
  // campaign id: never a workshop's room, even by a collision of ids (a
  // territory link names its workshop in `t` and still opens none of its rooms).
  if (
    claims.w !== room.workshopId ||
    claims.r === 'invite' ||
    organiser ||
    claims.r === 'campaign-screen' ||
    claims.r === 'territory'
  )
    return 'none'
  switch (room.kind) {
    case 'board':
      return claims.r === 'facilitator' ? 'write' : 'read'
    case 'participant':
      if (claims.r === 'participant') return claims.p === room.participantId ? 'write' : 'none'
      return claims.r === 'facilitator' ? 'read' : 'none'
    case 'layout':
      if (claims.r === 'facilitator') return 'write'
      return claims.r === 'screen' ? 'read' : 'none'
    case 'private':
      return claims.r === 'facilitator' ? 'read' : 'none'
  }
}
