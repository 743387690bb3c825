import { describe, expect, it } from 'vitest'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { rectsIntersect } from '../geometry/hitTest'
import type { Rect } from '../geometry/types'
import { type Geometry, type TidyPatch, tidy } from './tidy'

function after(g: Geometry, patch: TidyPatch) {
  const notes = g.notes.map((n) => ({ ...n, ...(patch.positions[n.id] ?? {}) }))
  const clusters = g.clusters.map((c) => {
    const p = patch.positions[c.id]
    const s = patch.sizes[c.id]
    return {
      id: c.id,
      rect: { ...c.rect, ...(p ?? {}), ...(s ? { width: s.w, height: s.h } : {}) },
    }
  })
  return { notes, clusters }
}

const noteRect = (n: { x: number; y: number }): Rect => ({
  ...n,
  width: NOTE_WIDTH,
  height: NOTE_HEIGHT,
})
const inside = (a: Rect, b: Rect) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height

function assertTidy(g: ReturnType<typeof after>) {
  const rects = g.notes.map((n) => noteRect(n))
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++)
      expect(rectsIntersect(rects[i]!, rects[j]!)).toBe(false)
  for (let i = 0; i < g.clusters.length; i++)
    for (let j = i + 1; j < g.clusters.length; j++)
      expect(rectsIntersect(g.clusters[i]!.rect, g.clusters[j]!.rect)).toBe(false)
  for (const n of g.notes) {
    const home = g.clusters.find((c) => c.id === n.clusterId)
    if (home) expect(inside(noteRect(n), home.rect)).toBe(true)
    else for (const c of g.clusters) expect(rectsIntersect(noteRect(n), c.rect)).toBe(false)
  }
}

describe('tidy', () => {
  it('after a merge every note sits inside the surviving cluster and nothing overlaps', () => {
    // c2 merged into c1: its notes now belong to c1 but are still where c2 was.
    const g: Geometry = {
      clusters: [
        { id: 'c1', rect: { x: 0, y: 0, width: 464, height: 214 } },
        { id: 'c3', rect: { x: 0, y: 240, width: 464, height: 214 } },
      ],
      notes: [
        { id: 'a', x: 16, y: 52, clusterId: 'c1' },
        { id: 'b', x: 232, y: 52, clusterId: 'c1' },
        { id: 'm1', x: 700, y: 52, clusterId: 'c1' },
        { id: 'm2', x: 916, y: 52, clusterId: 'c1' },
        { id: 'm3', x: 700, y: 198, clusterId: 'c1' },
        { id: 'x', x: 16, y: 292, clusterId: 'c3' },
        { id: 'loose', x: 200, y: 500, clusterId: null },
      ],
    }
    const result = after(g, tidy(g, new Set(['c1'])))
    assertTidy(result)
    expect(result.clusters.find((c) => c.id === 'c1')!.rect).toMatchObject({ x: 0, y: 0 })
  })

  it('keeps a just-dropped loose note where it was put and moves the others', () => {
    const g: Geometry = {
      clusters: [],
      notes: [
        { id: 'dropped', x: 100, y: 100, clusterId: null },
        { id: 'under', x: 150, y: 150, clusterId: null },
      ],
    }
    const patch = tidy(g, new Set(), new Set(['dropped']))
    expect(patch.positions.dropped).toBeUndefined()
    assertTidy(after(g, patch))
  })

  it('moves a note dropped across the edge of the cluster it left clear of that cluster', () => {
    const g: Geometry = {
      clusters: [{ id: 'c1', rect: { x: 0, y: 0, width: 680, height: 214 } }],
      notes: [
        { id: 'a', x: 16, y: 52, clusterId: 'c1' },
        { id: 'b', x: 232, y: 52, clusterId: 'c1' },
        { id: 'c', x: 448, y: 52, clusterId: 'c1' },
        // Taken out: its centre is outside the frame, its left part still over it.
        { id: 'out', x: 380, y: 40, clusterId: null },
      ],
    }
    const patch = tidy(g, new Set(['c1']), new Set(['out']))
    expect(patch.positions.out).toBeDefined()
    assertTidy(after(g, patch))
  })
})
