import type { Context, MiddlewareHandler } from 'hono'

/** `::ffff:127.0.0.1` and `127.0.0.1` are one address. */
const normalize = (address: string) =>
  address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address

/**
 * Who sent a request: the socket's peer, unless that peer is a reverse proxy
 * named in `TRUSTED_PROXIES`; then the right-most address of
 * `X-Forwarded-For` that is not itself a trusted proxy (each proxy appends
 * the peer it saw, so everything left of that may be forged by the client).
 * Without this, every phone behind nginx shares the proxy's join budget.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: ReadonlySet<string>,
): string | undefined {
  if (!peer || !trusted.has(normalize(peer)) || !forwardedFor) return peer
  const hops = forwardedFor
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalize(hops[i]!)
    if (!trusted.has(hop)) return hop
  }
  return peer
}

const socketPeer = (c: Context) =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress

/** Sets the `clientAddress` of every request (read by `remoteAddressOf`). */
export function clientAddresses(trustedProxies: readonly string[]): MiddlewareHandler {
  const trusted = new Set(trustedProxies.map(normalize))
  return async (c, next) => {
    c.set(
      'clientAddress' as never,
      clientAddress(socketPeer(c), c.req.header('x-forwarded-for'), trusted) as never,
    )
    await next()
  }
}

/** The request's client address as `clientAddresses` decided, else the socket's peer. */
export function clientAddressOf(c: Context): string | undefined {
  return (c.get('clientAddress' as never) as string | undefined) ?? socketPeer(c)
}
