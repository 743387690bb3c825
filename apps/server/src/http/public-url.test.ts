import { networkInterfaces } from 'node:os'
import { describe, expect, it } from 'vitest'
import { startTestServer } from '../test-support/harness.js'
import { lanAddresses } from './public-url.js'

const everyLanAddress = Object.values(networkInterfaces())
  .flatMap((list) => list ?? [])
  .filter((info) => info.family === 'IPv4' && !info.internal)
  .map((info) => info.address)

describe('lanAddresses', () => {
  it('offers every LAN address when listening on all interfaces', () => {
    expect(lanAddresses('0.0.0.0')).toEqual(everyLanAddress)
  })

  it('offers none when listening on loopback only', () => {
    expect(lanAddresses('127.0.0.1')).toEqual([])
    expect(lanAddresses('::1')).toEqual([])
  })

  it('offers only the address listened on', () => {
    expect(lanAddresses('192.0.2.77')).toEqual([])
    for (const address of everyLanAddress) expect(lanAddresses(address)).toEqual([address])
  })
})

describe('GET /api/info', () => {
  it('sends phones to no LAN address a loopback server does not listen on', async () => {
    const server = await startTestServer(undefined, { host: '127.0.0.1' })
    try {
      const info = (await (await fetch(`${server.url}/api/info`)).json()) as { lanUrls: string[] }
      expect(info.lanUrls).toEqual([])
    } finally {
      await server.stop()
    }
  })
})
