import type Konva from 'konva'
import { useEffect, useRef, useState } from 'react'
import type { Point } from '../geometry/types'
import { toWorld, type Viewport, zoomAt } from '../geometry/viewport'

type StageEvent<E> = Konva.KonvaEventObject<E>

interface GestureOptions {
  viewport: Viewport
  setViewport: (update: (v: Viewport) => Viewport) => void
  /** Lasso instead of pan for a one-finger / mouse drag on empty canvas. */
  lassoMode: boolean
  onLasso: ((polygon: Point[], additive: boolean) => void) | null
  onEmptyClick: (() => void) | null
  /** Told when a two-finger pinch starts (true) and ends (false), wherever it started. */
  onPinch?: ((pinching: boolean) => void) | null
}

/**
 * Gestures on the empty canvas: wheel zooms at the cursor, a drag pans (or
 * draws a lasso with Shift or the lasso tool), two fingers pinch-zoom and pan.
 * One-finger gestures that start on a note or cluster belong to that node's
 * drag; a second finger makes it a pinch wherever the first one landed (the
 * node's drag is cancelled: a pinch zooms, it never moves notes).
 */
export function useStageGestures({
  viewport,
  setViewport,
  lassoMode,
  onLasso,
  onEmptyClick,
  onPinch,
}: GestureOptions) {
  const pointers = useRef(new Map<number, Point>())
  const gesture = useRef<{
    kind: 'pan' | 'lasso' | 'pinch'
    start: Point
    last: Point
    distance: number
    moved: boolean
    additive: boolean
  } | null>(null)
  const [lasso, setLasso] = useState<Point[] | null>(null)
  // While the view moves, the content layer stops listening: Konva then skips
  // redrawing its hit canvas, about half the cost of every frame of a pan.
  const [moving, setMoving] = useState(false)
  const wheelEnd = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => clearTimeout(wheelEnd.current ?? undefined), [])

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
    if (!stage) return
    const p = screenPoint(e.evt, stage)
    pointers.current.set(e.evt.pointerId, p)
    if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()] as [Point, Point]
      gesture.current = {
        kind: 'pinch',
        start: mid(a, b),
        last: mid(a, b),
        distance: dist(a, b),
        moved: true,
        additive: false,
      }
      setLasso(null)
      setMoving(true)
      onPinch?.(true)
      return
    }
    if (e.target !== stage) return
    const wantsLasso = (lassoMode || e.evt.shiftKey) && onLasso !== null
    gesture.current = {
      kind: wantsLasso ? 'lasso' : 'pan',
      start: p,
      last: p,
      distance: 0,
      moved: false,
      additive: e.evt.shiftKey,
    }
    if (wantsLasso) setLasso([toWorld(viewport, p)])
  }

  const onPointerMove = (e: StageEvent<PointerEvent>) => {
    const stage = e.target.getStage()
    const current = gesture.current
    if (!stage || !current || !pointers.current.has(e.evt.pointerId)) return
    const p = screenPoint(e.evt, stage)
    pointers.current.set(e.evt.pointerId, p)
    if (current.kind === 'pinch' && pointers.current.size >= 2) {
      const [a, b] = [...pointers.current.values()] as [Point, Point]
      const center = mid(a, b)
      const distance = dist(a, b)
      const factor = current.distance > 0 ? distance / current.distance : 1
      const last = current.last
      setViewport((v) =>
        zoomAt({ ...v, x: v.x + center.x - last.x, y: v.y + center.y - last.y }, center, factor),
      )
      gesture.current = { ...current, last: center, distance }
    } else if (current.kind === 'pan') {
      const { last } = current
      // A few pixels of jitter is still a click (it clears the selection).
      if (!current.moved && Math.hypot(p.x - current.start.x, p.y - current.start.y) > 4) {
        current.moved = true
        setMoving(true)
      }
      setViewport((v) => ({ ...v, x: v.x + p.x - last.x, y: v.y + p.y - last.y }))
      current.last = p
    } else if (current.kind === 'lasso') {
      current.moved = true
      setLasso((points) => (points ? [...points, toWorld(viewport, p)] : points))
    }
  }

  const onPointerUp = (e: StageEvent<PointerEvent>) => {
    pointers.current.delete(e.evt.pointerId)
    const current = gesture.current
    if (!current || pointers.current.size > 0) return
    gesture.current = null
    setMoving(false)
    if (current.kind === 'pinch') onPinch?.(false)
    if (current.kind === 'lasso') {
      if (lasso && current.moved) onLasso?.(lasso, current.additive)
      else if (!current.additive) onEmptyClick?.()
      setLasso(null)
    } else if (current.kind === 'pan' && !current.moved) onEmptyClick?.()
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
