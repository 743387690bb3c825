import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { BoardStore } from '../board/store/boardStore'

/**
 * A BoardStore owned by an effect: created after mount and destroyed on
 * cleanup, so StrictMode's double mount never leaves a store listening to
 * the documents (null until the first effect has run).
 */
export function useProjectorStore(boardDoc: Y.Doc, layoutDoc: Y.Doc): BoardStore | null {
  const [store, setStore] = useState<BoardStore | null>(null)
  useEffect(() => {
    const created = new BoardStore(boardDoc, layoutDoc)
    setStore(created)
    return () => {
      created.destroy()
      setStore(null)
    }
  }, [boardDoc, layoutDoc])
  return store
}
