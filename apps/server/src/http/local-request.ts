import type { Context } from 'hono'
import { clientAddressOf } from './client-address.js'

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
  return v4.startsWith('127.') || address === '::1'
}

/** Headers a reverse proxy adds: a request carrying one came from elsewhere. */
const FORWARDED = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const

/**
 * A request from this computer: a loopback peer that no proxy forwarded. Behind a
 * reverse proxy on the same machine every peer is loopback, so a forwarding
 * header makes the request remote.
 */
export function isLocalRequest(
  remoteAddress: string | undefined,
  header: (name: string) => string | undefined,
): boolean {
  return isLoopbackAddress(remoteAddress) && FORWARDED.every((name) => !header(name))
}

/**
 * The client's address: the socket peer (Node server), or behind a trusted
 * proxy the client it forwarded (see `clientAddresses`); undefined elsewhere
 * (e.g. `app.request` in tests). Rate limits are counted per this address.
 */
export function remoteAddressOf(c: Context): string | undefined {
  return clientAddressOf(c)
}

/** {@link isLocalRequest} for a Hono context: the socket's own peer, whatever a proxy says. */
export function isLocal(c: Context): boolean {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return isLocalRequest(env?.incoming?.socket?.remoteAddress, (name) => c.req.header(name))
}
