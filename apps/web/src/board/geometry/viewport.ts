import type { Point, Rect } from './types'

/** Screen = world * scale + (x, y). Kept local: each viewer pans on its own. */
export interface Viewport {
  x: number
  y: number
  scale: number
}

export const MIN_SCALE = 0.05
export const MAX_SCALE = 4

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

export function toWorld(view: Viewport, screen: Point): Point {
  return { x: (screen.x - view.x) / view.scale, y: (screen.y - view.y) / view.scale }
}

/**
 * Zooms by `factor` keeping the world point under `screen` fixed, which is
 * what a wheel or a pinch centred on a finger should feel like.
 */
export function zoomAt(view: Viewport, screen: Point, factor: number): Viewport {
  const scale = clampScale(view.scale * factor)
  const world = toWorld(view, screen)
  return { scale, x: screen.x - world.x * scale, y: screen.y - world.y * scale }
}

/**
 * The viewport that shows `bounds` whole, with a margin in screen pixels:
 * centred, or held to the top (a board reads from its frames' titles down,
 * so spare room belongs below it, not above).
 */
export function fitBounds(
  bounds: Rect,
  size: { width: number; height: number },
  margin = 24,
  anchor: 'center' | 'top' = 'center',
): Viewport {
  const width = Math.max(1, size.width - 2 * margin)
  const height = Math.max(1, size.height - 2 * margin)
  const scale = clampScale(
    Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height)),
  )
  return {
    scale,
    x: size.width / 2 - (bounds.x + bounds.width / 2) * scale,
    y:
      anchor === 'top'
        ? margin - bounds.y * scale
        : size.height / 2 - (bounds.y + bounds.height / 2) * scale,
  }
}

/**
 * The world rectangle a viewport shows on a screen of `size`, grown by
 * `margin` screens on every side (so a short pan finds its notes drawn).
 *
 * @example
 * visibleWorld({ x: 0, y: 0, scale: 0.5 }, { width: 800, height: 600 }, 0) // { x: 0, y: 0, width: 1600, height: 1200 }
 */
export function visibleWorld(
  view: Viewport,
  size: { width: number; height: number },
  margin: number,
): { x: number; y: number; width: number; height: number } {
  const width = size.width / view.scale
  const height = size.height / view.scale
  return {
    x: -view.x / view.scale - width * margin,
    y: -view.y / view.scale - height * margin,
    width: width * (1 + 2 * margin),
    height: height * (1 + 2 * margin),
  }
}
