import { describe, expect, it } from 'vitest'
import { clientAddress } from './client-address.js'

// Behind nginx every request comes from the proxy: without TRUSTED_PROXIES
// a whole congress hall would share one address's join budget, and with it
// a client must not be able to name any address it likes.
describe('clientAddress', () => {
  const nginx = new Set(['127.0.0.1'])

  it('is the socket peer when no proxy is trusted, whatever the headers say', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.7', new Set())).toBe('127.0.0.1')
    expect(clientAddress('198.51.100.2', '203.0.113.7', nginx)).toBe('198.51.100.2')
  })

  it('is the address a trusted proxy saw', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.7', nginx)).toBe('203.0.113.7')
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.7', nginx)).toBe('203.0.113.7')
  })

  it('ignores what the client wrote left of what the proxy appended', () => {
    // The phone sent "X-Forwarded-For: 10.0.0.1"; nginx appended the peer it saw.
    expect(clientAddress('127.0.0.1', '10.0.0.1, 203.0.113.7', nginx)).toBe('203.0.113.7')
  })

  it('skips a chain of trusted proxies', () => {
    const two = new Set(['127.0.0.1', '10.1.0.5'])
    expect(clientAddress('127.0.0.1', '203.0.113.7, 10.1.0.5', two)).toBe('203.0.113.7')
  })

  it('falls back to the peer when the header is missing or names only proxies', () => {
    expect(clientAddress('127.0.0.1', undefined, nginx)).toBe('127.0.0.1')
    expect(clientAddress('127.0.0.1', '127.0.0.1', nginx)).toBe('127.0.0.1')
  })
})
