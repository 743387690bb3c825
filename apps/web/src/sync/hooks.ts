import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { type ConnectionStatus, connectionStatus, watchConnection } from './connectionStatus'
import type { Room } from './room'

/**
 * A plain-data view of a Yjs document, re-read after each transaction.
 * `read` must be a board-model read (the web app never walks Yjs maps itself).
 */
export function useDocState<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const cache = useRef<{ doc: Y.Doc; transactions: number; value: T } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on('afterTransaction', onChange)
      return () => doc.off('afterTransaction', onChange)
    },
    [doc],
  )
  const getSnapshot = () => {
    const transactions = transactionCount(doc)
    const current = cache.current
    if (!current || current.doc !== doc || current.transactions !== transactions) {
      cache.current = { doc, transactions, value: read(doc) }
    }
    return cache.current!.value
  }
  return useSyncExternalStore(subscribe, getSnapshot)
}

const transactionCounters = new WeakMap<Y.Doc, { count: number }>()

/**
 * How many transactions the document has run since this was first asked.
 * React subscribes after it renders: a transaction in between (the IndexedDB
 * copy loading while offline, when nothing follows it) must still make the
 * next snapshot stale, so the count is kept from the first render on, not by
 * the subscription. It is registered before any subscriber, so it has moved
 * when a subscriber asks for the snapshot.
 */
function transactionCount(doc: Y.Doc): number {
  let counter = transactionCounters.get(doc)
  if (!counter) {
    const created = { count: 0 }
    doc.on('afterTransaction', () => {
      created.count++
    })
    transactionCounters.set(doc, created)
    counter = created
  }
  return counter.count
}

export function useConnectionStatus(rooms: readonly Room[]): ConnectionStatus {
  const providers = rooms.map((room) => room.provider)
  const key = rooms.map((room) => room.name).join('|')
  const subscribe = useCallback(
    (onChange: () => void) => watchConnection(providers, onChange),
    [key],
  )
  return useSyncExternalStore(subscribe, () =>
    connectionStatus(
      rooms.map(({ provider, prefetching, everConnected }) => ({
        wsconnected: provider.wsconnected,
        synced: provider.synced,
        shouldConnect: provider.shouldConnect,
        prefetching,
        everConnected,
      })),
      navigator.onLine,
    ),
  )
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
