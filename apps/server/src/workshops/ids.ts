import { createHash, randomBytes, randomInt } from 'node:crypto'

/**
 * Join codes are read aloud in a noisy room and typed on phones: six
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z,
 * 8/B, U/V), upper case, 23^6 ≈ 1.5e8 combinations.
 *
 * Six, not more: guessing is stopped by throttling failed lookups
 * (http/join-guard.ts: per address, and at most ~300 a minute for the whole
 * server, so ~0.3 % a day to hit one open workshop), which keeps the code
 * short enough to read aloud and type at once.
 */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY'
export const CODE_LENGTH = 6

export function newJoinCode(): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/** What a person typed ("k7m-4qx ", "K7M 4QX") to the stored form, or undefined if it cannot be a code. */
export function normalizeJoinCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s\-_.]/g, '')
  if (code.length !== CODE_LENGTH) return undefined
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return undefined
  return code
}

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** Random lowercase id, safe in room names (no ':'), URLs and file names. */
export function newId(length = 12): string {
  const bytes = randomBytes(length)
  let id = ''
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length]
  return id
}

/** The facilitator key: shown once, stored only as its hash. */
export function newFacilitatorKey(): string {
  return randomBytes(24).toString('base64url')
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex')
}
