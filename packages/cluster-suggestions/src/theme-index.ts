/**
 * Finds the themes of `lexicon/themes.ts` in a note's tokens. Theme words are
 * analysed with the note pipeline, so `lycées`, `Lycee` and `lycée` all hit
 * the theme "jeunesse" whatever the stemmer does to them.
 */

import { analyze } from './analyze.js'
import { THEMES } from './lexicon/themes.js'
import type { Language } from './options.js'

interface ThemeIndex {
  /** key -> themes of the one-word entries with that key */
  single: Map<string, string[]>
  /** multi-word entries: consecutive content keys */
  multi: { keys: string[]; theme: string }[]
}

const indexes: Partial<Record<Language, ThemeIndex>> = {}

function indexFor(language: Language): ThemeIndex {
  const cached = indexes[language]
  if (cached) return cached
  const index: ThemeIndex = { single: new Map(), multi: [] }
  for (const [theme, { words }] of Object.entries(THEMES)) {
    for (const entry of words) {
      const keys = analyze(entry, language)
        .filter((token) => !token.stop)
        .map((token) => token.key)
      if (keys.length === 1) {
        const themes = index.single.get(keys[0]!) ?? []
        if (!themes.includes(theme)) themes.push(theme)
        index.single.set(keys[0]!, themes)
      } else if (keys.length > 1) {
        index.multi.push({ keys, theme })
      }
    }
  }
  indexes[language] = index
  return index
}

/** Every key a theme word reduces to: typo repair treats these as correctly spelt. */
export function themeKeys(language: Language): ReadonlySet<string> {
  const index = indexFor(language)
  return new Set([...index.single.keys(), ...index.multi.flatMap((entry) => entry.keys)])
}

/**
 * Theme ids found in a sequence of content keys, one entry per hit (a theme
 * hit twice counts twice, like a repeated word).
 */
export function themesOf(keys: readonly string[], language: Language): string[] {
  const index = indexFor(language)
  const hits: string[] = []
  keys.forEach((key, i) => {
    for (const theme of index.single.get(key) ?? []) hits.push(theme)
    for (const entry of index.multi) {
      if (entry.keys.every((k, offset) => keys[i + offset] === k)) hits.push(entry.theme)
    }
  })
  return hits
}
