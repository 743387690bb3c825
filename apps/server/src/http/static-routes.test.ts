import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { staticRoutes } from './static-routes.js'

// A web build in miniature: an entry, the phone's lazy chunk importing a
// shared chunk and a stylesheet, and the board's chunk the phone never needs.
const dist = mkdtempSync(join(tmpdir(), 'atelier-static-'))
afterAll(() => rmSync(dist, { recursive: true, force: true }))
mkdirSync(join(dist, 'assets'))
mkdirSync(join(dist, '.vite'))
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-1.js"></script></head><body></body></html>'
writeFileSync(join(dist, 'index.html'), INDEX)
const ENTRY = `console.log(${JSON.stringify('entry '.repeat(200))})`
writeFileSync(join(dist, 'assets/index-1.js'), ENTRY)
writeFileSync(join(dist, 'assets/index-1.js.gz'), gzipSync(ENTRY, { level: 9 }))
writeFileSync(
  join(dist, '.vite/manifest.json'),
  JSON.stringify({
    'index.html': { file: 'assets/index-1.js', imports: ['_react-1.js'], isEntry: true },
    '_react-1.js': { file: 'assets/react-1.js' },
    '_room-1.js': { file: 'assets/room-1.js' },
    'src/phone/PhonePage.tsx': {
      file: 'assets/PhonePage-1.js',
      imports: ['_react-1.js', '_room-1.js'],
      css: ['assets/phone-1.css'],
    },
    'src/board/BoardPage.tsx': { file: 'assets/BoardPage-1.js', imports: ['_room-1.js'] },
  }),
)

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

  it("announces the phone page's files on a join link, and only there", async () => {
    const phone = await (await app.request('/j/K7M4QX')).text()
    expect(phone).toContain('<link rel="modulepreload" crossorigin href="/assets/PhonePage-1.js">')
    expect(phone).toContain('<link rel="modulepreload" crossorigin href="/assets/room-1.js">')
    expect(phone).toContain('<link rel="stylesheet" crossorigin href="/assets/phone-1.css">')
    // Already announced by the entry, and the board's own chunk: not repeated, not fetched.
    expect(phone).not.toContain('react-1.js')
    expect(phone).not.toContain('BoardPage')
    expect(phone.indexOf('PhonePage-1.js')).toBeLessThan(phone.indexOf('</head>'))

    for (const path of ['/', '/w/abc', '/w/abc/screen', '/j/K7M4QX/extra']) {
      const page = await app.request(path)
      expect(page.status).toBe(200)
      expect(await page.text()).toBe(INDEX)
    }
  })
})
