import type Konva from 'konva'
import { type RefObject, useEffect, useRef, useState } from 'react'
import type { Point } from '../geometry/types'
import { toWorld, type Viewport, zoomAt } from '../geometry/viewport'

type StageEvent<E> = Konva.KonvaEventObject<E>

interface GestureOptions {
  /** The element around the stage: fingers are counted there, wherever they land. */
  container: RefObject<HTMLElement | null>
  /** The view as drawn (ahead of React's during a pan). */
  view: () => Viewport
  setViewport: (update: (v: Viewport) => Viewport) => void
  /** One step of a pan: moves the stage by these screen pixels, without a React render. */
  panBy: (dx: number, dy: number) => void
  /** The pan is over (released, cancelled or turned into a pinch): React renders its view. */
  panEnd: () => void
  /** Lasso instead of pan for a one-finger / mouse drag on empty canvas. */
  lassoMode: boolean
  onLasso: ((polygon: Point[], additive: boolean) => void) | null
  onEmptyClick: (() => void) | null
  /** Told when a two-finger pinch starts (true) and ends (false), wherever it started. */
  onPinch?: ((pinching: boolean) => void) | null
}

interface Pinch {
  last: Point
  distance: number
}

/**
 * Gestures on the canvas: wheel zooms at the cursor, a drag on empty canvas
 * pans (or draws a lasso with Shift or the lasso tool), two fingers
 * pinch-zoom and pan. A one-finger gesture that starts on a note or cluster
 * belongs to that node's drag; a second finger makes it a pinch wherever the
 * first one landed (the node's drag is cancelled: a pinch never moves notes).
 * Fingers are counted with native listeners on the container (capture
 * phase), so a pinch is seen whatever Konva does with the events.
 */
export function useStageGestures({
  container,
  view,
  setViewport,
  panBy,
  panEnd,
  lassoMode,
  onLasso,
  onEmptyClick,
  onPinch,
}: GestureOptions) {
  const pointers = useRef(new Map<number, Point>())
  const pinch = useRef<Pinch | null>(null)
  const gesture = useRef<{
    kind: 'pan' | 'lasso'
    start: Point
    last: Point
    moved: boolean
    additive: boolean
  } | null>(null)
  const [lasso, setLasso] = useState<Point[] | null>(null)
  // While the view moves, the content layer stops listening: Konva then skips
  // redrawing its hit canvas, about half the cost of every frame of a pan.
  const [moving, setMoving] = useState(false)
  const wheelEnd = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => clearTimeout(wheelEnd.current ?? undefined), [])
  const latest = useRef({ setViewport, panEnd, onPinch })
  latest.current = { setViewport, panEnd, onPinch }

  useEffect(() => {
    const element = container.current
    if (!element) return
    const local = (e: PointerEvent): Point => {
      const box = element.getBoundingClientRect()
      return { x: e.clientX - box.left, y: e.clientY - box.top }
    }
    const two = () => [...pointers.current.values()].slice(0, 2) as [Point, Point]
    const down = (e: PointerEvent) => {
      // A primary pointer going down means no other is down: forget any lost pointerup.
      if (e.isPrimary) pointers.current.clear()
      pointers.current.set(e.pointerId, local(e))
      if (pointers.current.size !== 2) return
      const [a, b] = two()
      pinch.current = { last: mid(a, b), distance: dist(a, b) }
      if (gesture.current?.kind === 'pan') latest.current.panEnd()
      gesture.current = null
      setLasso(null)
      setMoving(true)
      latest.current.onPinch?.(true)
    }
    const move = (e: PointerEvent) => {
      if (!pointers.current.has(e.pointerId)) return
      pointers.current.set(e.pointerId, local(e))
      const current = pinch.current
      if (!current || pointers.current.size < 2) return
      const [a, b] = two()
      const center = mid(a, b)
      const distance = dist(a, b)
      const factor = current.distance > 0 ? distance / current.distance : 1
      const { last } = current
      latest.current.setViewport((v) =>
        zoomAt({ ...v, x: v.x + center.x - last.x, y: v.y + center.y - last.y }, center, factor),
      )
      pinch.current = { last: center, distance }
    }
    const up = (e: PointerEvent) => {
      pointers.current.delete(e.pointerId)
      if (!pinch.current || pointers.current.size > 0) return
      pinch.current = null
      setMoving(false)
      latest.current.onPinch?.(false)
    }
    const options = { capture: true }
    element.addEventListener('pointerdown', down, options)
    element.addEventListener('pointermove', move, options)
    window.addEventListener('pointerup', up, options)
    window.addEventListener('pointercancel', up, options)
    return () => {
      element.removeEventListener('pointerdown', down, options)
      element.removeEventListener('pointermove', move, options)
      window.removeEventListener('pointerup', up, options)
      window.removeEventListener('pointercancel', up, options)
    }
  }, [container])

  const screenPoint = (event: PointerEvent | WheelEvent, stage: Konva.Stage): Point => {
    const box = stage.container().getBoundingClientRect()
    return { x: event.clientX - box.left, y: event.clientY - box.top }
  }

  const onWheel = (e: StageEvent<WheelEvent>) => {
    e.evt.preventDefault()
    const stage = e.target.getStage()
    if (!stage) return
    // Trackpad pinch arrives as ctrl+wheel with small deltas; a mouse wheel with large ones.
    const factor = Math.exp(-e.evt.deltaY * (e.evt.ctrlKey ? 0.01 : 0.0015))
    const at = screenPoint(e.evt, stage)
    setMoving(true)
    clearTimeout(wheelEnd.current ?? undefined)
    wheelEnd.current = setTimeout(() => setMoving(false), 200)
    setViewport((v) => zoomAt(v, at, factor))
  }

  const onPointerDown = (e: StageEvent<PointerEvent>) => {
    const stage = e.target.getStage()
    if (!stage || e.target !== stage || pinch.current) return
    const p = screenPoint(e.evt, stage)
    const wantsLasso = (lassoMode || e.evt.shiftKey) && onLasso !== null
    gesture.current = {
      kind: wantsLasso ? 'lasso' : 'pan',
      start: p,
      last: p,
      moved: false,
      additive: e.evt.shiftKey,
    }
    if (wantsLasso) setLasso([toWorld(view(), p)])
  }

  const onPointerMove = (e: StageEvent<PointerEvent>) => {
    const stage = e.target.getStage()
    const current = gesture.current
    if (!stage || !current || pinch.current) return
    const p = screenPoint(e.evt, stage)
    if (current.kind === 'pan') {
      const { last } = current
      // A few pixels of jitter is still a click (it clears the selection).
      if (!current.moved && Math.hypot(p.x - current.start.x, p.y - current.start.y) > 4) {
        current.moved = true
        setMoving(true)
      }
      panBy(p.x - last.x, p.y - last.y)
      current.last = p
    } else {
      current.moved = true
      const world = toWorld(view(), p)
      setLasso((points) => (points ? [...points, world] : points))
    }
  }

  const onPointerUp = () => {
    const current = gesture.current
    if (!current) return
    gesture.current = null
    setMoving(false)
    if (current.kind === 'lasso') {
      if (lasso && current.moved) onLasso?.(lasso, current.additive)
      else if (!current.additive) onEmptyClick?.()
      setLasso(null)
    } else {
      panEnd()
      if (!current.moved) onEmptyClick?.()
    }
  }

  return {
    lasso,
    moving,
    handlers: { onWheel, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  }
}

function mid(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
}

function dist(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}
