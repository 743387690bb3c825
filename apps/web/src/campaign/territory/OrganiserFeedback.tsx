import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react'
import { POLL_MS } from '../useCampaignData'
import { campaignFlags } from './territoryApi'
import type { TerritoryFlag } from './types'

export interface OrganiserFeedback {
  campaignId: string
  credential: string
  /** Every flag of the campaign, oldest first (open and resolved). */
  flags: TerritoryFlag[]
  refresh: () => void
}

const Context = createContext<OrganiserFeedback | null>(null)

/**
 * The territories' flags for the organiser page, polled like the synthesis
 * (`POLL_MS`, while visible). A context, so the badges on items and groups
 * and the per-workshop link buttons need no props threaded through the
 * synthesis components.
 */
export function OrganiserFeedbackProvider({
  campaignId,
  credential,
  children,
}: {
  campaignId: string
  credential: string
  children: ReactNode
}) {
  const [flags, setFlags] = useState<TerritoryFlag[]>([])
  const refresh = useCallback(() => {
    campaignFlags(campaignId, credential).then(setFlags, () => {
      // The synthesis' own poll reports a lost connection or a bad key.
    })
  }, [campaignId, credential])
  useEffect(() => {
    refresh()
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh()
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [refresh])
  return (
    <Context.Provider value={{ campaignId, credential, flags, refresh }}>
      {children}
    </Context.Provider>
  )
}

/** Null outside the provider: the components then render nothing. */
export function useOrganiserFeedback(): OrganiserFeedback | null {
  return useContext(Context)
}
