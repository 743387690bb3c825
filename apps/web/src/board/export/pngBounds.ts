import type { Rect } from '../geometry/types'

// What the board image covers and at which resolution. Pure: the Konva side
// (`boardPng.ts`) only applies these numbers.

export interface PngLimits {
  /** Wanted pixels per world unit (a world unit is a pixel at zoom 1). */
  pixelRatio: number
  /** Longest side of the image, in pixels. */
  maxSide: number
  /** Pixels in the image: browsers refuse (or blank) canvases beyond a few tens of millions. */
  maxArea: number
}

export const PNG_LIMITS: PngLimits = { pixelRatio: 2, maxSide: 8000, maxArea: 24_000_000 }

/**
 * The world rectangle the image shows: every frame and every item (notes,
 * clusters) even if it lies outside the frames, with `margin` world units
 * around. Null for an empty board.
 * @example exportBounds([{ x: 0, y: 0, width: 100, height: 50 }], [], 10) // { x: -10, y: -10, width: 120, height: 70 }
 */
export function exportBounds(
  frames: readonly Rect[],
  items: readonly Rect[],
  margin: number,
): Rect | null {
  const all = [...frames, ...items]
  if (all.length === 0) return null
  let left = Number.POSITIVE_INFINITY
  let top = Number.POSITIVE_INFINITY
  let right = Number.NEGATIVE_INFINITY
  let bottom = Number.NEGATIVE_INFINITY
  for (const r of all) {
    left = Math.min(left, r.x)
    top = Math.min(top, r.y)
    right = Math.max(right, r.x + r.width)
    bottom = Math.max(bottom, r.y + r.height)
  }
  return {
    x: Math.floor(left - margin),
    y: Math.floor(top - margin),
    width: Math.ceil(right - left + 2 * margin),
    height: Math.ceil(bottom - top + 2 * margin),
  }
}

/**
 * The pixel ratio for `bounds`: the wanted one, lowered until the image fits
 * both the side and the area limits. Never above the wanted ratio, so a small
 * board is not blown up.
 * @example exportPixelRatio({ x: 0, y: 0, width: 16000, height: 1000 }, PNG_LIMITS) // 0.5
 */
export function exportPixelRatio(bounds: Rect, limits: PngLimits = PNG_LIMITS): number {
  const width = Math.max(1, bounds.width)
  const height = Math.max(1, bounds.height)
  return Math.min(
    limits.pixelRatio,
    limits.maxSide / Math.max(width, height),
    Math.sqrt(limits.maxArea / (width * height)),
  )
}

/** The image's size in pixels for `bounds` at `ratio`, as the canvas will round it. */
export function imageSize(bounds: Rect, ratio: number): { width: number; height: number } {
  return { width: Math.round(bounds.width * ratio), height: Math.round(bounds.height * ratio) }
}
