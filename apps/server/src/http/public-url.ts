import { networkInterfaces } from 'node:os'

/** The LAN addresses of this machine (IPv4, not internal): what phones on the venue Wi-Fi can reach. */
export function lanAddresses(): string[] {
  const addresses: string[] = []
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? [])
      if (info.family === 'IPv4' && !info.internal) addresses.push(info.address)
  }
  return addresses
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
