import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import en from './en.json'
import fr from './fr.json'
import { PHONE_MESSAGES, phoneMessages } from './phoneMessages'

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const NAMESPACES = new Set(Object.keys(fr))

/** The module a relative import names, as Vite resolves it here. */
function resolveImport(specifier: string, from: string): string | undefined {
  const base = resolve(dirname(from), specifier)
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  )
}

/**
 * Every message key a module reachable from the phone's entry spells out:
 * each string literal that starts with a namespace and a dot, up to its end
 * or to a `${` (`reason.${code}` gives `reason.`, the whole namespace).
 */
function phoneKeys(): Map<string, string> {
  const keys = new Map<string, string>()
  const seen = new Set<string>()
  const visit = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    const source = readFileSync(path, 'utf8')
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      if (/\.(css|json)$/.test(m[1]!)) continue
      const next = resolveImport(m[1]!, path)
      if (!next) throw new Error(`${path}: cannot resolve ${m[1]}`)
      visit(next)
    }
    for (const m of source.matchAll(/['"`]([a-zA-Z]+)\.([\w.]*)(?=['"`]|\$\{)/g))
      if (NAMESPACES.has(m[1]!)) keys.set(`${m[1]}.${m[2]}`, path.slice(SRC.length + 1))
  }
  visit(resolve(SRC, 'phone/main.tsx'))
  return keys
}

const covered = (key: string) =>
  PHONE_MESSAGES.some((entry) =>
    entry.includes('.') ? key === entry : key.startsWith(`${entry}.`),
  )

describe('the phone ships only its own messages', () => {
  it('covers every message a module of the phone uses', () => {
    const keys = phoneKeys()
    expect(keys.size).toBeGreaterThan(40)
    const missing = [...keys]
      .filter(([key]) => !covered(key))
      .map(([key, file]) => `${key} (${file})`)
    expect(missing).toEqual([])
  })

  it('names only messages that exist, and picks them with their plural forms', () => {
    for (const entry of PHONE_MESSAGES) {
      const [namespace, message] = entry.split('.')
      expect(NAMESPACES.has(namespace!), entry).toBe(true)
      if (!message) continue
      const picked = Object.keys(phoneMessages(fr)[namespace!] as object)
      expect(picked.length, entry).toBeGreaterThan(0)
      for (const key of picked)
        expect(key === message || key.startsWith(`${message}_`), key).toBe(true)
    }
  })

  it('leaves out what only the other faces show: most of the French and the English', () => {
    const size = (messages: object) => JSON.stringify(messages).length
    expect(size(phoneMessages(fr))).toBeLessThan(size(fr) / 3)
    expect(size(phoneMessages(en))).toBeLessThan(size(en) / 3)
    expect(phoneMessages(fr)).not.toHaveProperty('campaign')
  })
})
