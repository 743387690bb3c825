import { createContext, useContext, useEffect, useState } from 'react'
import type { Language } from '../../i18n'
import { type Hyphenate, loadHyphenator } from './hyphenate'

/** The hyphenator of the workshop a page shows; null where none is provided or loaded yet. */
export const HyphenateContext = createContext<Hyphenate | null>(null)

export function useHyphenate(): Hyphenate | null {
  return useContext(HyphenateContext)
}

/**
 * Loads the hyphenator of `language` (the workshop's: the notes are written
 * in it). Until it has come, or if it cannot come (offline), texts are shown
 * as typed and the browser's own hyphenation, if any, applies.
 */
export function useHyphenator(language: Language): Hyphenate | null {
  const [loaded, setLoaded] = useState<{ language: Language; hyphenate: Hyphenate } | null>(null)
  useEffect(() => {
    let current = true
    loadHyphenator(language).then(
      (hyphenate) => {
        if (current) setLoaded({ language, hyphenate })
      },
      () => {
        // The chunk did not load: the texts stay as typed.
      },
    )
    return () => {
      current = false
    }
  }, [language])
  return loaded?.language === language ? loaded.hyphenate : null
}
