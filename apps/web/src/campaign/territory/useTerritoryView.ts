import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../../api/client'
import { territoryView } from './territoryApi'
import type { TerritoryView } from './types'

/** How often the page asks again while visible: the organisers edit the draft meanwhile. */
export const TERRITORY_POLL_MS = 15_000

/**
 * The feedback link's view of the draft: loaded at once, then every
 * `TERRITORY_POLL_MS` while the tab is visible, when it regains focus and
 * after each flag. One request at a time.
 */
export function useTerritoryView(campaignId: string, token: string | null) {
  const [view, setView] = useState<TerritoryView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const inFlight = useRef(false)
  const alive = useRef(true)

  const load = useCallback(async () => {
    if (!token || inFlight.current) return
    inFlight.current = true
    try {
      const next = await territoryView(campaignId, token)
      if (alive.current) {
        setView(next)
        setError(null)
      }
    } catch (caught) {
      if (alive.current) setError(caught instanceof ApiError ? caught.code : 'network')
    } finally {
      inFlight.current = false
    }
  }, [campaignId, token])

  useEffect(() => {
    alive.current = true
    void load()
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load()
    }, TERRITORY_POLL_MS)
    const onFocus = () => void load()
    window.addEventListener('focus', onFocus)
    return () => {
      alive.current = false
      clearInterval(timer)
      window.removeEventListener('focus', onFocus)
    }
  }, [load])

  return { view, error, refresh: load }
}
