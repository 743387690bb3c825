import * as Y from 'yjs'

/**
 * How long a page waits for the copy before its socket syncs the whole
 * document itself: on a link too slow for the copy, the socket would be no
 * faster, but a stalled request must not hold the room back for good.
 */
export const PREFETCH_TIMEOUT_MS = 15_000

/** Transaction origin of a copy applied before the socket synced. */
export const PREFETCHED = Symbol('prefetched copy of the room')

/**
 * Applies the server's copy of a room to `doc`: `GET /sync/:room/state`,
 * gzip'd on the wire (the browser undoes it), a third of the websocket's
 * frames for a board. Resolves once the socket may sync: the copy applied,
 * or nothing to apply (204 when the server does not hold the room, a 4xx
 * or 5xx, a network error, the timeout); it never rejects. The browser's
 * cache keeps the copy with its ETag, so a reload of an unchanged board
 * costs a 304. Applying a copy twice, or one older than what the device
 * holds, changes nothing: Yjs merges.
 */
export async function prefetchState(name: string, token: string, doc: Y.Doc): Promise<void> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), PREFETCH_TIMEOUT_MS)
  try {
    const response = await fetch(`/sync/${encodeURIComponent(name)}/state`, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    })
    // Anything but a copy (an older server's page for an unknown path) is left alone.
    if (response.status !== 200) return
    if (response.headers.get('content-type') !== 'application/octet-stream') return
    const update = new Uint8Array(await response.arrayBuffer())
    if (!doc.isDestroyed) Y.applyUpdate(doc, update, PREFETCHED)
  } catch {
    // Offline, aborted, or not a Yjs update: the socket syncs everything.
  } finally {
    clearTimeout(timer)
  }
}
