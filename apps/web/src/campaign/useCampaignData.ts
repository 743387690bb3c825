import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/client'
import { campaignOverview, campaignSynthesis } from './campaignApi'
import type { StreamState } from './live/campaignEvents'
import { useLiveRefresh } from './live/useLiveRefresh'
import type { CampaignOverview, Synthesis } from './types'

export interface CampaignData {
  overview: CampaignOverview | null
  synthesis: Synthesis | null
  /** The server's code of the last refusal (`bad-key`, `missing-key`, `unknown-campaign`, `network`…). */
  error: string | null
  /** Asks again now (after an import or an added workshop). */
  refresh: () => void
  /** The events stream: `live` when changes are pushed, else the page polls every 4 s. */
  stream: StreamState
}

/**
 * The campaign and its synthesis, asked again whenever the campaign's events
 * stream says it changed (a workshop voting, one joining), when the tab
 * comes back into focus, and on a fallback poll (`useLiveRefresh`). The
 * server builds the synthesis from the live rooms on each request. One
 * request at a time: a burst of events or a slow build never stacks requests.
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
    return () => {
      alive.current = false
    }
  }, [load])
  const stream = useLiveRefresh(campaignId, credential, () => void load())

  return { overview, synthesis, error, refresh: () => void load(), stream }
}
