/**
 * Note -> weighted feature vector. Three families, each TF-IDF weighted and
 * scaled to unit length on its own before mixing, so their weights mean "share
 * of the similarity" whatever the note's length:
 *  - words: matching keys (stems, synonyms, terms);
 *  - themes: domain themes the words belong to (`lexicon/themes.ts`);
 *  - trigrams: character trigrams of the keys, which catch what the stemmer
 *    and the typo repair miss (`visibil` / `invisibl`).
 *
 * IDF is computed over all the notes passed in, so the vectors depend on the
 * set of notes but never on their order.
 */

import { analyze, type Token } from './analyze.js'
import type { Language } from './options.js'
import { type SparseVector, unitVector } from './sparse.js'
import { themeKeys, themesOf } from './theme-index.js'
import { typoRepairs } from './typos.js'

export interface FeatureWeights {
  words: number
  themes: number
  trigrams: number
}

export interface NoteFeatures {
  /** All tokens of the note, for titles. */
  tokens: Token[]
  /** Content keys after typo repair, in reading order. */
  keys: string[]
  /** Theme ids hit by the keys, one per hit. */
  themes: string[]
  vector: SparseVector
}

export interface FeatureSet {
  notes: NoteFeatures[]
  /** How many of the notes contain a word key. */
  keyFrequency: (key: string) => number
  /** Number of distinct features: vector indices are below it. */
  featureCount: number
}

function trigrams(key: string): string[] {
  const padded = `^${key}$`
  const grams: string[] = []
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.push(padded.slice(i, i + 3))
  return grams
}

function counts(items: readonly string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const item of items) out.set(item, (out.get(item) ?? 0) + 1)
  return out
}

/** Keys of each note with typo repair applied. */
function repairedKeys(tokenLists: readonly Token[][], language: Language): string[][] {
  const raw = tokenLists.map((tokens) => tokens.filter((t) => !t.stop).map((t) => t.key))
  const documentFrequency = counts(raw.flatMap((keys) => [...new Set(keys)]))
  const repairs = typoRepairs(documentFrequency, themeKeys(language))
  return raw.map((keys) => keys.map((key) => repairs.get(key) ?? key))
}

/**
 * Feature vectors of the notes, unit length (or zero for a note with no
 * content word), in the order given.
 */
export function buildFeatures(
  texts: readonly string[],
  language: Language,
  weights: FeatureWeights,
): FeatureSet {
  return buildFeaturesFromTokens(
    texts.map((text) => analyze(text, language)),
    language,
    weights,
  )
}

/**
 * {@link buildFeatures} over texts already analysed (`analyze`), so a caller
 * that sees the same texts again (a live campaign recomputed on every vote)
 * can keep their tokens instead of analysing them again. Same result as
 * `buildFeatures` on the texts the token lists came from.
 */
export function buildFeaturesFromTokens(
  tokenLists: readonly Token[][],
  language: Language,
  weights: FeatureWeights,
): FeatureSet {
  const keyLists = repairedKeys(tokenLists, language)
  const themeLists = keyLists.map((keys) => themesOf(keys, language))
  // One bag per family and note; prefixes keep the families apart in one id space.
  const bags = keyLists.map((keys, i) => ({
    words: counts(keys.map((k) => `w:${k}`)),
    themes: counts(themeLists[i]!.map((t) => `t:${t}`)),
    trigrams: counts([...new Set(keys)].flatMap(trigrams).map((g) => `c:${g}`)),
  }))
  const ids = new Map<string, number>()
  const documentFrequency = new Map<number, number>()
  for (const bag of bags) {
    for (const family of [bag.words, bag.themes, bag.trigrams]) {
      for (const feature of family.keys()) {
        const id = ids.get(feature) ?? ids.size
        ids.set(feature, id)
        documentFrequency.set(id, (documentFrequency.get(id) ?? 0) + 1)
      }
    }
  }
  const n = tokenLists.length
  // Smoothed IDF (as scikit-learn): a feature in every note still weighs a little.
  const idf = (id: number) => Math.log((n + 1) / ((documentFrequency.get(id) ?? 0) + 1)) + 1
  // Each family is scaled to unit length before mixing, so its weight is its share of the whole.
  const appendFamily = (out: [number, number][], bag: Map<string, number>, scale: number) => {
    const start = out.length
    let norm = 0
    for (const [feature, tf] of bag) {
      const id = ids.get(feature)!
      const weight = (1 + Math.log(tf)) * idf(id)
      out.push([id, weight])
      norm += weight * weight
    }
    if (norm === 0) return
    const factor = scale / Math.sqrt(norm)
    for (let k = start; k < out.length; k += 1) out[k]![1] *= factor
  }
  const notes = bags.map((bag, i) => {
    const entries: [number, number][] = []
    appendFamily(entries, bag.words, weights.words)
    appendFamily(entries, bag.themes, weights.themes)
    appendFamily(entries, bag.trigrams, weights.trigrams)
    const vector = unitVector(entries)
    return { tokens: tokenLists[i]!, keys: keyLists[i]!, themes: themeLists[i]!, vector }
  })
  const keyFrequency = (key: string) => documentFrequency.get(ids.get(`w:${key}`) ?? -1) ?? 0
  return { notes, keyFrequency, featureCount: ids.size }
}
