import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { WEB_DIST } from './harness'

// The phone page's JavaScript, read from the build manifest: the entry, its
// static imports, and the phone route's lazy chunk with its static imports.
// Budget: small enough for a bad 3G link; Konva never in it.

interface ManifestChunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  isEntry?: boolean
}

const PHONE_BUDGET_GZIP = 180 * 1024

function manifest(): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(WEB_DIST, '.vite/manifest.json'), 'utf8'))
}

/** Files loaded up front for a route: the chunk and everything it imports statically. */
function closure(chunks: Record<string, ManifestChunk>, roots: string[]): Set<string> {
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = chunks[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const next of chunk.imports ?? []) visit(next)
  }
  for (const root of roots) visit(root)
  return files
}

const read = (file: string) => readFileSync(join(WEB_DIST, file))
const hasKonva = (file: string) => /Konva/.test(read(file).toString('utf8'))

describe('the phone bundle', () => {
  const chunks = manifest()
  const phone = closure(chunks, ['index.html', 'src/phone/PhonePage.tsx'])
  const board = closure(chunks, ['index.html', 'src/board/BoardPage.tsx'])

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
    expect(read(chunks['src/i18n/en.json']!.file).toString('utf8')).toContain(english)
  })

  it('stays within its gzipped budget', () => {
    const gzipped = [...phone]
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + gzipSync(read(f)).length, 0)
    console.log(
      `phone JavaScript: ${(gzipped / 1024).toFixed(1)} KiB gzipped in ${phone.size} files`,
    )
    expect(gzipped).toBeLessThan(PHONE_BUDGET_GZIP)
  })
})
