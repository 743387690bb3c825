import type { TokenClaims } from './tokens.js'

/**
 * The permission table of DESIGN.md, and nothing else. Rooms are named
 * `<workshopId>` (board), `<workshopId>:<participantId>` (a participant's
 * own document), `<workshopId>:layout` and `<workshopId>:private`.
 *
 * Campaign credentials (the organiser key, `co-organiser` and `territory`
 * tokens) open no room: organisers have no facilitator rights on the campaign's workshops.
 * The campaign's working document (a later step) is planned as the room
 * `campaign:<campaignId>` (docs/architecture.md): `parseRoomName` must then
 * read that prefix before the workshop shapes, else it parses as participant
 * `<campaignId>` of a workshop `campaign` (no workshop has that id: ids are
 * 12 characters), and only organiser credentials may open it.
 */
export type RoomKind = 'board' | 'participant' | 'layout' | 'private'

export interface RoomName {
  workshopId: string
  kind: RoomKind
  participantId?: string
}

export type Access = 'write' | 'read' | 'none'

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** Parses a room name; undefined when it is not one of the four shapes. */
export function parseRoomName(room: string): RoomName | undefined {
  const [workshopId, suffix, ...rest] = room.split(':')
  if (!workshopId || !ID.test(workshopId) || rest.length > 0) return undefined
  if (suffix === undefined) return { workshopId, kind: 'board' }
  if (suffix === 'layout' || suffix === 'private') return { workshopId, kind: suffix }
  if (ID.test(suffix)) return { workshopId, kind: 'participant', participantId: suffix }
  return undefined
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
  // An invitation opens no room: it is traded for a facilitator token first.
  // A co-organiser's or territory link's `w` is a campaign id: never a
  // workshop's room, even by a collision of ids (a territory link names its
  // workshop in `t` and still opens none of its rooms).
  if (
    claims.w !== room.workshopId ||
    claims.r === 'invite' ||
    claims.r === 'co-organiser' ||
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
