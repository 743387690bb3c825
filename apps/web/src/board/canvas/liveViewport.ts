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
 */
export class LiveViewport {
  private view: Viewport
  /** A pan moved the view since React last got it. */
  private ahead = false

  constructor(
    initial: Viewport,
    /** Gives React the view to render (the Stage's props, level of detail, culling). */
    private readonly render: (view: Viewport) => void,
    /** Told of every change, pan steps included (follow-me publishes the view from it). */
    private readonly changed: (view: Viewport) => void = () => {},
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
    this.render(this.view)
    this.changed(this.view)
    return this.view
  }

  /** One step of a pan: the caller moves the stage; React is told at `settle`. */
  panBy(dx: number, dy: number): Viewport {
    this.view = { ...this.view, x: this.view.x + dx, y: this.view.y + dy }
    this.ahead = true
    this.changed(this.view)
    return this.view
  }

  /** The pan ended: React gets the view it left behind (nothing when it did not move). */
  settle(): void {
    if (!this.ahead) return
    this.ahead = false
    this.render(this.view)
  }
}
