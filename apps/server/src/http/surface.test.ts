import { describe, expect, it } from 'vitest'
import { api, createWorkshop, serverForEachTest, startTestServer } from '../test-support/harness.js'
import { lanAddresses } from './public-url.js'

// Issue 9: secure headers on pages and API; /metrics and the LAN addresses
// of /api/info for this computer only (or METRICS_TOKEN).

const harness = serverForEachTest()
const forwarded = { 'x-forwarded-for': '203.0.113.9' }

describe('secure headers', () => {
  it('sends nosniff, a CSP and same-origin framing on the page, the API and errors', async () => {
    for (const path of ['/', '/w/abc/screen', '/api/info', '/api/nope', '/healthz']) {
      const response = await fetch(`${harness.server.url}${path}`)
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("script-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'self'")
      expect(csp, path).toContain("object-src 'none'")
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
    }
  })
})

describe('/metrics', () => {
  it('answers this computer and refuses a forwarded (proxied) request with 403', async () => {
    const local = await fetch(`${harness.server.url}/metrics`)
    expect(local.status).toBe(200)
    expect(await local.text()).toContain('atelier_rooms_loaded')
    const remote = await fetch(`${harness.server.url}/metrics`, { headers: forwarded })
    expect(remote.status).toBe(403)
    expect(((await remote.json()) as { error: { code: string } }).error.code).toBe(
      'metrics-forbidden',
    )
  })

  it('with METRICS_TOKEN, needs the token, even from this computer', async () => {
    const server = await startTestServer(undefined, { metricsToken: 'scrape-me-please' })
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(403)
      const wrong = await fetch(`${server.url}/metrics`, {
        headers: { authorization: 'Bearer nope' },
      })
      expect(wrong.status).toBe(403)
      const right = await fetch(`${server.url}/metrics`, {
        headers: { authorization: 'Bearer scrape-me-please', ...forwarded },
      })
      expect(right.status).toBe(200)
    } finally {
      await server.stop()
    }
  })
})

describe('/api/info', () => {
  it('lists LAN URLs for this computer only; says whether an admin key is needed', async () => {
    // Listening on every interface, as on the day: the LAN addresses are real.
    const server = await startTestServer(undefined, { host: '0.0.0.0' })
    try {
      const lan = lanAddresses('0.0.0.0')
      const local = await api<{ lanUrls: string[]; adminKeyRequired: boolean }>(server, '/api/info')
      expect(local.body.lanUrls).toEqual(lan.map((a) => `http://${a}:${server.port}`))
      expect(local.body.adminKeyRequired).toBe(false)
      const viaProxy = await fetch(`${server.url}/api/info`, { headers: forwarded })
      expect(((await viaProxy.json()) as { lanUrls: string[] }).lanUrls).toEqual([])
      // A real non-loopback peer: this machine calling itself by its LAN address.
      const [address] = lan
      if (address) {
        const base = `http://${address}:${server.port}`
        const fromLan = (await (await fetch(`${base}/api/info`)).json()) as { lanUrls: string[] }
        expect(fromLan.lanUrls).toEqual([])
        expect((await fetch(`${base}/metrics`)).status).toBe(403)
      }
    } finally {
      await server.stop()
    }
  })
})

describe('a workshop still works behind all this', () => {
  it('creates, joins and reads with JSON as before', async () => {
    const workshop = await createWorkshop(harness.server)
    const joined = await api(harness.server, '/api/join', { body: { code: workshop.code } })
    expect(joined.status).toBe(200)
  })
})
