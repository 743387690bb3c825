import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { type ConnectionStatus, connectionStatus, watchConnection } from './connectionStatus'
import type { Room } from './room'

/**
 * A plain-data view of a Yjs document, re-read after each transaction.
 * `read` must be a board-model read (the web app never walks Yjs maps itself).
 */
export function useDocState<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const cache = useRef<{ doc: Y.Doc; value: T; dirty: boolean } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = () => {
        if (cache.current) cache.current.dirty = true
        onChange()
      }
      doc.on('afterTransaction', handler)
      return () => doc.off('afterTransaction', handler)
    },
    [doc],
  )
  const getSnapshot = () => {
    const current = cache.current
    if (!current || current.doc !== doc || current.dirty) {
      cache.current = { doc, value: read(doc), dirty: false }
    }
    return cache.current!.value
  }
  return useSyncExternalStore(subscribe, getSnapshot)
}

export function useConnectionStatus(rooms: readonly Room[]): ConnectionStatus {
  const providers = rooms.map((room) => room.provider)
  const key = rooms.map((room) => room.name).join('|')
  const subscribe = useCallback(
    (onChange: () => void) => watchConnection(providers, onChange),
    [key],
  )
  return useSyncExternalStore(subscribe, () => connectionStatus(providers, navigator.onLine))
}

/** True once every room has synced at least once (stays true across later reconnections). */
export function useEverSynced(rooms: readonly Room[]): boolean {
  const [synced, setSynced] = useState(() => rooms.every((room) => room.provider.synced))
  useEffect(() => {
    if (synced) return
    const check = () => {
      if (rooms.every((room) => room.provider.synced)) setSynced(true)
    }
    for (const room of rooms) room.provider.on('sync', check)
    check()
    return () => {
      for (const room of rooms) room.provider.off('sync', check)
    }
  }, [rooms, synced])
  return synced
}
