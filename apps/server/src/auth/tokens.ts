import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/**
 * `results`: the read-only link a facilitator shares after the session; it
 * opens the board room for reading and nothing else (see `accessFor`).
 * `invite` is a co-facilitator invitation: it opens no room, it is only traded
 * for facilitator tokens (like the facilitator key), until it expires or the
 * facilitator key is rotated.
 * `co-organiser` belongs to a campaign, not a workshop: its `w` claim is the
 * campaign id and its `g` the campaign's generation (revoked by a rotation of
 * the organiser key). `organiser` is the organiser key's sync token (`POST
 * /api/campaigns/:id/tokens`), shaped the same. Both open the campaign's
 * working document (room `campaign:<campaignId>`) and no workshop room or route.
 * `campaign-screen` is the congress screen's read-only link (`/c/<id>/screen`):
 * campaign id and generation like `co-organiser`; it opens only the
 * campaign's screen projection and its events stream.
 * `territory` also belongs to a campaign (`w`, `g` as for `co-organiser`):
 * the feedback link of one contributing workshop (`t`), which reads that
 * workshop's trace in the draft and flags its items (campaigns/territory-service.ts).
 */
export type Role =
  | 'facilitator'
  | 'screen'
  | 'participant'
  | 'results'
  | 'invite'
  | 'co-organiser'
  | 'organiser'
  | 'campaign-screen'
  | 'territory'

/**
 * Roles whose tokens carry a generation (`g`): the workshop's facilitator
 * generation, or for `co-organiser` and `organiser` the campaign's.
 */
export const GENERATION_ROLES: readonly Role[] = [
  'facilitator',
  'invite',
  'co-organiser',
  'organiser',
  'campaign-screen',
  'territory',
]

const ClaimsSchema = z.object({
  // Version 2 added `g`. A version-1 facilitator token predates rotation: it is
  // read as generation 0, so it stays valid until the key is first rotated.
  v: z.union([z.literal(1), z.literal(2)]),
  w: z.string().min(1),
  r: z.enum([
    'facilitator',
    'screen',
    'participant',
    'results',
    'invite',
    'co-organiser',
    'organiser',
    'campaign-screen',
    'territory',
  ]),
  p: z.string().min(1).optional(),
  /** The workshop a `territory` token speaks for (its `w` is the campaign). */
  t: z.string().min(1).optional(),
  g: z.number().int().min(0).optional(),
  iat: z.number().int(),
  exp: z.number().int(),
})

/**
 * What a token says: which workshop, which role, which participant, until
 * when, and for facilitator and invite tokens the facilitator generation it
 * was minted under (`g`, always set after `verify`).
 */
export type TokenClaims = z.infer<typeof ClaimsSchema>

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' }

/** How long each role's token lives: a phone keeps its token for the workshop day and a bit. */
export const TOKEN_LIFETIME_MS: Record<Role, number> = {
  facilitator: 12 * 3600_000,
  screen: 7 * 24 * 3600_000,
  participant: 3 * 24 * 3600_000,
  // Shared with members who were not in the room, weeks after the workshop.
  results: 90 * 24 * 3600_000,
  // A co-facilitator may be invited a week or two before the workshop.
  invite: 30 * 24 * 3600_000,
  // A campaign runs for months (local workshops, then the congress).
  'co-organiser': 180 * 24 * 3600_000,
  // Minted from the organiser key for one working session, like a facilitator's.
  organiser: 12 * 3600_000,
  // Minted before the congress, projected on the day (and the day after).
  'campaign-screen': 30 * 24 * 3600_000,
  territory: 180 * 24 * 3600_000,
}

/**
 * Signed bearer tokens: `base64url(json claims) "." base64url(hmac-sha256)`.
 * Stateless on purpose (any process with the secret checks them); revocation
 * of a removed participant is checked against the catalog on top of this.
 */
export class TokenSigner {
  constructor(
    private readonly secret: Buffer,
    private readonly now: () => number = Date.now,
  ) {}

  sign(claims: {
    /** The workshop id (the campaign id for a `co-organiser` token). */
    workshopId: string
    role: Role
    participantId?: string
    /** The contributing workshop of a `territory` token. */
    territoryWorkshopId?: string
    /**
     * The workshop's facilitator generation, for facilitator and invite tokens
     * (0 when left out: such a token fails safe, revoked by the first rotation).
     */
    generation?: number
    lifetimeMs?: number
  }): string {
    const iat = this.now()
    const body: TokenClaims = {
      v: 2,
      w: claims.workshopId,
      r: claims.role,
      ...(claims.participantId ? { p: claims.participantId } : {}),
      ...(claims.territoryWorkshopId ? { t: claims.territoryWorkshopId } : {}),
      ...(GENERATION_ROLES.includes(claims.role) ? { g: claims.generation ?? 0 } : {}),
      iat,
      exp: iat + (claims.lifetimeMs ?? TOKEN_LIFETIME_MS[claims.role]),
    }
    const payload = Buffer.from(JSON.stringify(body)).toString('base64url')
    return `${payload}.${this.mac(payload)}`
  }

  verify(token: string | undefined | null): TokenCheck {
    if (!token) return { ok: false, reason: 'missing' }
    const dot = token.indexOf('.')
    if (dot <= 0 || token.length > 2048) return { ok: false, reason: 'malformed' }
    const payload = token.slice(0, dot)
    const given = Buffer.from(token.slice(dot + 1), 'base64url')
    const expected = Buffer.from(this.mac(payload), 'base64url')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, reason: 'bad-signature' }
    }
    let claims: TokenClaims
    try {
      const parsed = ClaimsSchema.safeParse(
        JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
      )
      if (!parsed.success) return { ok: false, reason: 'malformed' }
      claims = parsed.data
    } catch {
      return { ok: false, reason: 'malformed' }
    }
    if (claims.r === 'participant' && !claims.p) return { ok: false, reason: 'malformed' }
    if (claims.r === 'territory' && !claims.t) return { ok: false, reason: 'malformed' }
    if (GENERATION_ROLES.includes(claims.r) && claims.g === undefined) {
      if (claims.v === 2 || claims.r === 'invite') return { ok: false, reason: 'malformed' }
      claims = { ...claims, g: 0 }
    }
    if (claims.exp <= this.now()) return { ok: false, reason: 'expired' }
    return { ok: true, claims }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url')
  }
}
