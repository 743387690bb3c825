import type { WorkshopRecord } from '../workshops/catalog.js'
import { GENERATION_ROLES, type TokenClaims } from './tokens.js'

/**
 * Whether a verified token was revoked by a rotation of the facilitator key.
 * Facilitator and invite tokens carry the generation they were minted under;
 * rotating the key bumps the workshop's generation, so every older one stops
 * at once. Screen and participant tokens carry none: a rotation leaves the
 * projector and the phones alone.
 */
export function isRevoked(claims: TokenClaims, workshop: WorkshopRecord): boolean {
  if (!GENERATION_ROLES.includes(claims.r)) return false
  return (claims.g ?? 0) < workshop.facilitatorGeneration
}

/** The websocket close code for a revoked facilitator session: 44xx, so the stock provider stops retrying. */
export const REVOKED_CLOSE_CODE = 4401
export const REVOKED_REASON = 'token-revoked'
