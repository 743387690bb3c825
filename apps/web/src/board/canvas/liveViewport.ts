import type { Viewport } from '../geometry/viewport'

/**
 * The canvas's view as drawn, ahead of React's copy during a pan.
 *
 * A pan moves the Konva stage itself on every pointer move, as plain Konva
 * does (a React render per move cost a scheduled task and a frame of delay
 * on every move of a pan over 2,000 notes), and hands React the view once,
 * when it ends. Every other change (a zoom, a pinch, a fit) starts from the
 * view as drawn, never from React's copy, so a wheel turned during a pan
 * keeps the pan instead of jumping back to where it began.
 *
 * A pan moves the view by whole device pixels from where it began (pointers
 * report fractions of a pixel): the picture then stays on the screen's pixel
 * grid, and the pan's bitmap (panBitmap.ts) is copied without resampling.
 */
export class LiveViewport {
  private view: Viewport
  /** A pan moved the view since React last got it. */
  private ahead = false
  /** The pan under way: the view it began from and how far the pointer moved since, unrounded. */
  private pan: { from: Viewport; dx: number; dy: number } | null = null

  constructor(
    initial: Viewport,
    /** Gives React the view to render (the Stage's props, level of detail, culling). */
    private readonly render: (view: Viewport) => void,
    /** Told of every change, pan steps included (follow-me publishes the view from it). */
    private readonly changed: (view: Viewport) => void = () => {},
    /** Device pixels per CSS pixel of the screen drawn on. */
    private readonly pixelRatio = 1,
  ) {
    this.view = initial
  }

  get current(): Viewport {
    return this.view
  }

  /** A change React renders at once, computed from the view as drawn. */
  update(change: (view: Viewport) => Viewport): Viewport {
    this.view = change(this.view)
    this.ahead = false
    this.pan = null
    this.render(this.view)
    this.changed(this.view)
    return this.view
  }

  /** One step of a pan: the caller moves the stage; React is told at `settle`. */
  panBy(dx: number, dy: number): Viewport {
    this.pan ??= { from: this.view, dx: 0, dy: 0 }
    const pan = this.pan
    pan.dx += dx
    pan.dy += dy
    const whole = (d: number) => Math.round(d * this.pixelRatio) / this.pixelRatio
    this.view = { ...pan.from, x: pan.from.x + whole(pan.dx), y: pan.from.y + whole(pan.dy) }
    this.ahead = true
    this.changed(this.view)
    return this.view
  }

  /** The pan ended: React gets the view it left behind (nothing when it did not move). */
  settle(): void {
    this.pan = null
    if (!this.ahead) return
    this.ahead = false
    this.render(this.view)
  }
}
