/**
 * Turns a note into tokens that keep both a matching key (the stem) and what
 * the participant typed (for titles).
 *
 * Pipeline per word: fold -> drop elision -> expand abbreviation -> stop word?
 * -> stem -> synonym; then multi-word expressions (`assemblée générale`)
 * collapse into one term. Pure: the result depends on the text and language only.
 */

import { STOP_WORDS } from './lexicon/stopwords.js'
import { SYNONYMS } from './lexicon/synonyms.js'
import { ABBREVIATIONS, CASE_SENSITIVE, PHRASES, TERMS } from './lexicon/terms.js'
import { dropElision, foldCase, stripMarkup } from './normalize.js'
import type { Language } from './options.js'
import { stem } from './stem.js'

export interface Token {
  /** Folded word after abbreviation expansion, or a term (`urscop`). */
  word: string
  /** Matching key: light stem mapped through synonyms; a term is its own key. */
  key: string
  /** The word as typed, elision dropped; a term's label when it is a term. */
  surface: string
  /** Index of the typed word in the note; the words of one expansion share it. */
  position: number
  /** Stop words, numbers and single letters stay in the sequence for titles only. */
  stop: boolean
}

const RAW_WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu

interface Tables {
  synonyms: Map<string, string>
  phrases: { keys: string[]; term: string }[]
}

const tables: Partial<Record<Language, Tables>> = {}

/** Lexicon tables keyed by stems of the given language, built once on first use. */
function tablesFor(language: Language): Tables {
  const cached = tables[language]
  if (cached) return cached
  const synonyms = new Map<string, string>()
  for (const [canonical, variants] of Object.entries(SYNONYMS)) {
    for (const variant of variants) synonyms.set(stem(variant, language), stem(canonical, language))
  }
  const built: Tables = { synonyms, phrases: [] }
  tables[language] = built
  // Phrases are analysed with the same pipeline (minus phrases), so they match
  // whatever spelling, plural or abbreviation the note used.
  built.phrases = PHRASES.map(([phrase, term]) => ({
    keys: contentKeys(analyzeWords(phrase, language, built)),
    term,
  })).sort((a, b) => b.keys.length - a.keys.length)
  return built
}

function contentKeys(tokens: readonly Token[]): string[] {
  return tokens.filter((token) => !token.stop).map((token) => token.key)
}

function makeToken(
  word: string,
  surface: string,
  position: number,
  language: Language,
  t: Tables,
): Token {
  const stop = STOP_WORDS.has(word) || word.length < 2 || /^\d+$/.test(word)
  // A stop word is never a term: folded `ça` is `ca`, which is a term only via CASE_SENSITIVE.
  const label = TERMS[word]
  if (label !== undefined && !stop) return { word, key: word, surface: label, position, stop }
  const stemmed = stem(word, language)
  return { word, key: t.synonyms.get(stemmed) ?? stemmed, surface, position, stop }
}

function analyzeWords(text: string, language: Language, t: Tables): Token[] {
  const tokens: Token[] = []
  let position = 0
  for (const match of stripMarkup(text).matchAll(RAW_WORD)) {
    const raw = match[0]
    const folded = foldCase(raw)
    // Elision prefixes are ASCII, so folding keeps their length: slice the raw word with it.
    const typed = raw.slice(folded.length - dropElision(folded).length)
    const caseSensitive = CASE_SENSITIVE[typed]
    const caseLabel = caseSensitive === undefined ? undefined : TERMS[caseSensitive]
    if (caseSensitive !== undefined && caseLabel !== undefined) {
      tokens.push({
        word: caseSensitive,
        key: caseSensitive,
        surface: caseLabel,
        position,
        stop: false,
      })
    } else {
      const typedParts = typed.split("'")
      foldCase(typed)
        .split("'")
        .forEach((part, index) => {
          const surface = (typedParts[index] ?? part).toLowerCase()
          for (const word of (ABBREVIATIONS[part] ?? part).split(' ')) {
            tokens.push(makeToken(word, surface, position, language, t))
          }
        })
    }
    position += 1
  }
  return tokens
}

/** Replaces each run of content tokens matching a phrase by one term token. */
function collapsePhrases(tokens: Token[], language: Language, t: Tables): Token[] {
  const content = tokens.filter((token) => !token.stop)
  const out: Token[] = []
  let i = 0
  while (i < content.length) {
    const phrase = t.phrases.find((p) => p.keys.every((key, k) => content[i + k]?.key === key))
    const first = content[i]!
    if (phrase && phrase.keys.length > 1) {
      const label = TERMS[phrase.term]
      const words = content.slice(i, i + phrase.keys.length).map((token) => token.surface)
      const key = label === undefined ? stem(phrase.term, language) : phrase.term
      out.push({
        word: phrase.term,
        key,
        surface: label ?? words.join(' '),
        position: first.position,
        stop: false,
      })
      i += phrase.keys.length
    } else {
      out.push(first)
      i += 1
    }
  }
  // Stop tokens are kept, in order, for title phrases.
  return [...out, ...tokens.filter((token) => token.stop)].sort((a, b) => a.position - b.position)
}

/** All tokens of a note, stop words included (flagged), in reading order. */
export function analyze(text: string, language: Language = 'fr'): Token[] {
  const t = tablesFor(language)
  return collapsePhrases(analyzeWords(text, language, t), language, t)
}

/**
 * Content words of a text: normalised, abbreviations and expressions expanded
 * to their canonical term, stop words removed. Not stemmed (see `stem`).
 *
 * @example
 * tokenize("L'AG de l'URS et les coops") // ["ag", "urscop", "cooperatives"]
 * tokenize('Économie sociale et solidaire') // ["ess"]
 */
export function tokenize(text: string, options: { language?: Language } = {}): string[] {
  return analyze(text, options.language ?? 'fr')
    .filter((token) => !token.stop)
    .map((token) => token.word)
}
