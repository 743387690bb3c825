import { type RefObject, useCallback, useEffect, useRef } from 'react'
import type * as Y from 'yjs'
import { setPresentedViewport } from '../../model'
import type { CanvasHandle } from '../canvas/BoardCanvas'
import { FACILITATOR } from '../canvas/controller'
import { visibleWorld } from '../geometry/viewport'

/** At most ten viewport updates a second: smooth on the projector, cheap on the wire. */
export const FOLLOW_INTERVAL_MS = 100

/**
 * "Follow me": while `following`, publishes the region of the board the
 * facilitator's canvas shows (throttled, the last position always sent), and
 * once at once when following starts. Returns the canvas's viewport listener.
 */
export function useFollowMe(
  layoutDoc: Y.Doc,
  canvas: RefObject<CanvasHandle | null>,
  following: boolean,
) {
  const last = useRef(0)
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const publish = useCallback(() => {
    pending.current = null
    const handle = canvas.current
    const stage = handle?.stage()
    if (!handle || !stage || stage.width() === 0) return
    last.current = Date.now()
    const rect = visibleWorld(
      handle.viewport(),
      { width: stage.width(), height: stage.height() },
      0,
    )
    setPresentedViewport(layoutDoc, rect, FACILITATOR)
  }, [layoutDoc, canvas])

  useEffect(() => {
    if (following) publish()
    return () => {
      if (pending.current) clearTimeout(pending.current)
      pending.current = null
    }
  }, [following, publish])

  return useCallback(() => {
    if (!following || pending.current) return
    // Trailing throttle: the view the facilitator stops on is always the one sent.
    const wait = Math.max(0, FOLLOW_INTERVAL_MS - (Date.now() - last.current))
    pending.current = setTimeout(publish, wait)
  }, [following, publish])
}
