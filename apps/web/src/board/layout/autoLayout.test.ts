import { describe, expect, it } from 'vitest'
import { rectsIntersect } from '../geometry/hitTest'
import type { Point, Rect } from '../geometry/types'
import { autoLayout, type LayoutInput, noteRect } from './autoLayout'
import { contentArea, frameRects } from './frames'

const dimensions = [
  { id: 'vision', order: 0 },
  { id: 'reseau', order: 2 },
  { id: 'efficacite', order: 1 },
]

function input(partial: Partial<LayoutInput>): LayoutInput {
  return {
    dimensions,
    notes: [],
    clusters: [],
    membership: {},
    notePositions: {},
    clusterRects: {},
    ...partial,
  }
}

function notes(count: number, dimension: string, prefix = dimension) {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, dimension }))
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

function expectNoOverlap(rects: Rect[]) {
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      expect(rectsIntersect(rects[i]!, rects[j]!), `rects ${i} and ${j} overlap`).toBe(false)
    }
  }
}

describe('autoLayout', () => {
  it('places incoming notes inside their own frame without overlap', () => {
    const all = [...notes(40, 'vision'), ...notes(7, 'efficacite'), ...notes(13, 'reseau')]
    const patch = autoLayout(input({ notes: all }))
    const frames = frameRects(dimensions)
    for (const note of all) {
      const p = patch.notes[note.id]!
      const area = contentArea(frames.get(note.dimension)!)
      // Frames grow downwards, so only the horizontal extent and the top are fixed.
      expect(contains({ ...area, height: Number.POSITIVE_INFINITY }, noteRect(p))).toBe(true)
    }
    expectNoOverlap(Object.values(patch.notes).map(noteRect))
  })

  it('orders frames by dimension order', () => {
    const frames = frameRects(dimensions)
    expect(frames.get('vision')!.x).toBeLessThan(frames.get('efficacite')!.x)
    expect(frames.get('efficacite')!.x).toBeLessThan(frames.get('reseau')!.x)
  })

  it('never moves what the facilitator placed, and avoids it', () => {
    const area = contentArea(frameRects(dimensions).get('vision')!)
    const placed: Record<string, Point> = { 'vision-0': { x: area.x, y: area.y } }
    const cluster = { x: area.x + 300, y: area.y, width: 500, height: 400 }
    const patch = autoLayout(
      input({
        notes: notes(12, 'vision'),
        clusters: [{ id: 'c1', dimension: 'vision' }],
        notePositions: placed,
        clusterRects: { c1: cluster },
      }),
    )
    expect(patch.notes['vision-0']).toBeUndefined()
    expect(patch.clusters.c1).toBeUndefined()
    const rects = [
      noteRect(placed['vision-0']!),
      cluster,
      ...Object.values(patch.notes).map(noteRect),
    ]
    expectNoOverlap(rects)
  })

  it('sizes and places new clusters, then puts their members inside them', () => {
    const all = notes(20, 'vision')
    const membership: Record<string, string> = {}
    all.forEach((n, i) => {
      if (i < 7) membership[n.id] = 'a'
      else if (i < 9) membership[n.id] = 'b'
    })
    const patch = autoLayout(
      input({
        notes: all,
        clusters: [
          { id: 'a', dimension: 'vision' },
          { id: 'b', dimension: 'vision' },
        ],
        membership,
      }),
    )
    const a = patch.clusters.a!
    const b = patch.clusters.b!
    expect(rectsIntersect(a, b)).toBe(false)
    for (const note of all) {
      const rect = noteRect(patch.notes[note.id]!)
      const cluster = membership[note.id]
      if (cluster) expect(contains(patch.clusters[cluster]!, rect)).toBe(true)
      else expect(rectsIntersect(rect, a) || rectsIntersect(rect, b)).toBe(false)
    }
    expectNoOverlap(Object.values(patch.notes).map(noteRect))
  })

  it('grows an existing cluster that receives more notes than it has room for', () => {
    const area = contentArea(frameRects(dimensions).get('vision')!)
    const small = { x: area.x, y: area.y, width: 232, height: 198 }
    const all = notes(3, 'vision')
    const patch = autoLayout(
      input({
        notes: all,
        clusters: [{ id: 'c', dimension: 'vision' }],
        membership: { 'vision-0': 'c', 'vision-1': 'c', 'vision-2': 'c' },
        clusterRects: { c: small },
      }),
    )
    const grown = patch.clusters.c!
    for (const note of all) expect(contains(grown, noteRect(patch.notes[note.id]!))).toBe(true)
    expect(grown.width).toBe(small.width)
  })

  it('is deterministic', () => {
    const all = [...notes(30, 'vision'), ...notes(30, 'reseau')]
    expect(autoLayout(input({ notes: all }))).toEqual(autoLayout(input({ notes: all })))
  })
})
