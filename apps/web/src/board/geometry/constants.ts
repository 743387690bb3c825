// Sizes of things on the canvas, in world units. A note is sized to hold the
// longest notes of a real workshop (about 270 characters) at a readable size.
export const NOTE_WIDTH = 200
export const NOTE_HEIGHT = 130
export const GAP = 16

export const CLUSTER_PADDING = 16
/** Room at the top of a cluster for its editable title. */
export const CLUSTER_HEADER = 52
export const CLUSTER_MAX_COLUMNS = 3
export const CLUSTER_MAX_WIDTH =
  2 * CLUSTER_PADDING + CLUSTER_MAX_COLUMNS * NOTE_WIDTH + (CLUSTER_MAX_COLUMNS - 1) * GAP

export const FRAME_PADDING = 32
/** Room above a frame's content for the dimension's title and prompt. */
export const FRAME_HEADER = 132
/** Two of the widest clusters side by side: the frame is sized for clustering, not for raw notes. */
export const FRAME_CONTENT_WIDTH = 2 * CLUSTER_MAX_WIDTH + GAP
export const FRAME_WIDTH = FRAME_CONTENT_WIDTH + 2 * FRAME_PADDING
export const FRAME_MIN_HEIGHT = 900
export const FRAME_SPACING = 96
