import type { Labels } from '../labels.js'
import type { SessionSummary } from '../schema.js'
import { recommendationTitle } from './facts.js'

// The one-page "Synthèse : priorités" that opens the report: for each
// dimension, the recommendations the room put the most dots on. Invariant:
// it fits one A4 page whatever people wrote, so the number of items is capped
// (at most MAX_ITEMS over all dimensions) and long texts are clipped at a word
// (the full text is in the details that follow).

/** Items per dimension when there are three dimensions or fewer. */
export const PRIORITIES_PER_DIMENSION = 3
/** Items on the page over all dimensions: 3 dimensions × 3. */
const MAX_ITEMS = 9
const MAX_TITLE = 80
const MAX_TEXT = 210
const MAX_DIMENSION_TITLE = 110

export interface Priority {
  rank: number
  title: string
  /** The recommendation text, clipped; empty when none was written. */
  text: string
  dots: number
  voters: number
  notes: number
}

export interface DimensionPriorities {
  /** 1-based position of the dimension, as in the details' headings. */
  n: number
  title: string
  items: Priority[]
}

/**
 * The top recommendations of each dimension by dots (rank order, so ties are
 * broken as everywhere else), leaving out those with no dot: a recommendation
 * nobody voted for is not a priority. Three per dimension for up to three
 * dimensions, fewer (at least one) when there are more.
 *
 * @example
 * ```ts
 * topPriorities(summary, labelsFor('fr'))[0]?.items[0]?.title // "Rendre le modèle visible"
 * ```
 */
export function topPriorities(summary: SessionSummary, l: Labels): DimensionPriorities[] {
  const dimensions = summary.dimensions.length
  const perDimension = Math.max(
    1,
    Math.min(PRIORITIES_PER_DIMENSION, Math.floor(MAX_ITEMS / Math.max(dimensions, 1))),
  )
  return summary.dimensions.map((dimension, i) => ({
    n: i + 1,
    title: clip(dimension.title, MAX_DIMENSION_TITLE),
    items: dimension.recommendations
      .filter((rec) => rec.dots > 0)
      .slice(0, perDimension)
      .map((rec) => ({
        rank: rec.rank,
        title: clip(recommendationTitle(rec, l), MAX_TITLE),
        text: clip(rec.text, MAX_TEXT),
        dots: rec.dots,
        voters: rec.voters,
        notes: rec.notes.length,
      })),
  }))
}

/**
 * Text cut to at most `max` characters at the last space, with an ellipsis;
 * line breaks become spaces (the summary is prose). Never cuts inside a word
 * or a surrogate pair.
 */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(flat)
  if (chars.length <= max) return flat
  const head = chars.slice(0, max - 1).join('')
  const space = head.lastIndexOf(' ')
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** The workshop title as the summary page shows it: two lines at most. */
export function summaryWorkshopTitle(summary: SessionSummary): string {
  return clip(summary.workshop.title, MAX_DIMENSION_TITLE)
}
