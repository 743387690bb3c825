import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/**
 * `results`: the read-only link a facilitator shares after the session; it
 * opens the board room for reading and nothing else (see `accessFor`).
 */
export type Role = 'facilitator' | 'screen' | 'participant' | 'results'

const ClaimsSchema = z.object({
  v: z.literal(1),
  w: z.string().min(1),
  r: z.enum(['facilitator', 'screen', 'participant', 'results']),
  p: z.string().min(1).optional(),
  iat: z.number().int(),
  exp: z.number().int(),
})

/** What a token says: which workshop, which role, which participant, until when. */
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
    workshopId: string
    role: Role
    participantId?: string
    lifetimeMs?: number
  }): string {
    const iat = this.now()
    const body: TokenClaims = {
      v: 1,
      w: claims.workshopId,
      r: claims.role,
      ...(claims.participantId ? { p: claims.participantId } : {}),
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
    if (claims.exp <= this.now()) return { ok: false, reason: 'expired' }
    return { ok: true, claims }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url')
  }
}
