import { useCallback, useEffect, useState } from 'react'
import { ApiError, isReplacedCredential, roleToken, workshopInfo } from '../api/client'
import { listFacilitatedWorkshops, loadFacilitatorKey, saveFacilitatorKey } from '../api/storage'
import { readHashParams } from '../app/route'

export type FacilitatorAccess =
  | { status: 'loading' }
  | { status: 'noKey' }
  | { status: 'badKey' }
  /** The key this browser holds was replaced by a rotation (someone logged out every other device). */
  | { status: 'replaced' }
  /** An invitation older than 30 days. */
  | { status: 'expired' }
  | { status: 'error'; retry: () => void }
  | {
      status: 'ready'
      /** The facilitator key or invitation this browser holds. */
      key: string
      token: string
      screenToken: string
      code: string | null
      /** After a rotation: keep the new key on this browser and carry on with the new token. */
      replaceKey: (key: string, token: string) => void
    }

const codeKey = (id: string) => `atelier.code.${id}`

/**
 * The facilitator key arrives once in the URL fragment (never sent to a
 * server), is kept in this browser and removed from the address bar, then
 * traded for short-lived tokens for the websocket and the projector link.
 */
export function useFacilitatorAccess(workshopId: string): FacilitatorAccess {
  const [access, setAccess] = useState<FacilitatorAccess>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  const replaceKey = useCallback(
    (key: string, token: string) => {
      saveFacilitatorKey(workshopId, key)
      setAccess((current) => (current.status === 'ready' ? { ...current, key, token } : current))
    },
    [workshopId],
  )

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
        live &&
        setAccess({
          status: 'ready',
          key,
          token,
          screenToken,
          code: known ?? code,
          replaceKey,
        }),
      (error: unknown) => {
        if (!live) return
        const status = error instanceof ApiError ? error.status : 0
        if (isReplacedCredential(error)) setAccess({ status: 'replaced' })
        else if (error instanceof ApiError && error.code === 'token-expired')
          setAccess({ status: 'expired' })
        else if (status === 401 || status === 403 || status === 404) setAccess({ status: 'badKey' })
        else setAccess({ status: 'error', retry: () => setAttempt((n) => n + 1) })
      },
    )
    return () => {
      live = false
    }
  }, [workshopId, attempt, replaceKey])

  return access
}
