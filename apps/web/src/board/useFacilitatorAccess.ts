import { useEffect, useState } from 'react'
import { ApiError, roleToken, workshopInfo } from '../api/client'
import { listFacilitatedWorkshops, loadFacilitatorKey, saveFacilitatorKey } from '../api/storage'
import { readHashParams } from '../app/route'

export type FacilitatorAccess =
  | { status: 'loading' }
  | { status: 'noKey' }
  | { status: 'badKey' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; token: string; screenToken: string; code: string | null }

const codeKey = (id: string) => `atelier.code.${id}`

/**
 * The facilitator key arrives once in the URL fragment (never sent to a
 * server), is kept in this browser and removed from the address bar, then
 * traded for short-lived tokens for the websocket and the projector link.
 */
export function useFacilitatorAccess(workshopId: string): FacilitatorAccess {
  const [access, setAccess] = useState<FacilitatorAccess>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const hash = readHashParams(location.hash)
    const fromHash = hash.get('key')
    if (fromHash) saveFacilitatorKey(workshopId, fromHash)
    const hashCode = hash.get('code')
    if (hashCode) localStorage.setItem(codeKey(workshopId), hashCode)
    if (location.hash) history.replaceState(null, '', location.pathname + location.search)
    const key = fromHash ?? loadFacilitatorKey(workshopId)
    if (!key) {
      setAccess({ status: 'noKey' })
      return
    }
    const code =
      hashCode ??
      localStorage.getItem(codeKey(workshopId)) ??
      listFacilitatedWorkshops().find((w) => w.id === workshopId)?.code ??
      null
    let live = true
    Promise.all([
      roleToken(workshopId, key, 'facilitator'),
      roleToken(workshopId, key, 'screen'),
      // The server knows the join code: a facilitator link opened on another device has none stored.
      workshopInfo(workshopId, key).then(
        (info) => info.code,
        () => code,
      ),
    ]).then(
      ([token, screenToken, known]) =>
        live && setAccess({ status: 'ready', token, screenToken, code: known ?? code }),
      (error: unknown) => {
        if (!live) return
        const status = error instanceof ApiError ? error.status : 0
        if (status === 401 || status === 403 || status === 404) setAccess({ status: 'badKey' })
        else setAccess({ status: 'error', retry: () => setAttempt((n) => n + 1) })
      },
    )
    return () => {
      live = false
    }
  }, [workshopId, attempt])

  return access
}
