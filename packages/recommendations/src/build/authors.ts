import type { SnapshotNote } from '../snapshot.js'

/**
 * Maps each participant id to an anonymous id ("P01", "P02", ...), numbered
 * by the author's first note in time order (createdAt, then note id).
 *
 * Hidden notes take part in the numbering on purpose: hiding or un-hiding a
 * note must never renumber the other authors, so two exports of the same
 * session stay comparable. Ids are zero-padded to at least two digits and to
 * as many as the largest number needs, so they sort as text.
 *
 * @example
 * ```ts
 * anonymousAuthors(notes).get('7f3c…') // "P07"
 * ```
 */
export function anonymousAuthors(notes: readonly SnapshotNote[]): Map<string, string> {
  const order: string[] = []
  const seen = new Set<string>()
  for (const note of [...notes].sort(byTime)) {
    if (seen.has(note.author)) continue
    seen.add(note.author)
    order.push(note.author)
  }
  const width = Math.max(2, String(order.length).length)
  return new Map(order.map((author, i) => [author, `P${String(i + 1).padStart(width, '0')}`]))
}

/** Oldest first; the id breaks ties so equal timestamps still sort one way. */
export function byTime(a: SnapshotNote, b: SnapshotNote): number {
  return a.createdAt - b.createdAt || compareCodeUnits(a.id, b.id)
}

/** Locale-free string order, identical on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
