const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * A crypto-random, url-safe id (21 characters, 126 bits), valid as a note or
 * cluster id (`ID_PATTERN`).
 *
 * @example
 * const id = newId() // 'V1StGXR8_Z5jdHi6B-myT'
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(21))
  let id = ''
  // 64 symbols: the low 6 bits of each byte are uniformly distributed.
  for (const b of bytes) id += ALPHABET[b & 63]
  return id
}
