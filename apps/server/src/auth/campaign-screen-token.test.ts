import { describe, expect, it } from 'vitest'
import { accessFor, parseRoomName } from './access.js'
import { TOKEN_LIFETIME_MS, TokenSigner } from './tokens.js'

// The congress screen's token (role `campaign-screen`): its `w` is a campaign
// id, it carries the campaign's generation, and it opens no room of any
// workshop, even one whose id were the campaign's.

const signer = new TokenSigner(Buffer.alloc(32, 7), () => 1_000_000)

describe('campaign-screen tokens', () => {
  it('carry the campaign generation and live 30 days', () => {
    const check = signer.verify(
      signer.sign({ workshopId: 'campaign0001', role: 'campaign-screen', generation: 3 }),
    )
    expect(check.ok && check.claims).toMatchObject({
      r: 'campaign-screen',
      g: 3,
      w: 'campaign0001',
    })
    expect(check.ok && check.claims.exp - check.claims.iat).toBe(
      TOKEN_LIFETIME_MS['campaign-screen'],
    )
    expect(TOKEN_LIFETIME_MS['campaign-screen']).toBe(30 * 24 * 3600_000)
  })

  it('open no room, even of a workshop that shares the id', () => {
    const check = signer.verify(
      signer.sign({ workshopId: 'same-id-0001', role: 'campaign-screen', generation: 0 }),
    )
    if (!check.ok) throw new Error('token refused')
    for (const room of [
      'same-id-0001',
      'same-id-0001:layout',
      'same-id-0001:private',
      'same-id-0001:p1',
    ])
      expect([room, accessFor(check.claims, parseRoomName(room)!)]).toEqual([room, 'none'])
  })
})
