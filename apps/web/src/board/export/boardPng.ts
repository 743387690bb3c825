import type Konva from 'konva'
import { showAllNotes } from '../canvas/culling'
import { showNoteText } from '../canvas/levelOfDetail'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import type { Rect } from '../geometry/types'
import type { BoardStore } from '../store/boardStore'
import { exportBounds, exportPixelRatio } from './pngBounds'

export interface BoardImage {
  blob: Blob
  width: number
  height: number
}

/** The canvas background behind the frames (`.board__main` in board.css). */
const BACKGROUND = '#ebe8e1'
const MARGIN = 48

/** The world rectangle of the whole board: every frame, cluster and visible note. */
export function boardBounds(store: BoardStore): Rect | null {
  const items: Rect[] = []
  for (const cluster of store.allClusters()) items.push(cluster.rect)
  for (const note of store.allNotes())
    if (!note.hidden) items.push({ x: note.x, y: note.y, width: NOTE_WIDTH, height: NOTE_HEIGHT })
  return exportBounds(
    store.frames.map((f) => f.rect),
    items,
    MARGIN,
  )
}

/** Notes hidden by moderation: the facilitator sees them faded, no export shows them. */
export function hiddenNoteIds(store: BoardStore): string[] {
  return [...store.allNotes()].filter((n) => n.hidden).map((n) => n.id)
}

/**
 * Draws the whole board, not the viewport, into a PNG, without the notes in
 * `leaveOut`. The stage is moved to the board's origin at zoom 1 (and those
 * notes hidden) for the time of one synchronous draw into an off-screen
 * canvas, then put back: the user's viewport is restored before the browser
 * paints again, so nothing moves or blinks on screen.
 */
export async function renderBoardPng(
  stage: Konva.Stage,
  bounds: Rect,
  leaveOut: readonly string[] = [],
): Promise<BoardImage> {
  const ratio = exportPixelRatio(bounds)
  const position = stage.position()
  const scale = stage.scale()
  // Notes culled because they are off screen belong in the image.
  const unculled = showAllNotes(stage)
  const leftOut = leaveOut
    .map((id) => stage.findOne(`#note-${id}`))
    .filter((node): node is Konva.Node => node?.visible() === true)
  let drawn: HTMLCanvasElement
  // A zoomed-out board hides note text (level of detail): the export has it all.
  let textShown: Konva.Node[] = []
  try {
    textShown = showNoteText(stage, true)
    for (const node of leftOut) node.visible(false)
    stage.position({ x: -bounds.x, y: -bounds.y })
    stage.scale({ x: 1, y: 1 })
    drawn = stage.toCanvas({
      x: 0,
      y: 0,
      width: bounds.width,
      height: bounds.height,
      pixelRatio: ratio,
    })
  } finally {
    stage.position(position)
    stage.scale(scale)
    for (const node of leftOut) node.visible(true)
    for (const node of textShown) node.visible(false)
    for (const node of unculled) node.visible(false)
  }
  // Konva leaves the space between frames transparent: lay the board's own background under it.
  const image = document.createElement('canvas')
  image.width = drawn.width
  image.height = drawn.height
  const context = image.getContext('2d')
  if (!context) throw new Error('no 2d context')
  context.fillStyle = BACKGROUND
  context.fillRect(0, 0, image.width, image.height)
  context.drawImage(drawn, 0, 0)
  const blob = await new Promise<Blob | null>((resolve) => image.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('the browser could not encode the image')
  return { blob, width: image.width, height: image.height }
}
