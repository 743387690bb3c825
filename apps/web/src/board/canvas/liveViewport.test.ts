import { describe, expect, it } from 'vitest'
import { type Viewport, zoomAt } from '../geometry/viewport'
import { LiveViewport } from './liveViewport'

function setup() {
  const rendered: Viewport[] = []
  const changed: Viewport[] = []
  const live = new LiveViewport(
    { x: 0, y: 0, scale: 1 },
    (v) => rendered.push(v),
    (v) => changed.push(v),
  )
  return { live, rendered, changed }
}

describe('LiveViewport', () => {
  it('renders a pan once, at its end, with every step told as it happens', () => {
    const { live, rendered, changed } = setup()
    live.panBy(10, 5)
    live.panBy(-3, 2)
    expect(rendered).toEqual([])
    expect(changed).toEqual([
      { x: 10, y: 5, scale: 1 },
      { x: 7, y: 7, scale: 1 },
    ])
    live.settle()
    expect(rendered).toEqual([{ x: 7, y: 7, scale: 1 }])
  })

  it("moves by whole device pixels from where the pan began, losing none of the pointer's fractions", () => {
    const rendered: Viewport[] = []
    const live = new LiveViewport(
      { x: 10.3, y: 0.25, scale: 0.5 },
      (v) => rendered.push(v),
      () => {},
      2,
    )
    for (let i = 0; i < 10; i++) live.panBy(0.13, -0.3)
    // 1.3 and -3 CSS pixels: 2.6 device pixels round to 3, -6 stay -6.
    expect(live.current.x).toBeCloseTo(10.3 + 1.5, 9)
    expect(live.current.y).toBeCloseTo(0.25 - 3, 9)
    live.settle()
    expect(rendered).toEqual([live.current])
    // The next pan starts from the view the last one left.
    live.panBy(0.2, 0)
    expect(live.current.x).toBeCloseTo(11.8, 9)
    live.panBy(0.1, 0)
    expect(live.current.x).toBeCloseTo(12.3, 9)
  })

  it('renders nothing when a pan ends without moving', () => {
    const { live, rendered } = setup()
    live.settle()
    expect(rendered).toEqual([])
  })

  it('zooms from the view as drawn, keeping a pan not yet rendered', () => {
    const { live, rendered } = setup()
    live.panBy(100, 0)
    const zoomed = live.update((v) => zoomAt(v, { x: 0, y: 0 }, 2))
    expect(zoomed).toEqual({ x: 200, y: 0, scale: 2 })
    expect(rendered).toEqual([zoomed])
    // The zoom rendered the pan with it: its end has nothing left to render.
    live.settle()
    expect(rendered).toEqual([zoomed])
  })
})
