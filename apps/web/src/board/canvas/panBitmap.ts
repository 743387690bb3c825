import type Konva from 'konva'
import { Canvas } from 'konva/lib/Canvas'
import type { Rect } from '../geometry/types'
import type { Viewport } from '../geometry/viewport'
import { type BitmapRect, bitmapRect } from './bitmapRect'

/** Screen pixels a selected or matched note's outline reaches past its rectangle (NoteNode), and some. */
const OUTLINE_REACH = 4
/** World units a cluster's outline reaches past its rectangle (ClusterNode: 4 wide, centred). */
const CLUSTER_STROKE_REACH = 2

/** What Konva tells a node's subtree observers (the Transformer's hook, private in Konva 10). */
interface SubtreeObserver {
  _onSubtreeChange(node: Konva.Node): void
}
type Observable = Konva.Layer & {
  _addSubtreeObserver(observer: SubtreeObserver): void
  _removeSubtreeObserver(observer: SubtreeObserver): void
}

/**
 * The content layer as one bitmap while the view pans.
 *
 * A pan changes nothing but where the picture is: zoomed out on a board of
 * thousands of notes, drawing every note again on every frame is most of the
 * frame. During a pan the layer is drawn once into a bitmap (a Konva cache)
 * of what the cull keeps drawn, and each frame copies it, at one device
 * pixel per pixel, so the picture is the one a draw would give.
 *
 * Anything that changes below the layer (a note arrives or moves, a vote, a
 * selection, the cull hiding or showing notes) drops the bitmap at once,
 * through Konva's subtree observers; the next frame of the pan takes a new
 * one. A zoom, or the end of the pan, drops it too: the layer then draws its
 * nodes again, and listens again.
 */
export class PanBitmap implements SubtreeObserver {
  private taken: { scale: number; area: Rect } | null = null

  constructor(private readonly layer: Konva.Layer) {
    ;(layer as Observable)._addSubtreeObserver(this)
  }

  /**
   * Before a pan frame's draw: keeps the bitmap when it still fits the view,
   * or takes one of `area` (the cull's, in world units) around `content`.
   */
  show(view: Viewport, area: Rect, content: () => Rect | null): void {
    const taken = this.taken
    if (taken && taken.scale === view.scale && taken.area === area) return
    this.drop()
    const pad = CLUSTER_STROKE_REACH + OUTLINE_REACH / view.scale
    const devicePixelRatio = this.layer.getCanvas().getPixelRatio()
    const rect = bitmapRect(view, area, content(), pad, devicePixelRatio)
    if (!rect) return
    cacheWithScreenOutlines(this.layer, rect, devicePixelRatio)
    this.taken = { scale: view.scale, area }
  }

  /** Back to drawing the nodes, on the next frame. */
  drop(): void {
    if (!this.taken) return
    this.taken = null
    this.layer.clearCache()
    this.layer.batchDraw()
  }

  _onSubtreeChange(): void {
    this.drop()
  }

  dispose(): void {
    this.drop()
    ;(this.layer as Observable)._removeSubtreeObserver(this)
  }
}

/**
 * `layer.cache(rect)`, with the outlines drawn in screen pixels (a selected
 * note's, `strokeScaleEnabled: false`) as wide as on the screen. Konva strokes
 * those at its canvas's pixel ratio, which for this bitmap is the view's scale
 * times the screen's: the outline of a selected note would come out at a
 * fraction of its width. While the bitmap is drawn, its canvas reports the
 * screen's pixel ratio; the stroke's path is already in its pixels by then,
 * and nothing else drawn here asks for it.
 */
function cacheWithScreenOutlines(layer: Konva.Layer, rect: BitmapRect, screenRatio: number) {
  const { getPixelRatio } = Canvas.prototype
  Canvas.prototype.getPixelRatio = function (this: Canvas) {
    return this.isCache ? screenRatio : getPixelRatio.call(this)
  }
  try {
    layer.cache(rect)
  } finally {
    Canvas.prototype.getPixelRatio = getPixelRatio
  }
}
