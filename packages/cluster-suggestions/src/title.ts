/**
 * A short, readable title for a group of notes.
 *
 * Candidates are phrases of 1 to 3 content words taken from the notes, with
 * the little words between them as typed ("nouveaux associés", "reprise en
 * SCOP"). A phrase must be shared: each word by at least two notes of the
 * group, and a multi-word phrase as a whole too. Words present all over the
 * session ("coop") make poor titles and are skipped. When a domain theme
 * covers more notes than any shared word, its label wins ("Numérique").
 *
 * The surface form comes from the notes, preferring the most frequent
 * spelling and, among equals, the accented one ("associés" over "associes"),
 * so accents folded away for matching come back in the title.
 */

import type { Token } from './analyze.js'
import { THEMES } from './lexicon/themes.js'
import { foldCase } from './normalize.js'
import { byCodeUnit } from './sort-notes.js'

export interface TitleNote {
  tokens: readonly Token[]
  keys: readonly string[]
  themes: readonly string[]
}

export interface KeyStatistics {
  /** Notes of the whole session containing the key. */
  frequency: (key: string) => number
  noteCount: number
}

const MAX_CONTENT_WORDS = 3
/** Little words allowed between two content words of a title ("formation des jeunes"). */
const MAX_GAP = 2
/** A key in more than this share of the session's notes says nothing about one group. */
const GENERIC_SHARE = 0.1
/** Share of the group that must use a phrase's words for the phrase to beat a theme label. */
const PHRASE_SHARE = 0.4

interface Candidate {
  keys: string[]
  surface: string
}

/**
 * Phrases of 1..3 consecutive content tokens of one note, with the stop words
 * between; content words are shown through `restore` (accent restoration).
 */
function candidates(tokens: readonly Token[], restore: (surface: string) => string): Candidate[] {
  // One token per typed position: an expansion (`ESS` -> 3 words) shows once.
  const byPosition = tokens.filter((t, i) => i === 0 || tokens[i - 1]!.position !== t.position)
  const out: Candidate[] = []
  byPosition.forEach((start, i) => {
    if (start.stop) return
    const keys = [start.key]
    const words = [restore(start.surface)]
    out.push({ keys: [...keys], surface: words.join(' ') })
    let gap: string[] = []
    for (let j = i + 1; j < byPosition.length && keys.length < MAX_CONTENT_WORDS; j += 1) {
      const token = byPosition[j]!
      if (token.stop) {
        gap.push(token.surface)
        if (gap.length > MAX_GAP) break
        continue
      }
      keys.push(token.key)
      words.push(...gap, restore(token.surface))
      gap = []
      out.push({ keys: [...keys], surface: words.join(' ') })
    }
  })
  return out
}

function accents(text: string): number {
  return text.normalize('NFD').length - text.length
}

/**
 * Folded word -> its most accented spelling among the group's content words,
 * so "nouveaux associes" is shown "nouveaux associés" if any note spelt it so.
 * Stop words are left as typed: restoring `des` could give `dès`.
 */
function accentRestorer(notes: readonly TitleNote[]): (surface: string) => string {
  const best = new Map<string, string>()
  for (const note of notes) {
    for (const token of note.tokens) {
      if (token.stop) continue
      const folded = foldCase(token.surface)
      const current = best.get(folded)
      if (
        current === undefined ||
        accents(token.surface) > accents(current) ||
        (accents(token.surface) === accents(current) && token.surface < current)
      ) {
        best.set(folded, token.surface)
      }
    }
  }
  return (surface) => best.get(foldCase(surface)) ?? surface
}

/**
 * The spelling to show. Spellings that differ only by accents and case form a
 * family; the most used family wins, then the longer word (`groupement` over
 * `groupés`, `participation` over `participait`: derived nouns read better as
 * titles than conjugated verbs). Inside a family the most accented spelling
 * wins, so "visibilité" beats "visibilite" even when typed less often.
 */
function bestSurface(surfaces: readonly string[]): string {
  const tally = new Map<string, number>()
  const family = new Map<string, number>()
  for (const s of surfaces) {
    tally.set(s, (tally.get(s) ?? 0) + 1)
    family.set(foldCase(s), (family.get(foldCase(s)) ?? 0) + 1)
  }
  const rank = ([s, count]: [string, number]) => {
    const folded = foldCase(s)
    return [-family.get(folded)!, -folded.length, folded, -accents(s), -count, s] as const
  }
  const ranked = [...tally].map((entry) => ({ surface: entry[0], key: rank(entry) }))
  ranked.sort((a, b) => {
    for (let k = 0; k < a.key.length; k += 1) {
      const x = a.key[k]!
      const y = b.key[k]!
      if (x !== y) return x < y ? -1 : 1
    }
    return 0
  })
  return ranked[0]!.surface
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** How many notes contain each item (an item repeated in one note counts once). */
function coverage(lists: readonly (readonly string[])[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const list of lists)
    for (const item of new Set(list)) out.set(item, (out.get(item) ?? 0) + 1)
  return out
}

interface Phrase {
  keys: string[]
  surfaces: string[]
  notes: Set<number>
}

/** The shared phrase with the most weight, or undefined when the notes share no telling word. */
function bestPhrase(notes: readonly TitleNote[], stats: KeyStatistics): Phrase | undefined {
  const shared = coverage(notes.map((note) => note.keys))
  const generic = Math.max(3, GENERIC_SHARE * stats.noteCount)
  const usable = (key: string) => (shared.get(key) ?? 0) >= 2 && stats.frequency(key) <= generic
  const phrases = new Map<string, Phrase>()
  const restore = accentRestorer(notes)
  notes.forEach((note, i) => {
    for (const candidate of candidates(note.tokens, restore)) {
      if (!candidate.keys.every(usable)) continue
      const id = candidate.keys.join(' ')
      const phrase = phrases.get(id) ?? { keys: candidate.keys, surfaces: [], notes: new Set() }
      phrase.surfaces.push(candidate.surface)
      phrase.notes.add(i)
      phrases.set(id, phrase)
    }
  })
  // Frequent in the group, rare in the session: the usual TF-IDF reading (smoothed,
  // so that in a tiny session where every key is everywhere longer phrases still win).
  const weight = (key: string) =>
    shared.get(key)! * (1 + Math.log((stats.noteCount + 1) / (stats.frequency(key) + 1)))
  const score = (p: Phrase) => p.keys.reduce((sum, key) => sum + weight(key), 0)
  return [...phrases.values()]
    .filter((p) => p.keys.length === 1 || p.notes.size >= 2)
    .sort(
      (a, b) =>
        score(b) - score(a) ||
        a.keys.length - b.keys.length ||
        byCodeUnit(a.keys.join(), b.keys.join()),
    )[0]
}

/**
 * @example
 * groupTitle(notesWithTokens, { frequency, noteCount: 160 }) // "Formation des nouveaux associés"
 */
export function groupTitle(notes: readonly TitleNote[], stats: KeyStatistics): string {
  const phrase = bestPhrase(notes, stats)
  const shared = coverage(notes.map((note) => note.keys))
  const phraseCoverage = phrase ? Math.max(...phrase.keys.map((key) => shared.get(key) ?? 0)) : 0
  const [theme, themeCoverage] = [...coverage(notes.map((note) => note.themes))].sort(
    ([a, x], [b, y]) => y - x || byCodeUnit(a, b),
  )[0] ?? ['', 0]
  // The participants' own words win when enough of the group uses them; a theme
  // label is the fallback that still names the whole group.
  if (phrase && phraseCoverage >= PHRASE_SHARE * notes.length)
    return capitalise(bestSurface(phrase.surfaces))
  if (themeCoverage >= 2) return THEMES[theme]?.label ?? theme
  if (phrase) return capitalise(bestSurface(phrase.surfaces))
  // Nothing shared at all (the group holds by character trigrams): first words of the first note.
  const words = notes[0]?.tokens.filter((t) => !t.stop).slice(0, MAX_CONTENT_WORDS) ?? []
  return capitalise(words.map((t) => t.surface).join(' ')) || 'Divers'
}
