import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/client'
import { campaignOverview, campaignSynthesis } from './campaignApi'
import type { CampaignOverview, Synthesis } from './types'

/** How often the page asks again: a workshop still voting changes the dots. */
export const POLL_MS = 4000

export interface CampaignData {
  overview: CampaignOverview | null
  synthesis: Synthesis | null
  /** The server's code of the last refusal (`bad-key`, `missing-key`, `unknown-campaign`, `network`…). */
  error: string | null
  /** Asks again now (after an import or an added workshop). */
  refresh: () => void
}

/**
 * The campaign and its synthesis, polled every few seconds and whenever the
 * tab comes back into focus. There is no real-time channel for campaigns yet
 * (a later step); the server builds the synthesis from the live rooms on each
 * request, so a poll shows the votes of a room as they are. One request at a
 * time: a slow build is never stacked up by the timer.
 */
export function useCampaignData(campaignId: string, credential: string | null): CampaignData {
  const [overview, setOverview] = useState<CampaignOverview | null>(null)
  const [synthesis, setSynthesis] = useState<Synthesis | null>(null)
  const [error, setError] = useState<string | null>(null)
  const inFlight = useRef(false)
  /** A refresh asked while a request was out: run once more when it lands. */
  const again = useRef(false)
  const alive = useRef(true)
  const loadRef = useRef<() => Promise<void>>(async () => {})

  const load = useCallback(async () => {
    if (!credential) return
    if (inFlight.current) {
      again.current = true
      return
    }
    inFlight.current = true
    try {
      const [nextOverview, nextSynthesis] = await Promise.all([
        campaignOverview(campaignId, credential),
        campaignSynthesis(campaignId, credential),
      ])
      if (!alive.current) return
      setOverview(nextOverview)
      setSynthesis(nextSynthesis)
      setError(null)
    } catch (caught) {
      if (alive.current) setError(caught instanceof ApiError ? caught.code : 'network')
    } finally {
      inFlight.current = false
      if (again.current && alive.current) {
        again.current = false
        void loadRef.current()
      }
    }
  }, [campaignId, credential])
  loadRef.current = load

  useEffect(() => {
    alive.current = true
    void load()
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load()
    }, POLL_MS)
    const onFocus = () => void load()
    window.addEventListener('focus', onFocus)
    document.addEventListener('visibilitychange', onFocus)
    return () => {
      alive.current = false
      clearInterval(timer)
      window.removeEventListener('focus', onFocus)
      document.removeEventListener('visibilitychange', onFocus)
    }
  }, [load])

  return { overview, synthesis, error, refresh: () => void load() }
}
