import { networkInterfaces } from 'node:os'

const ANY_INTERFACE = new Set(['0.0.0.0', '::', ''])

/**
 * The LAN addresses (IPv4, not internal) phones on the venue Wi-Fi can reach
 * the server at, given the interface it listens on: every one for `0.0.0.0`,
 * only that one for a LAN address, none for loopback (`HOST=127.0.0.1` is
 * reachable from this computer only, so advertising the LAN would send
 * phones to a closed port).
 */
export function lanAddresses(host = '0.0.0.0'): string[] {
  const addresses: string[] = []
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? [])
      if (info.family === 'IPv4' && !info.internal) addresses.push(info.address)
  }
  if (ANY_INTERFACE.has(host)) return addresses
  return addresses.filter((address) => address === host)
}

/**
 * The base URL for links in API answers: PUBLIC_URL when set (behind a proxy),
 * else the origin the request came to. A board opened on `localhost` asks
 * `GET /api/info` for the LAN URLs to put in its QR code instead.
 */
export function publicBase(requestUrl: string, configured?: string): string {
  if (configured) return configured.replace(/\/$/, '')
  return new URL(requestUrl).origin
}
