import { compareCodeUnits } from './authors.js'

/** What the ranking looks at; everything else about a recommendation is cargo. */
export interface RankKey {
  clusterId: string
  title: string
  dots: number
  voters: number
  notes: { length: number }
}

/**
 * Sorts recommendations best first and returns a new array. The order is
 * total, so ranks never tie:
 *
 * 1. more dots;
 * 2. then more distinct voters (support spread over more people wins);
 * 3. then more supporting notes;
 * 4. then title in the workshop language's alphabetical order (accents and
 *    case ignored, numbers compared as numbers);
 * 5. then cluster id, compared code unit by code unit (locale-free, so the
 *    last resort is the same on every machine).
 *
 * Clusters without dots thus end at the bottom, still ordered by rules 3-5.
 *
 * @example
 * ```ts
 * rankOrder([{ clusterId: 'b', title: 'B', dots: 2, voters: 2, notes: [] },
 *            { clusterId: 'a', title: 'A', dots: 2, voters: 1, notes: [] }], 'fr')
 * // -> b first: same dots, more voters
 * ```
 */
export function rankOrder<T extends RankKey>(items: readonly T[], language: string): T[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true })
  return [...items].sort(
    (a, b) =>
      b.dots - a.dots ||
      b.voters - a.voters ||
      b.notes.length - a.notes.length ||
      collator.compare(a.title, b.title) ||
      compareCodeUnits(a.clusterId, b.clusterId),
  )
}
