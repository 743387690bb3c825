import { useEffect, useMemo } from 'react'
import type * as Y from 'yjs'
import { BoardStore } from './boardStore'

/**
 * The store over a board and its layout, for the life of the component (the
 * facilitator's board and the projector). Constructing it only reads; it
 * observes the documents from an effect, stopped in the effect's cleanup and
 * started again on the next mount, so StrictMode's mount, unmount, mount
 * leaves a live store (a `useMemo` store destroyed in a cleanup stays dead).
 */
export function useBoardStore(
  board: { doc: Y.Doc },
  layout: { doc: Y.Doc },
  /** The facilitator's private room (authors, names, hidden and silent-mode texts); not the projector's. */
  privateRoom?: { doc: Y.Doc },
): BoardStore {
  const store = useMemo(
    () => new BoardStore(board.doc, layout.doc, privateRoom?.doc),
    [board, layout, privateRoom],
  )
  useEffect(() => {
    store.start()
    return () => store.destroy()
  }, [store])
  return store
}
