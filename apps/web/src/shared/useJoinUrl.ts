import { useEffect, useState } from 'react'

/**
 * The address phones open. When the facilitator runs Atelier on this very
 * laptop (localhost), phones cannot reach "localhost": use the server's
 * address on the local network instead.
 */
export function useJoinUrl(code: string | null): string | null {
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname)
  const [origin, setOrigin] = useState(location.origin)
  useEffect(() => {
    if (!local) return
    let live = true
    fetch('/api/info')
      .then((r) => r.json() as Promise<{ publicUrl: string | null; lanUrls: string[] }>)
      .then((info) => {
        const best = info.publicUrl ?? info.lanUrls[0]
        if (live && best) setOrigin(best.replace(/\/$/, ''))
      })
      .catch(() => {})
    return () => {
      live = false
    }
  }, [local])
  return code ? `${origin}/j/${code}` : null
}
