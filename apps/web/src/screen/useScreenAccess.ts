import { useEffect, useState } from 'react'
import { workshopInfo } from '../api/client'
import { readHashParams } from '../app/route'

export interface ScreenAccess {
  token: string
  code: string | null
}

const storageKey = (id: string) => `atelier.screen.${id}`

/**
 * The projector link carries a read-only screen token in its fragment. It is
 * kept on this machine (a reload of the projector must keep working) and
 * taken out of the address bar, which the whole room can read.
 */
export function useScreenAccess(workshopId: string): ScreenAccess | null {
  const [access, setAccess] = useState<ScreenAccess | null>(() => {
    const hash = readHashParams(location.hash)
    const token = hash.get('token')
    if (token) {
      const fresh = { token, code: hash.get('code') }
      try {
        localStorage.setItem(storageKey(workshopId), JSON.stringify(fresh))
      } catch {
        // No storage: this visit still works.
      }
      history.replaceState(null, '', location.pathname + location.search)
      return fresh
    }
    try {
      const stored = localStorage.getItem(storageKey(workshopId))
      return stored ? (JSON.parse(stored) as ScreenAccess) : null
    } catch {
      return null
    }
  })

  // A projector link without the join code (opened before the code was in
  // links, or typed by hand) asks the server, so the QR code still shows.
  const token = access?.token
  const known = access?.code
  useEffect(() => {
    if (!token || known) return
    let live = true
    workshopInfo(workshopId, token).then(
      (info) => live && setAccess({ token, code: info.code }),
      () => {},
    )
    return () => {
      live = false
    }
  }, [workshopId, token, known])

  return access
}
