import type { Rect } from '../geometry/types'
import type { Viewport } from '../geometry/viewport'

/** Device pixels a pan's bitmap may hold at most (4 bytes each: 64 MB). */
export const MAX_BITMAP_PIXELS = 16_000_000

/** A world rectangle to draw into a bitmap of `pixelRatio` device pixels per world unit. */
export interface BitmapRect extends Rect {
  pixelRatio: number
}

/**
 * Where the bitmap of a pan goes: the part of `area` (the world rectangle
 * the cull keeps drawn) that holds content, grown by `pad` world units for
 * strokes drawn outside the shapes. Its origin lands on a whole device pixel
 * of the screen, so copying it draws the same pixels as drawing the notes
 * (an origin between two pixels would blur the whole picture by half a
 * pixel). Null when there is nothing to draw, or when the bitmap would be
 * too big to be worth its memory.
 */
export function bitmapRect(
  view: Viewport,
  area: Rect,
  content: Rect | null,
  pad: number,
  devicePixelRatio: number,
): BitmapRect | null {
  if (!content) return null
  const left = Math.max(area.x, content.x - pad)
  const top = Math.max(area.y, content.y - pad)
  const right = Math.min(area.x + area.width, content.x + content.width + pad)
  const bottom = Math.min(area.y + area.height, content.y + content.height + pad)
  if (right <= left || bottom <= top) return null
  const pixelRatio = view.scale * devicePixelRatio
  // The screen's device pixel at or left of `world`, back in world units.
  const snap = (world: number, offset: number) =>
    (Math.floor(devicePixelRatio * (offset + view.scale * world)) / devicePixelRatio - offset) /
    view.scale
  const x = snap(left, view.x)
  const y = snap(top, view.y)
  const width = right - x
  const height = bottom - y
  if (width * height * pixelRatio * pixelRatio > MAX_BITMAP_PIXELS) return null
  return { x, y, width, height, pixelRatio }
}
