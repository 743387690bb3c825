import { describe, expect, it } from 'vitest'
import { isLocalRequest, isLoopbackAddress } from './local-request.js'
import { RateLimiter } from './rate-limit.js'

const none = () => undefined

describe('isLoopbackAddress / isLocalRequest', () => {
  it('knows loopback in IPv4, IPv6 and IPv4-mapped form', () => {
    for (const address of ['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'])
      expect(isLoopbackAddress(address)).toBe(true)
    for (const address of [
      '192.168.1.20',
      '10.0.0.1',
      '::ffff:192.168.1.2',
      'fd00::2',
      '',
      undefined,
    ])
      expect(isLoopbackAddress(address)).toBe(false)
  })

  it('treats a forwarded request as remote, even from a loopback proxy', () => {
    expect(isLocalRequest('127.0.0.1', none)).toBe(true)
    expect(isLocalRequest('192.168.1.20', none)).toBe(false)
    for (const name of ['forwarded', 'x-forwarded-for', 'x-real-ip'])
      expect(isLocalRequest('127.0.0.1', (h) => (h === name ? '203.0.113.9' : undefined))).toBe(
        false,
      )
  })
})

describe('RateLimiter', () => {
  it('allows a burst, refuses the next, refills over time, per key', () => {
    let now = 0
    const limiter = new RateLimiter(2, 6, () => now)
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, false])
    expect(limiter.take('b')).toBe(true)
    expect(limiter.retryAfterSeconds('a')).toBe(10)
    now += 9_000
    expect(limiter.take('a')).toBe(false)
    now += 1_000
    expect(limiter.take('a')).toBe(true)
  })
})
