import type { Hyphenate } from './hyphenate'

/**
 * `text` with break points marked only in the words too wide for a line of
 * their box. Marking every word made the browser break wherever a line
 * filled ("La démocra- / tie ne s'ar- / rête"): on a projector a word that
 * fits reads best whole, and only one that cannot fit needs a hyphen.
 *
 * @example
 * hyphenateWideWords('Les réserves impartageables', hyphenate, (w) => w.length > 12)
 * // 'Les réserves im\u00ADpar\u00ADta\u00ADgeables'
 */
export function hyphenateWideWords(
  text: string,
  hyphenate: Hyphenate,
  tooWide: (word: string) => boolean,
): string {
  // Words and the spaces between them, kept as typed.
  return text
    .split(/(\s+)/)
    .map((part) => (part !== '' && !/^\s+$/.test(part) && tooWide(part) ? hyphenate(part) : part))
    .join('')
}
