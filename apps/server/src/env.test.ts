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

describe('readEnv: LOG_LEVEL (issue 11)', () => {
  it('logs at info by default, takes any pino level, and refuses a made-up one', () => {
    expect(readEnv({}).LOG_LEVEL).toBe('info')
    expect(readEnv({ LOG_LEVEL: 'warn' }).LOG_LEVEL).toBe('warn')
    expect(readEnv({ LOG_LEVEL: 'silent' }).LOG_LEVEL).toBe('silent')
    expect(() => readEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/)
  })
})
