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
