import type Konva from 'konva'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { rectsIntersect } from '../geometry/hitTest'
import type { Rect } from '../geometry/types'
import type { BoardStore } from '../store/boardStore'

// Culling: Konva draws every node of a layer, on screen or not. Zoomed in on
// a board of thousands of notes, most are off screen; hiding those (Konva
// visibility, outside React, from the store's positions) keeps a pan smooth.
// Whatever draws the whole board (the PNG export) calls `showAllNotes` first.

const NOTE_PREFIX = 'note-'

function noteNodes(layer: Konva.Container): Konva.Node[] {
  return layer.getChildren((node) => node.id().startsWith(NOTE_PREFIX))
}

/** Shows the notes whose rectangle meets `area` (world coordinates) and hides the others. */
export function cullNotes(layer: Konva.Container, store: BoardStore, area: Rect): void {
  for (const node of noteNodes(layer)) {
    const note = store.note(node.id().slice(NOTE_PREFIX.length))
    const inside =
      !note ||
      rectsIntersect({ x: note.x, y: note.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }, area)
    if (node.visible() !== inside) node.visible(inside)
  }
}

/** What the last cull showed: the world area it kept drawn, and the scale it did it at. */
export interface CulledArea {
  area: Rect
  scale: number
}

/**
 * True while the view (world rectangle on screen) stays inside what the last
 * cull kept drawn, at the same scale: every note on screen is drawn already and
 * the cull can wait. A pan then re-culls once per quarter screen (the cull's
 * margin) instead of on every pointer move; a zoom always re-culls.
 */
export function stillCovered(last: CulledArea | null, view: Rect, scale: number): boolean {
  if (!last || last.scale !== scale) return false
  const { area } = last
  return (
    view.x >= area.x &&
    view.y >= area.y &&
    view.x + view.width <= area.x + area.width &&
    view.y + view.height <= area.y + area.height
  )
}

/** Shows every culled note; returns them, to hide again afterwards. */
export function showAllNotes(stage: Konva.Stage): Konva.Node[] {
  const shown: Konva.Node[] = []
  for (const layer of stage.getLayers())
    for (const node of noteNodes(layer)) {
      if (node.visible()) continue
      node.visible(true)
      shown.push(node)
    }
  return shown
}
