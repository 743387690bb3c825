import type * as Y from 'yjs'
import { LAYOUT_MAPS } from '../layout.js'
import type { LayoutState, Point, Size } from '../types.js'
import { isRecord } from './values.js'

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/**
 * The layout document as plain data; malformed entries are skipped.
 *
 * @example
 * readLayout(layoutDoc).positions[noteId] // { x: 10, y: 20 } | undefined
 */
export function readLayout(doc: Y.Doc): LayoutState {
  const positions: Record<string, Point> = {}
  for (const [id, v] of doc.getMap<unknown>(LAYOUT_MAPS.positions).entries()) {
    if (isRecord(v) && finite(v.x) && finite(v.y)) positions[id] = { x: v.x, y: v.y }
  }
  const sizes: Record<string, Size> = {}
  for (const [id, v] of doc.getMap<unknown>(LAYOUT_MAPS.sizes).entries()) {
    if (isRecord(v) && finite(v.w) && finite(v.h)) sizes[id] = { w: v.w, h: v.h }
  }
  return { positions, sizes }
}
