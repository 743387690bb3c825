import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { WEB_DIST } from './harness'

// What a phone downloads to join: phone.html's entry (the phone's own
// Preact build, vite.phone.config.ts), its static imports and their
// stylesheets, read from that build's manifest. Budget: small enough for a
// bad 3G link (issue 12: under 100 KB gzipped, JavaScript and CSS); Konva
// never in it. The full app's manifest tells the board's files apart.

interface ManifestChunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
  isEntry?: boolean
}

const PHONE_BUDGET_GZIP = 100 * 1024

function manifest(name: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(WEB_DIST, '.vite', name), 'utf8'))
}

/** Files loaded up front for a route: the chunk, everything it imports statically, their CSS. */
function closure(chunks: Record<string, ManifestChunk>, roots: string[]): Set<string> {
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = chunks[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const next of chunk.imports ?? []) visit(next)
  }
  for (const root of roots) visit(root)
  return files
}

const read = (file: string) => readFileSync(join(WEB_DIST, file))
const hasKonva = (file: string) => /Konva/.test(read(file).toString('utf8'))

describe('the phone bundle', () => {
  const phoneChunks = manifest('phone-manifest.json')
  const appChunks = manifest('manifest.json')
  const phone = closure(phoneChunks, ['phone.html'])
  const board = closure(appChunks, ['index.html', 'src/board/BoardPage.tsx'])

  it('holds no Konva (the board does, so the check can tell)', () => {
    expect([...phone].filter(hasKonva)).toEqual([])
    expect([...board].some(hasKonva)).toBe(true)
  })

  it('holds the French strings only: English comes in its own chunk when asked for', () => {
    const english = 'Your first name or a pseudonym'
    const french = 'Votre prénom ou un pseudonyme'
    const texts = [...phone].map((f) => read(f).toString('utf8'))
    expect(texts.some((text) => text.includes(french))).toBe(true)
    expect(texts.filter((text) => text.includes(english))).toEqual([])
    expect(read(phoneChunks['src/i18n/en.json']!.file).toString('utf8')).toContain(english)
  })

  it('renders with Preact, not React DOM', () => {
    const hasReactDom = (file: string) => read(file).toString('utf8').includes('react-dom')
    expect([...phone].filter((f) => f.endsWith('.js')).filter(hasReactDom)).toEqual([])
    expect([...board].some(hasReactDom)).toBe(true)
  })

  it('stays within its gzipped budget, JavaScript and CSS', () => {
    const gzipped = [...phone].reduce((sum, f) => sum + gzipSync(read(f), { level: 9 }).length, 0)
    console.log(
      `phone JavaScript and CSS: ${(gzipped / 1024).toFixed(1)} KiB gzipped in ${phone.size} files`,
    )
    expect(gzipped).toBeLessThan(PHONE_BUDGET_GZIP)
  })
})
