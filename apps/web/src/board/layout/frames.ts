import {
  FRAME_HEADER,
  FRAME_MIN_HEIGHT,
  FRAME_PADDING,
  FRAME_SPACING,
  FRAME_WIDTH,
} from '../geometry/constants'
import type { Rect } from '../geometry/types'

export interface FrameInput {
  id: string
  order: number
}

/**
 * One frame per dimension, side by side in the dimensions' order. Frames are
 * derived, not stored: their height follows the lowest item they hold
 * (`contentBottom`, per dimension id), and all frames share it so the row
 * reads as one board.
 */
export function frameRects(
  dimensions: readonly FrameInput[],
  contentBottom: ReadonlyMap<string, number> = new Map(),
): Map<string, Rect> {
  const sorted = [...dimensions].sort((a, b) => a.order - b.order)
  let height = FRAME_MIN_HEIGHT
  for (const bottom of contentBottom.values()) height = Math.max(height, bottom + FRAME_PADDING)
  const frames = new Map<string, Rect>()
  sorted.forEach((dimension, index) => {
    frames.set(dimension.id, {
      x: index * (FRAME_WIDTH + FRAME_SPACING),
      y: 0,
      width: FRAME_WIDTH,
      height,
    })
  })
  return frames
}

/** Where a frame's notes and clusters may go: below its header, inside its padding. */
export function contentArea(frame: Rect): Rect {
  return {
    x: frame.x + FRAME_PADDING,
    y: frame.y + FRAME_HEADER,
    width: frame.width - 2 * FRAME_PADDING,
    height: Math.max(0, frame.height - FRAME_HEADER - FRAME_PADDING),
  }
}
