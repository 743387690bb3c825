import { mkdtempSync, rmSync } from 'node:fs'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startServer } from '../server.js'
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
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-info-'))
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, log: () => {} })
    try {
      const info = (await (await fetch(`${server.url}/api/info`)).json()) as { lanUrls: string[] }
      expect(info.lanUrls).toEqual([])
    } finally {
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
