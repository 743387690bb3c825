import { NOTE_HEIGHT, NOTE_WIDTH } from './constants'
import { boundsOf } from './hitTest'
import type { Point, Rect } from './types'
import type { Viewport } from './viewport'

/** Font size of a note's text in world units (NoteNode draws it at this size). */
export const NOTE_FONT_SIZE = 15
/** The smallest note text the facilitator can read on a laptop, in CSS pixels. */
export const READABLE_TEXT_PX = 11.25
/** The scale at which a note's text is `READABLE_TEXT_PX` on screen. */
export const MIN_READABLE_SCALE = READABLE_TEXT_PX / NOTE_FONT_SIZE
/** A few notes are not blown up to poster size: the first view never zooms past this. */
export const MAX_FIT_SCALE = 1.25

/** Something the opening view must show: a note, or the frame of a cluster that holds notes. */
export interface FitItem {
  rect: Rect
  dimension: string
}

/** Room kept free around the fitted region, in screen pixels (`top`: the search bar over the canvas). */
export interface FitInsets {
  margin: number
  top: number
}

/**
 * The view a board opens with. Decision (issue 8):
 * 1. Fit the notes, never the empty dimension frames: the bounds of every
 *    note and of the cluster frames around them (a cluster's title is
 *    part of what the facilitator reads).
 * 2. If that makes the text smaller than `MIN_READABLE_SCALE`, fit the width
 *    of the first dimension (in `dimensionOrder`) that has notes, held to its
 *    top: the facilitator starts reading where the board starts, and pans.
 * 3. If even that is too small, show that region's top-left corner at the
 *    readable scale.
 * Never zooms past `MAX_FIT_SCALE`. Null when there are no notes (the caller
 * then fits the frames, which is all there is to see).
 */
export function initialFit(
  items: readonly FitItem[],
  dimensionOrder: readonly string[],
  size: { width: number; height: number },
  insets: FitInsets = { margin: 24, top: 24 },
): Viewport | null {
  const { margin, top } = insets
  const all = boundsOf(items.map((i) => i.rect))
  if (!all || size.width <= 0 || size.height <= 0) return null
  const width = size.width - 2 * margin
  const height = size.height - top - margin
  // Top-anchored under the inset, centred across.
  const at = (region: Rect, scale: number): Viewport => ({
    scale,
    x: size.width / 2 - (region.x + region.width / 2) * scale,
    y: top - region.y * scale,
  })
  const whole = Math.min(MAX_FIT_SCALE, width / all.width, height / all.height)
  if (whole >= MIN_READABLE_SCALE) return at(all, whole)
  const first = dimensionOrder.find((d) => items.some((i) => i.dimension === d))
  const region = boundsOf(items.filter((i) => i.dimension === first).map((i) => i.rect)) ?? all
  const byWidth = Math.min(MAX_FIT_SCALE, width / region.width)
  if (byWidth >= MIN_READABLE_SCALE) return at(region, byWidth)
  return {
    scale: MIN_READABLE_SCALE,
    x: margin - region.x * MIN_READABLE_SCALE,
    y: top - region.y * MIN_READABLE_SCALE,
  }
}

/** A note at `p` as a fit item. */
export function noteItem(p: Point, dimension: string): FitItem {
  return { rect: { x: p.x, y: p.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }, dimension }
}
