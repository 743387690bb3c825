import { normalize, stem } from '@atelier/cluster-suggestions'

/** A note as search sees it. */
export interface Searchable {
  id: string
  text: string
  dimension: string
}

type Word = { word: string; stem: string }

/** Notes are searched again on every board change while a search is open: analyse each text once. */
const analysed = new Map<string, Word[]>()
const MAX_CACHED = 20_000

/** Folded words of a text and their French stems (`Coopératives` -> `cooperatives`, `cooper`). */
function words(text: string): Word[] {
  const cached = analysed.get(text)
  if (cached) return cached
  const folded = normalize(text)
  const result = folded ? folded.split(' ').map((word) => ({ word, stem: stem(word) })) : []
  if (analysed.size >= MAX_CACHED) analysed.clear()
  analysed.set(text, result)
  return result
}

/**
 * A query compiled once for many notes: accent- and case-insensitive, and
 * French-aware (a word matches its plural and its other forms through the
 * stemmer, so "coopérative" finds "cooperatives"), and a word being typed
 * matches as a prefix ("coop" finds "coopération"). Every query word must match.
 */
export function compileQuery(query: string): ((text: string) => boolean) | null {
  const wanted = words(query)
  if (wanted.length === 0) return null
  return (text) => {
    const have = words(text)
    return wanted.every((w) =>
      have.some((h) => h.stem === w.stem || h.word.startsWith(w.word) || h.stem.startsWith(w.word)),
    )
  }
}

/**
 * Ids of the notes that match `query` in `dimension` (null: every dimension).
 * An empty query with a dimension matches that dimension's notes; an empty
 * query without one matches nothing (no search is active).
 */
export function searchNotes(
  notes: Iterable<Searchable>,
  query: string,
  dimension: string | null,
): string[] {
  const matches = compileQuery(query)
  if (!matches && dimension === null) return []
  const found: string[] = []
  for (const note of notes) {
    if (dimension !== null && note.dimension !== dimension) continue
    if (!matches || matches(note.text)) found.push(note.id)
  }
  return found
}
