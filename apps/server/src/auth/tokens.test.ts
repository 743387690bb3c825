import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { TokenSigner } from './tokens.js'

const secret = Buffer.from('test-secret')
const signer = new TokenSigner(secret)
const forge = (claims: Record<string, unknown>) => {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`
}
const now = Date.now()

describe('TokenSigner generations', () => {
  it('carries the facilitator generation in facilitator and invite tokens only', () => {
    const facilitator = signer.verify(
      signer.sign({ workshopId: 'w', role: 'facilitator', generation: 3 }),
    )
    expect(facilitator.ok && facilitator.claims).toMatchObject({ v: 2, r: 'facilitator', g: 3 })
    const invite = signer.verify(signer.sign({ workshopId: 'w', role: 'invite', generation: 3 }))
    expect(invite.ok && invite.claims.g).toBe(3)
    const screen = signer.verify(signer.sign({ workshopId: 'w', role: 'screen' }))
    expect(screen.ok && screen.claims.g).toBeUndefined()
    const unstated = signer.verify(signer.sign({ workshopId: 'w', role: 'facilitator' }))
    expect(unstated.ok && unstated.claims.g).toBe(0)
  })

  it('reads a version-1 facilitator token as generation 0', () => {
    const legacy = signer.verify(
      forge({ v: 1, w: 'w', r: 'facilitator', iat: now, exp: now + 60_000 }),
    )
    expect(legacy.ok && legacy.claims.g).toBe(0)
  })

  it('refuses a version-2 facilitator or invite token without a generation', () => {
    for (const r of ['facilitator', 'invite']) {
      expect(signer.verify(forge({ v: 2, w: 'w', r, iat: now, exp: now + 60_000 }))).toEqual({
        ok: false,
        reason: 'malformed',
      })
    }
  })
})

describe('territory tokens', () => {
  it('name their campaign, their workshop and the campaign generation', () => {
    const check = signer.verify(
      signer.sign({
        workshopId: 'campaign',
        role: 'territory',
        territoryWorkshopId: 'lyon',
        generation: 2,
      }),
    )
    expect(check.ok && check.claims).toMatchObject({
      r: 'territory',
      w: 'campaign',
      t: 'lyon',
      g: 2,
    })
    expect(check.ok && check.claims.exp - check.claims.iat).toBe(180 * 24 * 3600_000)
  })

  it('are refused without the workshop they speak for', () => {
    expect(
      signer.verify(forge({ v: 2, w: 'c', r: 'territory', g: 0, iat: now, exp: now + 60_000 })),
    ).toEqual({ ok: false, reason: 'malformed' })
  })
})
