import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** One Yjs document kept in sync with one server room. */
export interface Room {
  name: string
  doc: Y.Doc
  provider: WebsocketProvider
  /** Resolves once the local copy (IndexedDB) is loaded; immediately when not persisted. */
  whenLocalLoaded: Promise<void>
  destroy(): void
}

export interface OpenRoomOptions {
  token: string
  /** IndexedDB database name: the document survives reloads and offline periods on this device. */
  persistAs?: string
}

function syncUrl(): string {
  return `${location.origin.replace(/^http/, 'ws')}/sync`
}

const openRooms = new Set<Room>()

/**
 * Opens a room. The browser's own online/offline signal drives the
 * connection: when it says offline we stop retrying (and say so), when it
 * comes back we reconnect at once instead of waiting out the backoff.
 */
export function openRoom(name: string, options: OpenRoomOptions): Room {
  const doc = new Y.Doc()
  const persistence = options.persistAs ? new IndexeddbPersistence(options.persistAs, doc) : null
  const provider = new WebsocketProvider(syncUrl(), name, doc, {
    params: { token: options.token },
    connect: navigator.onLine,
    // A bad venue Wi-Fi drops often; do not wait long between attempts.
    maxBackoffTime: 4000,
  })
  const room: Room = {
    name,
    doc,
    provider,
    whenLocalLoaded: persistence ? persistence.whenSynced.then(() => undefined) : Promise.resolve(),
    destroy() {
      openRooms.delete(room)
      provider.destroy()
      void persistence?.destroy()
      doc.destroy()
    },
  }
  openRooms.add(room)
  watchNetwork()
  return room
}

let watching = false

function watchNetwork(): void {
  if (watching) return
  watching = true
  window.addEventListener('offline', () => {
    for (const room of openRooms) room.provider.disconnect()
  })
  window.addEventListener('online', () => {
    for (const room of openRooms) room.provider.connect()
  })
}
