/**
 * Light suffix strippers for French and English, in the spirit of Snowball's
 * light stemmers: they conflate plural, feminine, common verb endings and the
 * most frequent derivations (`formation`, `former`, `formés` -> `form`) while
 * keeping stems short enough to read. They work on folded words (no accents,
 * lower case), which is what `tokenize` produces.
 *
 * Invariant: one pass, no lookup outside this file, so a stem never depends on
 * the other notes of the board.
 */

import type { Language } from './options.js'

/** [suffix, replacement, shortest stem left behind]. */
type Rule = readonly [suffix: string, replacement: string, minStem: number]

const FRENCH_RULES: readonly Rule[] = sortLongestFirst([
  ['issement', '', 3],
  ['ibilite', '', 3],
  ['abilite', '', 3],
  ['atrice', '', 3],
  ['ateur', '', 3],
  ['ation', '', 3],
  ['ative', '', 3],
  ['atif', '', 3],
  ['ement', '', 3],
  ['ment', '', 4],
  ['ite', '', 4],
  ['ique', '', 3],
  ['ic', '', 3],
  ['ie', '', 4],
  // Feminine of -ié participles, so `salariée` meets `salarié` (-> `salar` via `ie`).
  ['iee', '', 3],
  ['isme', '', 3],
  ['iste', '', 3],
  ['able', '', 3],
  ['ible', '', 3],
  ['euse', '', 3],
  ['eux', '', 3],
  ['eur', '', 3],
  ['rice', '', 3],
  ['iere', '', 3],
  ['ier', '', 3],
  ['ive', '', 3],
  ['if', '', 3],
  ['elle', 'el', 3],
  ['eau', 'el', 3],
  ['enne', 'en', 3],
  ['esse', '', 3],
  ['ance', '', 4],
  ['ence', '', 4],
  ['issaient', '', 3],
  ['issait', '', 3],
  ['issant', '', 3],
  ['issent', '', 3],
  ['eraient', '', 3],
  ['erait', '', 3],
  ['erons', '', 3],
  ['eront', '', 3],
  ['aient', '', 3],
  ['ait', '', 3],
  ['ant', '', 4],
  ['ante', '', 4],
  ['ent', '', 4],
  ['er', '', 3],
  ['ir', '', 4],
  ['ee', '', 3],
])

const ENGLISH_RULES: readonly Rule[] = sortLongestFirst([
  ['ational', 'ate', 3],
  ['ation', 'ate', 3],
  ['ness', '', 3],
  ['ment', '', 4],
  ['ing', '', 3],
  ['ed', '', 3],
  ['ly', '', 4],
  ['er', '', 4],
])

/** Irregular plurals that the rules would mangle. */
const FRENCH_EXCEPTIONS: Readonly<Record<string, string>> = { travaux: 'travail', yeux: 'oeil' }

function sortLongestFirst(rules: Rule[]): Rule[] {
  return [...rules].sort((a, b) => b[0].length - a[0].length)
}

/** First rule whose suffix matches and leaves a long enough stem; shorter suffixes are tried next. */
function applyRules(word: string, rules: readonly Rule[]): string {
  for (const [suffix, replacement, minStem] of rules) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) {
      return word.slice(0, word.length - suffix.length) + replacement
    }
  }
  return word
}

/** `developp` -> `develop`, `citoyenn` -> `citoyen`: doubling is spelling, not meaning. */
function undouble(word: string): string {
  const last = word.at(-1)
  if (last !== undefined && word.length > 3 && word.at(-2) === last && !'aeiouy'.includes(last)) {
    return word.slice(0, -1)
  }
  return word
}

function frenchPlural(word: string): string {
  if (word.endsWith('eaux')) return word.slice(0, -1)
  if (word.endsWith('aux') && word.length > 4) return `${word.slice(0, -3)}al`
  if (word.endsWith('s') && !word.endsWith('ss') && word.length >= 4) return word.slice(0, -1)
  return word
}

function stemFrench(word: string): string {
  const exception = FRENCH_EXCEPTIONS[word]
  if (exception !== undefined) return exception
  let stem = applyRules(frenchPlural(word), FRENCH_RULES)
  // The feminine / mute e goes last so that `impartageable` -> `impartag`.
  if (stem.endsWith('e') && stem.length >= 4) stem = stem.slice(0, -1)
  return undouble(stem)
}

function englishPlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('sses')) return word.slice(0, -2)
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word) && word.length >= 4)
    return word.slice(0, -1)
  return word
}

function stemEnglish(word: string): string {
  let stem = applyRules(englishPlural(word), ENGLISH_RULES)
  if (stem.endsWith('e') && stem.length >= 4) stem = stem.slice(0, -1)
  return undouble(stem)
}

/**
 * Reduces a folded word to a light stem. Words of three letters or fewer and
 * words with digits are returned unchanged.
 *
 * @example
 * stem('formations') // "form"
 * stem('cooperatives') // "cooper"
 * stem('sharing', 'en') // "shar"
 */
export function stem(word: string, language: Language = 'fr'): string {
  if (word.length <= 3 || /\d/.test(word)) return word
  return language === 'en' ? stemEnglish(word) : stemFrench(word)
}
