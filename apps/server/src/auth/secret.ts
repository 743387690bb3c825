import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The HMAC key that signs every token, created on first start and kept in the
 * data directory (so tokens survive restarts, and every process of a
 * scale-out sharing the directory or the `ATELIER_SECRET` agrees).
 */
export function loadSecret(dataDir: string, fromEnv = process.env.ATELIER_SECRET): Buffer {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8')
  const path = join(dataDir, 'secret.key')
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' })
  }
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'utf8')
}
