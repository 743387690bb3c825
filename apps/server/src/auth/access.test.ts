import { describe, expect, it } from 'vitest'
import { accessFor, campaignRoom, parseRoomName } from './access.js'
import type { Role, TokenClaims } from './tokens.js'

// The permission table for the campaign room, without a server: organisers
// of that campaign write it, nobody else opens it, and campaign tokens open
// no workshop room even when the ids collide.

const claims = (r: Role, w: string, p?: string): TokenClaims => ({
  v: 2,
  w,
  r,
  ...(p ? { p } : {}),
  g: 0,
  iat: 0,
  exp: 1,
})

describe('the campaign room', () => {
  it('is read before the workshop shapes', () => {
    expect(parseRoomName(campaignRoom('abc123'))).toEqual({
      kind: 'campaign',
      campaignId: 'abc123',
    })
    expect(parseRoomName('campaign:')).toBeUndefined()
    expect(parseRoomName('campaign:a:b')).toBeUndefined()
    expect(parseRoomName('abc123:layout')).toEqual({ workshopId: 'abc123', kind: 'layout' })
  })

  it('organisers of the campaign write it; every other token opens nothing', () => {
    const room = parseRoomName(campaignRoom('camp'))!
    const table: [Role, string, string | undefined, string][] = [
      ['organiser', 'camp', undefined, 'write'],
      ['co-organiser', 'camp', undefined, 'write'],
      ['organiser', 'other', undefined, 'none'],
      ['co-organiser', 'other', undefined, 'none'],
      ['facilitator', 'camp', undefined, 'none'],
      ['screen', 'camp', undefined, 'none'],
      ['participant', 'camp', 'p1', 'none'],
      ['results', 'camp', undefined, 'none'],
      ['invite', 'camp', undefined, 'none'],
    ]
    for (const [role, w, p, access] of table)
      expect([role, w, accessFor(claims(role, w, p), room)]).toEqual([role, w, access])
  })

  it('campaign tokens open no room of a workshop with the same id', () => {
    for (const room of ['camp', 'camp:layout', 'camp:private', 'camp:p1'])
      for (const role of ['organiser', 'co-organiser'] as const)
        expect([room, accessFor(claims(role, 'camp'), parseRoomName(room)!)]).toEqual([
          room,
          'none',
        ])
  })
})
