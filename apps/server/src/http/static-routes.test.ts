import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { staticRoutes } from './static-routes.js'

// A web build in miniature: the app's index.html and entry, and the phone's
// own page.
const dist = mkdtempSync(join(tmpdir(), 'atelier-static-'))
afterAll(() => rmSync(dist, { recursive: true, force: true }))
mkdirSync(join(dist, 'assets'))
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-1.js"></script></head><body></body></html>'
writeFileSync(join(dist, 'index.html'), INDEX)
const PHONE =
  '<!doctype html><html><head><script type="module" src="/assets/phone-1.js"></script></head><body></body></html>'
writeFileSync(join(dist, 'phone.html'), PHONE)
const ENTRY = `console.log(${JSON.stringify('entry '.repeat(200))})`
writeFileSync(join(dist, 'assets/index-1.js'), ENTRY)
writeFileSync(join(dist, 'assets/index-1.js.gz'), gzipSync(ENTRY, { level: 9 }))

const app = staticRoutes(dist)

describe('the web app from the server', () => {
  it('sends an asset precompressed to a browser that accepts it, plain otherwise', async () => {
    const gzipped = await app.request('/assets/index-1.js', {
      headers: { 'accept-encoding': 'gzip, deflate' },
    })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(gzipped.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(gzipped.headers.get('content-type')).toMatch(/javascript/)
    expect(gzipped.headers.get('cache-control')).toMatch(/immutable/)
    const body = Buffer.from(await gzipped.arrayBuffer())
    expect(body.length).toBeLessThan(ENTRY.length / 5)

    const plain = await app.request('/assets/index-1.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(ENTRY)
  })

  it("sends the phone's own page on a join link, and only there", async () => {
    const phone = await app.request('/j/K7M4QX')
    expect(phone.status).toBe(200)
    expect(phone.headers.get('cache-control')).toBe('no-cache')
    const html = await phone.text()
    expect(html).toContain('<script type="module" src="/assets/phone-1.js"></script>')
    // Its code check starts with the page, in capitals as the phone asks it.
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/api/join/K7M4QX">')
    expect(html.indexOf('/api/join/K7M4QX')).toBeLessThan(html.indexOf('</head>'))
    const lower = await (await app.request('/j/k7m4qx')).text()
    expect(lower).toContain('href="/api/join/K7M4QX"')

    for (const path of ['/', '/w/abc', '/w/abc/screen', '/j/K7M4QX/extra', '/j']) {
      const page = await app.request(path)
      expect(page.status).toBe(200)
      expect(await page.text()).toBe(INDEX)
    }
  })

  it('sends the full app on a join link when the phone build is missing', async () => {
    const appOnly = mkdtempSync(join(tmpdir(), 'atelier-static-'))
    try {
      writeFileSync(join(appOnly, 'index.html'), INDEX)
      const page = await staticRoutes(appOnly).request('/j/K7M4QX')
      expect(await page.text()).toBe(INDEX)
    } finally {
      rmSync(appOnly, { recursive: true, force: true })
    }
  })
})
