import Konva from 'konva'
import { type Ref, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Layer, Line, Stage } from 'react-konva'
import { FRAME_PADDING, NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { boundsOf } from '../geometry/hitTest'
import { initialFit, noteItem } from '../geometry/initialFit'
import type { Rect } from '../geometry/types'
import { fitBounds, MAX_SCALE, type Viewport, visibleWorld, zoomAt } from '../geometry/viewport'
import type { BoardStore } from '../store/boardStore'
import { useBoardLists } from '../store/hooks'
import type { Selection } from '../store/selection'
import { ClusterNode } from './ClusterNode'
import type { CanvasController } from './controller'
import { type CulledArea, cullNotes, stillCovered } from './culling'
import { FramesLayer } from './FramesLayer'
import { showNoteText, TEXT_MIN_SCALE } from './levelOfDetail'
import { LiveViewport } from './liveViewport'
import { NoteNode } from './NoteNode'
import { PanBitmap } from './panBitmap'
import { useStageGestures } from './useStageGestures'

/** Screens of margin around the view in which off-screen notes are still drawn. */
const CULL_MARGIN = 0.25
/** Screen pixels at the canvas's top covered by the search bar (board.css `.canvas-search`). */
const SEARCH_BAR_ROOM = 72

export interface CanvasHandle {
  /** Shows every note (the Fit button); the frames when there are none. */
  fit(): void
  zoomBy(factor: number): void
  /** Shows this world-space region (a suggestion's notes, a search hit), never zoomed past `maxScale`. */
  fitRect(rect: Rect, leftInset?: number, maxScale?: number): void
  viewport(): Viewport
  stage(): Konva.Stage | null
}

interface BoardCanvasProps {
  store: BoardStore
  selection: Selection
  controller: CanvasController | null
  lassoMode?: boolean
  untitled: string
  /** Refit whenever the board's extent changes (the projector follows the facilitator). */
  autoFit?: boolean
  /** With autoFit: show this region (a cluster the facilitator puts forward) instead of the whole board. */
  fitTo?: Rect | null
  label: string
  handle?: Ref<CanvasHandle>
  /** Search matches, outlined. */
  matches?: Selection
  onViewportChange?: (v: Viewport) => void
}

/**
 * The board on a Konva stage: frames on a static, non-listening layer; clusters
 * and notes on the content layer; the lasso, while one is drawn, on its own layer.
 */
export function BoardCanvas(props: BoardCanvasProps) {
  const {
    store,
    selection,
    controller,
    lassoMode = false,
    untitled,
    autoFit = false,
    fitTo = null,
    label,
    handle,
    matches,
  } = props
  const container = useRef<HTMLDivElement>(null)
  const stageRef = useRef<Konva.Stage>(null)
  const [size, setSize] = useState({ width: 0, height: 0 })
  const [viewport, setViewportState] = useState<Viewport>({ x: 0, y: 0, scale: 0.4 })
  const onViewportChange = useRef(props.onViewportChange)
  onViewportChange.current = props.onViewportChange
  // The view as drawn: React's `viewport` lags behind it during a pan (see LiveViewport).
  const [live] = useState(
    () =>
      new LiveViewport(
        viewport,
        setViewportState,
        (v) => onViewportChange.current?.(v),
        Konva.pixelRatio,
      ),
  )
  /** What the opening fit saw: nothing yet, only frames (no note had arrived), or notes. */
  const fitted = useRef<'no' | 'frames' | 'notes'>('no')
  const { noteIds, clusterIds, frames } = useBoardLists(store)

  const setViewport = (update: (v: Viewport) => Viewport) => {
    // A zoom or a fit during a pan: the pan's bitmap is of another scale.
    panBitmap.current?.drop()
    live.update(update)
  }

  // The facilitator's search bar covers the canvas's top edge: fits start below it.
  const topInset = controller ? SEARCH_BAR_ROOM - 24 : 0
  const noteRects = () =>
    [...store.allNotes()].map((n) => ({ x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }))

  const fit = () => {
    if (size.width === 0) return
    if (fitTo) {
      setViewport(() => fitBounds(fitTo, size, 48))
      return
    }
    // The projector shows the whole board, frames included; the facilitator's Fit shows the notes.
    const clusterRects = [...store.allClusters()].filter((c) => c.noteCount > 0).map((c) => c.rect)
    const rects = autoFit
      ? frames.map((f) => f.rect).concat(noteRects())
      : noteRects().concat(clusterRects)
    const bounds = boundsOf(rects) ?? boundsOf(frames.map((f) => f.rect))
    if (!bounds) return
    const v = fitBounds(bounds, { width: size.width, height: size.height - topInset }, 24, 'top')
    setViewport(() => ({ ...v, y: v.y + topInset }))
  }

  /** The view the facilitator's board opens with: readable notes (see `initialFit`). */
  const openingFit = () => {
    const order = [...frames].sort((a, b) => a.rect.x - b.rect.x).map((f) => f.id)
    const notes = [...store.allNotes()]
    const held = new Set(notes.map((n) => n.clusterId))
    const withNotes = new Set(notes.map((n) => n.dimension))
    const items = [
      ...notes.map((n) => noteItem(n, n.dimension)),
      ...[...store.allClusters()]
        .filter((c) => held.has(c.id))
        .map((c) => ({ rect: c.rect, dimension: c.dimension })),
      // The title of each theme shown: a point where its text starts, so it widens nothing.
      ...frames
        .filter((f) => withNotes.has(f.id))
        .map((f) => ({
          rect: { x: f.rect.x + FRAME_PADDING, y: f.rect.y + 20, width: 1, height: 1 },
          dimension: f.id,
        })),
    ]
    // The search bar sits over the canvas's top edge: the board starts below it.
    const view = initialFit(items, order, size, { margin: 24, top: SEARCH_BAR_ROOM })
    if (view) setViewport(() => view)
    else fit()
  }

  useImperativeHandle(handle, () => ({
    fit,
    fitRect: (rect, leftInset = 0, maxScale = MAX_SCALE) => {
      // leftInset: screen pixels covered by a drawer; fit into what stays visible.
      const visible = { width: size.width - leftInset, height: size.height - topInset }
      if (visible.width <= 0 || visible.height <= 0) return
      let v = fitBounds(rect, visible, 64)
      if (v.scale > maxScale)
        v = zoomAt(v, { x: visible.width / 2, y: visible.height / 2 }, maxScale / v.scale)
      setViewport(() => ({ ...v, x: v.x + leftInset, y: v.y + topInset }))
    },
    zoomBy: (factor) =>
      setViewport((v) => zoomAt(v, { x: size.width / 2, y: size.height / 2 }, factor)),
    viewport: () => live.current,
    stage: () => stageRef.current,
  }))

  useLayoutEffect(() => {
    const element = container.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // Fit once when the board first has a size and content; the projector refits on every change.
  useLayoutEffect(() => {
    if (size.width === 0 || frames.length === 0) return
    if (autoFit) fit()
    else if (fitted.current === 'no' || (fitted.current === 'frames' && noteIds.length > 0))
      openingFit()
    else return
    // Opened before any note arrived (a live collection): fit again once, when the first ones come.
    fitted.current = noteIds.length > 0 ? 'notes' : 'frames'
  }, [
    size.width,
    size.height,
    frames,
    autoFit && noteIds,
    noteIds.length > 0,
    fitTo?.x,
    fitTo?.y,
    fitTo?.width,
    fitTo?.height,
  ])

  // A pan moves the stage itself, outside React (which renders the view once,
  // when the pan ends), and once per frame: pointer moves come two or three a
  // frame while 2,000 notes draw, and each move of the stage clears the
  // transform cache of its 6,000 nodes. The move is queued in Konva's own frame
  // queue ahead of the draw it asks for, so it is drawn in the same frame; the
  // notes are drawn once per pan into a bitmap that each frame copies (PanBitmap).
  const panQueued = useRef(false)
  const showPan = () => {
    panQueued.current = false
    const view = live.current
    stageRef.current?.position({ x: view.x, y: view.y })
    cull(false)
    if (culled.current) panBitmap.current?.show(view, culled.current.area, contentBounds)
  }
  const panBy = (dx: number, dy: number) => {
    live.panBy(dx, dy)
    const stage = stageRef.current
    if (!stage || panQueued.current) return
    panQueued.current = true
    Konva.Util.requestAnimFrame(showPan, stage._getOwnerWindow())
    stage.batchDraw()
  }

  const { lasso, moving, handlers } = useStageGestures({
    container,
    view: () => live.current,
    setViewport,
    panBy,
    panEnd: () => {
      panBitmap.current?.drop()
      live.settle()
    },
    lassoMode,
    onLasso: controller ? (polygon, additive) => controller.lasso(polygon, additive) : null,
    onEmptyClick: controller ? () => selection.clear() : null,
    onPinch: controller ? (on) => (on ? controller.pinchStarted() : controller.pinchEnded()) : null,
  })

  const contentLayer = useRef<Konva.Layer>(null)
  const panBitmap = useRef<PanBitmap | null>(null)
  const staged = size.width > 0
  useLayoutEffect(() => {
    const layer = contentLayer.current
    if (!layer) return
    const bitmap = new PanBitmap(layer)
    panBitmap.current = bitmap
    return () => {
      bitmap.dispose()
      panBitmap.current = null
    }
  }, [staged])
  /** The world rectangle of every note and cluster, for the pan's bitmap. */
  const contentBounds = () =>
    boundsOf(noteRects().concat([...store.allClusters()].map((c) => c.rect)))
  const detail = viewport.scale >= TEXT_MIN_SCALE
  useLayoutEffect(() => {
    if (contentLayer.current) showNoteText(contentLayer.current, detail)
  }, [detail, noteIds])

  // Off-screen notes are not drawn: re-culled when the view leaves what the
  // last cull kept drawn, and whenever notes move or come and go (the store's
  // positions, not React's, so it never lags; the view as drawn, not React's,
  // which a pan leaves behind).
  const sized = useRef(size)
  sized.current = size
  const culled = useRef<CulledArea | null>(null)
  const cull = (always: boolean) => {
    const layer = contentLayer.current
    const v = live.current
    const s = sized.current
    if (!layer || s.width === 0) return
    if (!always && stillCovered(culled.current, visibleWorld(v, s, 0), v.scale)) return
    const area = visibleWorld(v, s, CULL_MARGIN)
    cullNotes(layer, store, area)
    culled.current = { area, scale: v.scale }
  }
  useLayoutEffect(() => cull(false), [viewport, size])
  useLayoutEffect(() => cull(true), [noteIds])
  useLayoutEffect(() => store.subscribe(() => cull(true)), [store])

  // The same elements until notes or clusters come and go: a pan or a zoom
  // re-renders this component on every pointer move, and React then skips the
  // thousands of memoized nodes at once instead of comparing each one's props.
  const content = useMemo(
    () => (
      <>
        {clusterIds.map((id) => (
          <ClusterNode key={id} id={id} store={store} controller={controller} untitled={untitled} />
        ))}
        {noteIds.map((id) => (
          <NoteNode
            key={id}
            id={id}
            store={store}
            selection={selection}
            controller={controller}
            matches={matches}
          />
        ))}
      </>
    ),
    [clusterIds, noteIds, store, selection, controller, untitled, matches],
  )

  return (
    <div ref={container} className="board-canvas" role="img" aria-label={label}>
      {size.width > 0 ? (
        <Stage
          ref={stageRef}
          width={size.width}
          height={size.height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          {...(controller ? handlers : {})}
        >
          <FramesLayer frames={frames} />
          <Layer ref={contentLayer} listening={controller !== null && !moving}>
            {content}
          </Layer>
          {/* Only while a lasso is drawn: an empty layer is still a full-size
              canvas that the page composites on every frame of a pan. */}
          {lasso ? (
            <Layer listening={false}>
              <Line
                points={lasso.flatMap((p) => [p.x, p.y])}
                closed
                stroke="#2a62d8"
                strokeWidth={2 / viewport.scale}
                dash={[8 / viewport.scale, 6 / viewport.scale]}
                fill="rgba(42, 98, 216, 0.08)"
              />
            </Layer>
          ) : null}
        </Stage>
      ) : null}
    </div>
  )
}
