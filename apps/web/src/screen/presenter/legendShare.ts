import { type RefObject, useLayoutEffect } from 'react'

/**
 * Two ways for the wall's themes to share the legend's line. Equal: a share
 * each, a short title giving back what it does not need; best when titles
 * are alike or the line is wide (the Lyon workshop at 1920x1080: two lines
 * for the 85-character theme, one for the others). Proportional: each title
 * shrinks from its one-line width by the same factor, never below its
 * longest word; best when one title is much longer and the line is narrow
 * (at 1024x768, equal shares left that theme five lines; proportional ones,
 * four, and three to the others).
 */
export type LegendShare = 'equal' | 'proportional'

/** The share whose longest title takes the fewest lines; equal on a tie. */
export function pickShare(lines: Record<LegendShare, number[]>): LegendShare {
  const most = (counts: number[]) => Math.max(0, ...counts)
  return most(lines.proportional) < most(lines.equal) ? 'proportional' : 'equal'
}

/** Lines each title needs (not only those it shows before its ellipsis). */
function linesNeeded(legend: HTMLElement): number[] {
  return [...legend.querySelectorAll<HTMLElement>('.wall__legend-title')].map((title) =>
    Math.round(title.scrollHeight / Number.parseFloat(getComputedStyle(title).lineHeight)),
  )
}

/**
 * Lays the legend out both ways before the screen is painted, and keeps the
 * better (`data-share` on the list, which the CSS reads); again whenever the
 * legend is resized or `titles` change.
 */
export function useLegendShare(ref: RefObject<HTMLElement | null>, titles: string): void {
  useLayoutEffect(() => {
    const legend = ref.current
    if (!legend) return
    const choose = () => {
      const lines = {} as Record<LegendShare, number[]>
      for (const share of ['equal', 'proportional'] as const) {
        legend.dataset.share = share
        lines[share] = linesNeeded(legend)
      }
      legend.dataset.share = pickShare(lines)
    }
    choose()
    // Only a change of the legend's width matters: its height follows from the choice.
    let width = legend.clientWidth
    const observer = new ResizeObserver(() => {
      if (legend.clientWidth === width) return
      width = legend.clientWidth
      choose()
    })
    observer.observe(legend)
    return () => observer.disconnect()
  }, [ref, titles])
}
