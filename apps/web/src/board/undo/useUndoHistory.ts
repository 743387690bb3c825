import { useCallback, useEffect, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { useOwned } from '../store/useOwned'
import { UndoHistory } from './history'
import { undoScopes } from './scopes'

/** True when the key event comes from a text field, where Ctrl+Z belongs to the field. */
function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/**
 * The facilitator's undo history for a board, with Ctrl/Cmd+Z (undo),
 * Shift+Ctrl/Cmd+Z and Ctrl+Y (redo) on the whole page, except inside text
 * fields where the browser's own text undo applies.
 */
export function useUndoHistory(board: Y.Doc, layout: Y.Doc, origin: unknown) {
  // Owned, not memoized: its UndoManagers observe the documents (StrictMode-safe, see useOwned).
  const history = useOwned(
    () => new UndoHistory(undoScopes(board, layout), origin),
    (h) => h.destroy(),
    [board, layout, origin],
  )
  useEffect(() => {
    if (!history) return
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) history.undo()
      else if ((key === 'z' && e.shiftKey) || key === 'y') history.redo()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [history])
  const subscribe = useCallback((fn: () => void) => history?.subscribe(fn) ?? (() => {}), [history])
  const canUndo = useSyncExternalStore(subscribe, () => history?.canUndo ?? false)
  const canRedo = useSyncExternalStore(subscribe, () => history?.canRedo ?? false)
  return { history, canUndo, canRedo }
}
