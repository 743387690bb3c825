import type * as Y from 'yjs'
import { BoardModelError } from '../../errors.js'
import { LAYOUT_MAPS } from '../../layout.js'
import { pointSchema, sizeSchema } from '../../schemas.js'
import type { Point, Size } from '../../types.js'

/**
 * Sets many canvas positions (notes or clusters) in one transaction, e.g.
 * at the end of a multi-select drag. Throws on non-finite coordinates.
 *
 * @example
 * setPositions(layoutDoc, { n1: { x: 10, y: 20 }, n2: { x: 10, y: 140 } }, 'facilitator')
 */
export function setPositions(doc: Y.Doc, positions: Record<string, Point>, origin?: unknown): void {
  const clean = Object.entries(positions).map(([id, p]) => {
    const parsed = pointSchema.safeParse(p)
    if (!parsed.success) throw new BoardModelError('invalid-position', `bad position for ${id}`)
    return [id, parsed.data] as const
  })
  const map = doc.getMap<unknown>(LAYOUT_MAPS.positions)
  doc.transact(() => {
    for (const [id, p] of clean) map.set(id, { x: p.x, y: p.y })
  }, origin)
}

/**
 * Sets one canvas position.
 *
 * @example
 * setPosition(layoutDoc, 'c1', { x: 400, y: 80 })
 */
export function setPosition(doc: Y.Doc, id: string, position: Point, origin?: unknown): void {
  setPositions(doc, { [id]: position }, origin)
}

/**
 * Sets a cluster frame's size.
 *
 * @example
 * setClusterSize(layoutDoc, 'c1', { w: 320, h: 240 })
 */
export function setClusterSize(doc: Y.Doc, clusterId: string, size: Size, origin?: unknown): void {
  const parsed = sizeSchema.safeParse(size)
  if (!parsed.success) throw new BoardModelError('invalid-size')
  doc.transact(() => {
    doc.getMap<unknown>(LAYOUT_MAPS.sizes).set(clusterId, { w: parsed.data.w, h: parsed.data.h })
  }, origin)
}

/**
 * Forgets positions and sizes of ids that left the board (deleted notes,
 * merged clusters), in one transaction.
 *
 * @example
 * forgetLayout(layoutDoc, ['n12', 'c7'])
 */
export function forgetLayout(doc: Y.Doc, ids: string[], origin?: unknown): void {
  const positions = doc.getMap<unknown>(LAYOUT_MAPS.positions)
  const sizes = doc.getMap<unknown>(LAYOUT_MAPS.sizes)
  const present = ids.filter((id) => positions.has(id) || sizes.has(id))
  if (present.length === 0) return
  doc.transact(() => {
    for (const id of present) {
      positions.delete(id)
      sizes.delete(id)
    }
  }, origin)
}
