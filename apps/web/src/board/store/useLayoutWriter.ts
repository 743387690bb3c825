import { useEffect } from 'react'
import { setClusterSize, setPositions } from '../../model'
import type { BoardStore } from './boardStore'
import { layoutOf } from './buildViews'

/** Origin of automatic placement: not a gesture, so undo never takes it back. */
export const AUTO_LAYOUT = 'auto-layout'

/**
 * The facilitator's client writes automatic places for new notes and
 * clusters into the layout document, so every viewer (and a later reload)
 * sees them where they first appeared. Waits for both rooms to have synced:
 * writing before the existing layout arrived would fight it.
 */
export function useLayoutWriter(store: BoardStore, ready: boolean): void {
  useEffect(() => {
    if (!ready) return
    let timer: ReturnType<typeof setTimeout> | null = null
    const write = () => {
      timer = null
      const { patch } = layoutOf(store.board, store.layout)
      const clusters = Object.entries(patch.clusters)
      if (Object.keys(patch.notes).length === 0 && clusters.length === 0) return
      const doc = store.layoutDoc
      doc.transact(() => {
        const positions = { ...patch.notes }
        for (const [id, rect] of clusters) {
          positions[id] = { x: rect.x, y: rect.y }
          setClusterSize(doc, id, { w: rect.width, h: rect.height }, AUTO_LAYOUT)
        }
        setPositions(doc, positions, AUTO_LAYOUT)
      }, AUTO_LAYOUT)
    }
    // Coalesce a burst of incoming notes into one write.
    const schedule = () => {
      timer ??= setTimeout(write, 120)
    }
    schedule()
    const unsubscribe = store.subscribe(schedule)
    return () => {
      unsubscribe()
      if (timer) clearTimeout(timer)
    }
  }, [store, ready])
}
