import { NOTE_HEIGHT, NOTE_WIDTH } from './constants'
import { boundsOf } from './hitTest'
import type { Point, Rect } from './types'
import { fitBounds, type Viewport } from './viewport'

/** Font size of a note's text in world units (NoteNode draws it at this size). */
export const NOTE_FONT_SIZE = 15
/** The smallest note text the facilitator can read on a laptop, in CSS pixels. */
export const READABLE_TEXT_PX = 11.25
/** The scale at which a note's text is `READABLE_TEXT_PX` on screen. */
export const MIN_READABLE_SCALE = READABLE_TEXT_PX / NOTE_FONT_SIZE
/** A few notes are not blown up to poster size: the first view never zooms past this. */
export const MAX_FIT_SCALE = 1.25

export interface FitNote extends Point {
  dimension: string
}

/**
 * The view a board opens with. Decision (issue 8):
 * 1. Fit the notes, never the empty frames: the bounds of every note.
 * 2. If that makes the text smaller than `MIN_READABLE_SCALE`, fit the width
 *    of the first dimension (in `dimensionOrder`) that has notes, held to its
 *    top: the facilitator starts reading where the board starts, and pans.
 * 3. If even that is too small, show that region's top-left corner at the
 *    readable scale.
 * Never zooms past `MAX_FIT_SCALE`. Null when there are no notes (the caller
 * then fits the frames, which is all there is to see).
 */
export function initialFit(
  notes: readonly FitNote[],
  dimensionOrder: readonly string[],
  size: { width: number; height: number },
  margin = 24,
): Viewport | null {
  const rectOf = (n: Point): Rect => ({ x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT })
  const all = boundsOf(notes.map(rectOf))
  if (!all || size.width <= 0 || size.height <= 0) return null
  const whole = capped(fitBounds(all, size, margin, 'top'), all, size, margin)
  if (whole.scale >= MIN_READABLE_SCALE) return whole
  const first = dimensionOrder.find((d) => notes.some((n) => n.dimension === d))
  const region = boundsOf(notes.filter((n) => n.dimension === first).map(rectOf)) ?? all
  const byWidth = Math.min(MAX_FIT_SCALE, (size.width - 2 * margin) / region.width)
  if (byWidth >= MIN_READABLE_SCALE) {
    return {
      scale: byWidth,
      x: size.width / 2 - (region.x + region.width / 2) * byWidth,
      y: margin - region.y * byWidth,
    }
  }
  return {
    scale: MIN_READABLE_SCALE,
    x: margin - region.x * MIN_READABLE_SCALE,
    y: margin - region.y * MIN_READABLE_SCALE,
  }
}

/** The same fit, zoomed out to `MAX_FIT_SCALE` when a few notes would fill the screen. */
function capped(view: Viewport, bounds: Rect, size: { width: number }, margin: number): Viewport {
  if (view.scale <= MAX_FIT_SCALE) return view
  const scale = MAX_FIT_SCALE
  return {
    scale,
    x: size.width / 2 - (bounds.x + bounds.width / 2) * scale,
    y: margin - bounds.y * scale,
  }
}
