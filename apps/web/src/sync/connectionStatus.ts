import type { WebsocketProvider } from 'y-websocket'

/**
 * What the person is told about the connection:
 * - connected: every room is open and has synced;
 * - loading: every room is open, one is still receiving its document (a
 *   big board on a slow link takes a while; a phone writes meanwhile), over
 *   its socket or as the copy fetched while the socket opens;
 * - connecting: the network is there and a room has not opened yet since
 *   the page did (a first join on a slow link: nothing was lost);
 * - reconnecting: the network is there and a room that was open is
 *   connecting again;
 * - offline: the device says it has no network; changes wait on the device;
 * - refused: the server closed a room for good (bad or expired token).
 */
export type ConnectionStatus =
  | 'connected'
  | 'loading'
  | 'connecting'
  | 'reconnecting'
  | 'offline'
  | 'refused'

export interface ProviderLike {
  wsconnected: boolean
  synced: boolean
  shouldConnect: boolean
  /** The room's copy is on its way over HTTP, its socket held until it lands (`sync/prefetchState.ts`). */
  prefetching?: boolean
  /** Its socket has been open at least once since the page opened it. */
  everConnected?: boolean
}

/** Pure so the mapping is tested without sockets. */
export function connectionStatus(
  providers: readonly ProviderLike[],
  online: boolean,
): ConnectionStatus {
  if (!online) return 'offline'
  if (providers.some((p) => !p.shouldConnect && !p.wsconnected)) return 'refused'
  if (providers.every((p) => p.wsconnected && p.synced)) return 'connected'
  if (providers.every((p) => p.wsconnected || p.prefetching)) return 'loading'
  const lost = providers.some((p) => !p.wsconnected && !p.prefetching && p.everConnected)
  return lost ? 'reconnecting' : 'connecting'
}

/** Calls `onChange` whenever any of the providers or the network changes state. */
export function watchConnection(
  providers: readonly WebsocketProvider[],
  onChange: () => void,
): () => void {
  const events = ['status', 'sync', 'closed', 'connection-close'] as const
  for (const provider of providers) for (const event of events) provider.on(event, onChange)
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    for (const provider of providers) for (const event of events) provider.off(event, onChange)
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}
