import type { Language } from '../../i18n'

/**
 * Marks where the words of a text may break, with soft hyphens (U+00AD): a
 * browser draws a hyphen only at the one it breaks a line on, and otherwise
 * nothing. The projector's cards are narrow and written large: without them
 * "impartageables" was cut as "impartageab / les", because hyphens: auto
 * needs a dictionary that many browsers lack (Chromium on Linux, kiosks).
 */
export type Hyphenate = (text: string) => string

export const SOFT_HYPHEN = '\u00AD'

/** A language's patterns, as the `hyphen` package ships them (its own format). */
type Patterns = unknown

// The engine (2 KB gzipped) and each language's patterns (French 4 KB,
// English 16 KB) in chunks of their own, fetched only by the pages that
// break words (the projector), never by phones.
const PATTERNS: Record<Language, () => Promise<{ default: Patterns }>> = {
  fr: () => import('hyphen/patterns/fr'),
  en: () => import('hyphen/patterns/en-us'),
}

/** The texts a page shows change little: each is hyphenated once, up to this many kept. */
const CACHE_LIMIT = 2000

/**
 * The hyphenator of `language`, once its patterns are loaded. Plain text in,
 * plain text out (a note may hold "<b>", which is not markup); words under
 * five letters are left whole.
 */
export async function loadHyphenator(language: Language): Promise<Hyphenate> {
  const [engine, patterns] = await Promise.all([import('hyphen'), PATTERNS[language]()])
  // html: false, or the package skips whatever sits between "<" and ">".
  const hyphenateText = engine.default(patterns.default, { html: false })
  const cache = new Map<string, string>()
  return (text) => {
    let marked = cache.get(text)
    if (marked === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear()
      marked = hyphenateText(text)
      cache.set(text, marked)
    }
    return marked
  }
}

/** The text as typed: what a test or a copy compares against. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '')
}
