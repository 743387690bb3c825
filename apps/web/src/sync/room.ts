import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { gatedWebSocket } from './gatedWebSocket'
import { prefetchState } from './prefetchState'
import { sendOwnPresenceOnly, silentAwareness } from './presenceOut'

/** One Yjs document kept in sync with one server room. */
export interface Room {
  name: string
  doc: Y.Doc
  provider: WebsocketProvider
  /** Resolves once the local copy (IndexedDB) is loaded; immediately when not persisted. */
  whenLocalLoaded: Promise<void>
  /** The server's error code once it refused this room for good (bad token, removed participant). */
  refusal: string | null
  /** Its copy is on its way over HTTP and its socket waits for it (`prefetch`). */
  prefetching: boolean
  /** Its socket has been open at least once: a lost one is "reconnecting", a first one "connecting". */
  everConnected: boolean
  destroy(): void
}

export interface OpenRoomOptions {
  token: string
  /** IndexedDB database name: the document survives reloads and offline periods on this device. */
  persistAs?: string
  /**
   * Fetch the server's copy of the document over HTTP, compressed, while the
   * socket opens, and sync over the socket only what it lacks: for the big
   * documents (the board, the layout) on a slow link.
   */
  prefetch?: boolean
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
  const prefetched =
    options.prefetch && navigator.onLine ? prefetchState(name, options.token, doc) : null
  const provider = new WebsocketProvider(syncUrl(), name, doc, {
    awareness: silentAwareness(doc),
    params: { token: options.token },
    connect: navigator.onLine,
    // A bad venue Wi-Fi drops often; do not wait long between attempts.
    maxBackoffTime: 4000,
    ...(prefetched ? { WebSocketPolyfill: gatedWebSocket(prefetched) } : {}),
  })
  sendOwnPresenceOnly(provider)
  const room: Room = {
    name,
    doc,
    provider,
    whenLocalLoaded: persistence ? persistence.whenSynced.then(() => undefined) : Promise.resolve(),
    refusal: null,
    prefetching: prefetched !== null,
    everConnected: false,
    destroy() {
      openRooms.delete(room)
      stopWatching()
      provider.destroy()
      void persistence?.destroy()
      doc.destroy()
    },
  }
  // Before the socket's held `open` is let through (its own `then` comes later), so the status reads right.
  void prefetched?.then(() => {
    room.prefetching = false
  })
  // Registered before the hooks' listeners, so a status read on 'connected' sees it.
  provider.on('status', ({ status }: { status: string }) => {
    if (status === 'connected') room.everConnected = true
  })
  const stopWatching = watchRefusal(room)
  openRooms.add(room)
  watchNetwork()
  return room
}

/**
 * The server refuses a bad token on the upgrade request, before any
 * websocket exists, so the browser only sees a failed connection and the
 * provider would retry forever. After repeated failures while online, ask
 * the same URL over plain HTTP: a 401/403 (or an unknown workshop) means
 * retrying is pointless, and the person is told so instead of "reconnecting".
 */
function watchRefusal(room: Room): () => void {
  const { provider } = room
  let failures = 0
  let probing = false
  const onSync = (synced: boolean) => {
    if (synced) failures = 0
  }
  // An open socket the server shut for good (44xx: participant removed, key
  // rotated): the provider stops retrying; keep the reason for the page.
  const onClosed = (event: { code: number; reason: string }) => {
    room.refusal = event.reason || `closed-${event.code}`
  }
  const onClose = () => {
    failures++
    if (failures < 3 || probing || !navigator.onLine) return
    probing = true
    // The token in use now: a key rotation swaps it (replaceRoomToken).
    const token = provider.params.token ?? ''
    const url = `/sync/${encodeURIComponent(room.name)}?${new URLSearchParams({ token })}`
    fetch(url)
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as {
          error?: { code?: string }
        } | null
        const code = body?.error?.code
        if (
          code &&
          (response.status === 401 || response.status === 403 || code === 'unknown-workshop')
        ) {
          room.refusal = code
          provider.disconnect()
          provider.emit('status', [{ status: 'disconnected' }])
        }
      })
      .catch(() => {})
      .finally(() => {
        probing = false
        failures = 0
      })
  }
  provider.on('sync', onSync)
  provider.on('closed', onClosed)
  provider.on('connection-close', onClose)
  return () => {
    provider.off('sync', onSync)
    provider.off('closed', onClosed)
    provider.off('connection-close', onClose)
  }
}

/**
 * Moves an open room to a new token without reloading its document (after a
 * rotation of the facilitator key). The old socket is closed locally first,
 * so a 4401 the server sends it later is never seen; a refusal already
 * recorded for the old token is forgotten.
 */
export function replaceRoomToken(room: Room, token: string): void {
  const { provider } = room
  if (provider.params.token === token) return
  provider.disconnect()
  provider.params = { ...provider.params, token }
  room.refusal = null
  if (navigator.onLine) provider.connect()
}

let watching = false

function watchNetwork(): void {
  if (watching) return
  watching = true
  window.addEventListener('offline', () => {
    for (const room of openRooms) room.provider.disconnect()
  })
  window.addEventListener('online', () => {
    for (const room of openRooms) if (!room.refusal) room.provider.connect()
  })
}
