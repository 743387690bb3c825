import { describe, expect, it } from 'vitest'
import { readEnv } from './env.js'

describe('readEnv: the secrets of issue 9', () => {
  it('leaves ATELIER_ADMIN_KEY and METRICS_TOKEN unset by default and when empty', () => {
    for (const source of [{}, { ATELIER_ADMIN_KEY: '', METRICS_TOKEN: '' }]) {
      const env = readEnv(source)
      expect(env.ATELIER_ADMIN_KEY).toBeUndefined()
      expect(env.METRICS_TOKEN).toBeUndefined()
    }
  })

  it('reads them when set, and refuses one too short to be a secret', () => {
    const env = readEnv({
      ATELIER_ADMIN_KEY: 'cle-du-congres-2026',
      METRICS_TOKEN: 'prometheus-scrape',
    })
    expect(env.ATELIER_ADMIN_KEY).toBe('cle-du-congres-2026')
    expect(env.METRICS_TOKEN).toBe('prometheus-scrape')
    expect(() => readEnv({ ATELIER_ADMIN_KEY: 'admin' })).toThrow(/ATELIER_ADMIN_KEY/)
  })
})

describe('readEnv: DATABASE_URL picks the storage', () => {
  it('is unset by default and when empty (SQLite in DATA_DIR, as pnpm start always did)', () => {
    expect(readEnv({}).DATABASE_URL).toBeUndefined()
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
  })

  it('takes a postgres URL and refuses anything else without echoing it', () => {
    const url = 'postgres://atelier:s3cret@db:5432/atelier'
    expect(readEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url)
    expect(readEnv({ DATABASE_URL: 'postgresql://db/atelier' }).DATABASE_URL).toBe(
      'postgresql://db/atelier',
    )
    const refusal = (() => {
      try {
        readEnv({ DATABASE_URL: 'mysql://root:s3cret@db/atelier' })
      } catch (error) {
        return (error as Error).message
      }
    })()
    expect(refusal).toMatch(/^Invalid environment: DATABASE_URL: /)
    expect(refusal).not.toContain('s3cret')
  })
})

describe('readEnv: LOG_LEVEL (issue 11)', () => {
  it('logs at info by default, takes any pino level, and refuses a made-up one', () => {
    expect(readEnv({}).LOG_LEVEL).toBe('info')
    expect(readEnv({ LOG_LEVEL: 'warn' }).LOG_LEVEL).toBe('warn')
    expect(readEnv({ LOG_LEVEL: 'silent' }).LOG_LEVEL).toBe('silent')
    expect(() => readEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/)
  })
})

describe('readEnv: REDIS_URL (issue 11)', () => {
  it('needs DATABASE_URL: processes relaying through Redis share one database', () => {
    expect(() => readEnv({ REDIS_URL: 'redis://redis:6379' })).toThrow(
      /REDIS_URL: several processes need one database/,
    )
    const env = readEnv({
      REDIS_URL: 'redis://redis:6379',
      DATABASE_URL: 'postgres://atelier:secret@db:5432/atelier',
    })
    expect(env.REDIS_URL).toBe('redis://redis:6379')
    expect(() => readEnv({ REDIS_URL: 'http://redis:6379' })).toThrow(/REDIS_URL/)
  })
})

describe('readEnv: MAX_CONNECTIONS (issue 12)', () => {
  it('caps the process at 5,000 websockets by default and takes a larger cap', () => {
    expect(readEnv({}).MAX_CONNECTIONS).toBe(5000)
    expect(readEnv({ MAX_CONNECTIONS: '8000' }).MAX_CONNECTIONS).toBe(8000)
  })

  it('refuses a cap that is not a positive whole number', () => {
    for (const value of ['0', '-1', '2.5', 'many'])
      expect(() => readEnv({ MAX_CONNECTIONS: value })).toThrow(/MAX_CONNECTIONS/)
  })
})

describe("readEnv: RELAY_MERGE_MS trades a busy room's CPU for latency", () => {
  it('is 40 ms by default, takes 0 (every update at once), refuses what is not a duration', () => {
    expect(readEnv({}).RELAY_MERGE_MS).toBe(40)
    expect(readEnv({ RELAY_MERGE_MS: '0' }).RELAY_MERGE_MS).toBe(0)
    for (const bad of ['-1', '2.5', 'soon', '5000'])
      expect(() => readEnv({ RELAY_MERGE_MS: bad })).toThrow(/RELAY_MERGE_MS/)
  })
})
