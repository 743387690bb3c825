import { useCallback, useSyncExternalStore } from 'react'
import type { BoardStore } from './boardStore'
import type { Selection } from './selection'

export function useNoteView(store: BoardStore, id: string) {
  const subscribe = useCallback((fn: () => void) => store.subscribeItem(id, fn), [store, id])
  return useSyncExternalStore(subscribe, () => store.note(id))
}

export function useClusterView(store: BoardStore, id: string) {
  const subscribe = useCallback((fn: () => void) => store.subscribeItem(id, fn), [store, id])
  return useSyncExternalStore(subscribe, () => store.cluster(id))
}

export function useIsSelected(selection: Selection, id: string): boolean {
  const subscribe = useCallback((fn: () => void) => selection.subscribeId(id, fn), [selection, id])
  return useSyncExternalStore(subscribe, () => selection.has(id))
}

/**
 * True while a set (search matches) is not empty and lacks `id`: the note is
 * faded so the matches stand out. Every note hears each change of the set,
 * but only those whose answer changes re-render.
 */
export function useIsDimmed(set: Selection, id: string): boolean {
  const subscribe = useCallback((fn: () => void) => set.subscribe(fn), [set])
  return useSyncExternalStore(subscribe, () => set.size > 0 && !set.has(id))
}

export function useSelectionSize(selection: Selection): number {
  const subscribe = useCallback((fn: () => void) => selection.subscribe(fn), [selection])
  return useSyncExternalStore(subscribe, () => selection.size)
}

/** Ids and frames: changes only when notes or clusters come and go. */
export function useBoardLists(store: BoardStore) {
  const subscribe = useCallback((fn: () => void) => store.subscribe(fn), [store])
  const noteIds = useSyncExternalStore(subscribe, () => store.noteIds)
  const clusterIds = useSyncExternalStore(subscribe, () => store.clusterIds)
  const frames = useSyncExternalStore(subscribe, () => store.frames)
  return { noteIds, clusterIds, frames }
}

/** The whole board state, for panels and the list view (not for per-note canvas nodes). */
export function useBoardState(store: BoardStore) {
  const subscribe = useCallback((fn: () => void) => store.subscribe(fn), [store])
  return useSyncExternalStore(subscribe, () => store.board)
}

/** Changes whenever the selection does (not only its size). */
export function useSelectionKey(selection: Selection): string {
  const subscribe = useCallback((fn: () => void) => selection.subscribe(fn), [selection])
  return useSyncExternalStore(subscribe, () => selection.list().join(' '))
}
