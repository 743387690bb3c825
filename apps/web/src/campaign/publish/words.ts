import type { SynthesisChanges } from './types'

// Pure helpers of the change panel: no React, no DOM (words.test.ts).

/** "1re", "2e" in French; "1st", "2nd", "3rd", "11th" in English. */
export function ordinal(n: number, language: string): string {
  if (language.startsWith('fr')) return n === 1 ? '1re' : `${n}e`
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
}

/**
 * Ranking changes, biggest moves first (places gained or lost, then dots
 * changed), cut to `limit`: a vote in a 60-workshop campaign moves dozens of
 * groups, and the organiser reads the top of the list.
 */
export function rankingMoves(changes: SynthesisChanges, limit = 8) {
  const sorted = [...changes.ranking].sort(
    (a, b) =>
      Math.abs(b.from.rank - b.to.rank) - Math.abs(a.from.rank - a.to.rank) ||
      Math.abs(b.to.ranking.dots - b.from.ranking.dots) -
        Math.abs(a.to.ranking.dots - a.from.ranking.dots) ||
      a.to.rank - b.to.rank,
  )
  return { shown: sorted.slice(0, limit), hidden: Math.max(0, sorted.length - limit) }
}

/** How many things changed, for "3 changements" (a first version: its recommendations). */
export function changeCount(changes: SynthesisChanges): number {
  if (changes.first) return changes.items.added.length
  const { workshops, groups, items, ranking } = changes
  return (
    workshops.added.length +
    workshops.removed.length +
    groups.added.length +
    groups.removed.length +
    groups.renamed.length +
    groups.rewritten.length +
    ranking.length +
    items.added.length +
    items.removed.length +
    items.moved.length
  )
}

/** The first `limit` of a list and how many are left out. */
export function firstOf<T>(list: T[], limit = 8): { shown: T[]; hidden: number } {
  return { shown: list.slice(0, limit), hidden: Math.max(0, list.length - limit) }
}

/** Lines grouped by their dimension, dimensions in order of first appearance. */
export function byDimension<T extends { dimension?: string }>(
  lines: T[],
): [string | undefined, T[]][] {
  const groups = new Map<string | undefined, T[]>()
  for (const line of lines) {
    const list = groups.get(line.dimension) ?? []
    list.push(line)
    groups.set(line.dimension, list)
  }
  return [...groups]
}
