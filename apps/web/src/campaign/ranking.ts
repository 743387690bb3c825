import type { SynthesisGroup } from './types'

// Pure: how the organiser view orders and words the three rankings.

/** The three rankings of issue 10, side by side; the toggle picks which one orders the groups. */
export type GroupSort = 'dots' | 'equal' | 'breadth'

const KEYS: Record<GroupSort, ((g: SynthesisGroup) => number)[]> = {
  dots: [(g) => g.ranking.dots, (g) => g.ranking.equalWorkshopScore, (g) => g.ranking.breadth],
  equal: [(g) => g.ranking.equalWorkshopScore, (g) => g.ranking.dots, (g) => g.ranking.breadth],
  breadth: [(g) => g.ranking.breadth, (g) => g.ranking.equalWorkshopScore, (g) => g.ranking.dots],
}

/**
 * The groups ordered by one ranking, highest first, ties broken by the other
 * two then by id, so the order is stable from one poll to the next.
 * @example sortGroups(groups, 'breadth')[0].ranking.breadth // the widest group
 */
export function sortGroups(groups: readonly SynthesisGroup[], sort: GroupSort): SynthesisGroup[] {
  const keys = KEYS[sort]
  return [...groups].sort((a, b) => {
    for (const key of keys) {
      const difference = key(b) - key(a)
      if (difference !== 0) return difference
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
}

/**
 * A share (0..1) as a percentage a room reads: whole numbers from 10 %, one
 * decimal below (a 0.4 % share is not 0 %), in the page's language.
 * @example formatShare(0.1234, 'fr') // '12 %'
 */
export function formatShare(share: number, language: string): string {
  const percent = share * 100
  const digits = percent !== 0 && percent < 10 ? 1 : 0
  return new Intl.NumberFormat(language === 'en' ? 'en' : 'fr', {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(share)
}
