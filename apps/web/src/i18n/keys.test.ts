import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import en from './en.json'
import fr from './fr.json'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort()
}

function lookup(tree: unknown, key: string): string {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string
}

describe('translations', () => {
  it('have the same keys in French and English', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort())
  })

  it('have no empty string', () => {
    for (const key of keys(fr)) expect(lookup(fr, key), `fr ${key}`).not.toBe('')
    for (const key of keys(en)) expect(lookup(en, key), `en ${key}`).not.toBe('')
  })

  it('use the same interpolation variables in both languages', () => {
    for (const key of keys(fr)) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(fr, key)))
    }
  })
})

describe('French counts', () => {
  it('say "Mes notes" for none: French counts 0 as singular, which would read "Ma note (0)"', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ resources: { fr: { translation: fr } }, lng: 'fr' })
    expect(i18n.t('myNotes.title', { count: 0 })).toBe('Mes notes')
    expect(i18n.t('myNotes.title', { count: 1 })).toBe('Ma note (1)')
    expect(i18n.t('myNotes.title', { count: 3 })).toBe('Mes notes (3)')
  })
})
