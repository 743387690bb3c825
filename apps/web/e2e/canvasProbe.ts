import { lyonDataset, type WorkshopDataset } from '@atelier/fixtures'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

// The canvas tests' view of the facilitator's Konva stage: what the notes
// and cluster frames look like on screen, measured; a small fresh workshop;
// a mouse drag; waiting for the board to settle.

export interface ScreenRect {
  id: string
  x: number
  y: number
  w: number
  h: number
  /** A note's text, or a cluster's title. */
  text?: string
  /** World position (Konva x/y), which a pinch must not change. */
  world?: { x: number; y: number }
}

interface KonvaNode {
  id(): string
  name(): string
  visible(): boolean
  isVisible(): boolean
  fontSize(): number
  text(): string
  opacity(): number
  getAbsoluteScale(): { x: number; y: number }
  getClientRect(options?: { skipStroke?: boolean; skipShadow?: boolean }): DOMRect
  findOne(selector: string): KonvaNode | undefined
  find(selector: string): KonvaNode[]
  getChildren(filter?: (n: KonvaNode) => boolean): KonvaNode[]
  position(): { x: number; y: number }
  scaleX(): number
  container(): HTMLElement
}

/** Every note and cluster frame as drawn (page coordinates), and the text size of the notes in view. */
export function probeCanvas(page: Page) {
  return page.evaluate(() => {
    const stage = (window as unknown as { Konva: { stages: KonvaNode[] } }).Konva.stages.at(-1)!
    const box = stage.container().getBoundingClientRect()
    const rectOf = (node: KonvaNode) => {
      // The outer Rect: a note's or a frame's own size, without the text's overflow.
      const shape = node.findOne('Rect') ?? node
      const r = shape.getClientRect({ skipStroke: true, skipShadow: true })
      const label = node.findOne('Text')
      return {
        id: node.id(),
        x: box.x + r.x,
        y: box.y + r.y,
        w: r.width,
        h: r.height,
        text: label?.text() ?? '',
        world: node.position(),
      }
    }
    const notes = stage.find('Group').filter((n) => n.id().startsWith('note-'))
    const clusters = stage.find('Group').filter((n) => n.id().startsWith('cluster-'))
    const inView = (r: { x: number; y: number; w: number; h: number }) =>
      r.x + r.w > box.x && r.x < box.x + box.width && r.y + r.h > box.y && r.y < box.y + box.height
    const noteRects = notes.map(rectOf)
    const textPx = notes
      .filter((_n, i) => inView(noteRects[i]!))
      .map((n) => {
        const text = n.findOne('.note-text')!
        return text.isVisible() ? text.fontSize() * text.getAbsoluteScale().x : 0
      })
    return {
      box: { x: box.x, y: box.y, w: box.width, h: box.height },
      scale: stage.scaleX(),
      notes: noteRects,
      clusters: clusters.map(rectOf),
      inView: noteRects.filter(inView).map((r) => r.id),
      textPx,
      matches: stage.find('.note-match').length,
      faded: notes.filter((n) => n.opacity() < 0.5).length,
    }
  })
}

/** Pairs of rectangles that overlap by more than `tolerance` pixels each way. */
export function overlapping(rects: readonly ScreenRect[], tolerance = 0.5): string[] {
  const pairs: string[] = []
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!
      const b = rects[j]!
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
      if (dx > tolerance && dy > tolerance) pairs.push(`${a.id}/${b.id}`)
    }
  return pairs
}

/** The note whose text starts with `text`, as drawn now. */
export async function noteByText(page: Page, text: string): Promise<ScreenRect> {
  const probe = await probeCanvas(page)
  const note = probe.notes.find((n) => n.text?.startsWith(text))
  if (!note) throw new Error(`no note "${text}"`)
  return note
}

export function centre(r: ScreenRect): { x: number; y: number } {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 }
}

/** A point of empty canvas (where a drag pans), near the canvas's centre, in page coordinates. */
export function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    type Stage = {
      container(): HTMLElement
      getIntersection(p: { x: number; y: number }): unknown
    }
    const stage = (window as unknown as { Konva: { stages: Stage[] } }).Konva.stages.at(-1)!
    const box = stage.container().getBoundingClientRect()
    // Clear of the search bar at the top and the toolbar at the bottom.
    for (let r = 0; r < 400; r += 10)
      for (let a = 0; a < 16; a++) {
        const p = {
          x: box.width / 2 + r * Math.cos((a * Math.PI) / 8),
          y: box.height / 2 + r * Math.sin((a * Math.PI) / 8),
        }
        if (p.y < 100 || p.y > box.height - 150) continue
        if (!stage.getIntersection(p)) return { x: box.x + p.x, y: box.y + p.y }
      }
    throw new Error('no empty point on the canvas')
  })
}

/** A small fresh workshop: a few loose notes of the first two dimensions, no clusters. */
export function smallWorkshop(): WorkshopDataset {
  const data = lyonDataset()
  const [first, second] = data.dimensions
  const notes = [
    ...data.notes.filter((n) => n.dimension === first!.id).slice(0, 5),
    ...data.notes.filter((n) => n.dimension === second!.id).slice(0, 2),
  ].map((n) => ({ ...n, cluster: null }))
  return { ...data, notes, clusters: [], votes: [] }
}

/** A mouse drag, then waits for the board to settle. */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
  await boardReady(page)
}

/** Nothing on the canvas overlaps: notes with notes, cluster frames with frames. */
export async function expectTidy(page: Page) {
  const probe = await probeCanvas(page)
  expect(overlapping(probe.notes)).toEqual([])
  expect(overlapping(probe.clusters)).toEqual([])
}

export const inside = (r: ScreenRect, frame: ScreenRect) =>
  r.x >= frame.x - 1 &&
  r.y >= frame.y - 1 &&
  r.x + r.w <= frame.x + frame.w + 1 &&
  r.y + r.h <= frame.y + frame.h + 1

/** Waits until the board has drawn its notes and the view stops moving. */
export async function boardReady(page: Page): Promise<void> {
  await page.locator('.board-canvas canvas').first().waitFor()
  let last = ''
  let same = 0
  for (let i = 0; i < 150; i++) {
    const probe = await probeCanvas(page).catch(() => null)
    // Every note and frame, not a sample: after a drop the re-flow may still be
    // moving notes past the first few (a sample let a half-settled board through).
    const now = JSON.stringify(probe && [probe.scale, probe.notes, probe.clusters, probe.matches])
    same = probe && probe.notes.length > 0 && now === last ? same + 1 : 0
    // Unchanged over three probes (~360 ms): on a loaded machine a re-flow's
    // steps (a write, its round trip, the next layout) can be 120 ms apart.
    if (same >= 3) return
    last = now
    await page.waitForTimeout(120)
  }
  throw new Error('the board never settled')
}
