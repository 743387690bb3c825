import { useEffect, useSyncExternalStore } from 'react'
import { DOWN_POLL_MS as POLL_MS } from '../live/useLiveRefresh'
import { campaignFlags } from './territoryApi'
import type { TerritoryFlag } from './types'

export interface OrganiserFeedback {
  campaignId: string
  credential: string
  /** Every flag of the campaign, oldest first (open and resolved). */
  flags: TerritoryFlag[]
  refresh: () => void
}

// One organiser page per tab: a tiny store outside React, so the badges on
// items and groups and the per-workshop link buttons read the flags without
// props threaded through the synthesis components or a provider around the
// page. `useFlagsPolling` (called by FlagsPanel) fills it.
let current: OrganiserFeedback | null = null
const listeners = new Set<() => void>()
const publish = (next: OrganiserFeedback | null) => {
  current = next
  for (const listener of listeners) listener()
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The campaign's flags, as last fetched; null before the first answer. */
export function useOrganiserFeedback(): OrganiserFeedback | null {
  return useSyncExternalStore(subscribe, () => current)
}

/**
 * Polls `GET …/flags` every 4 s while visible (flags filed by territories
 * send no campaign event) and
 * publishes the answer; the store is emptied when the page goes.
 */
export function useFlagsPolling(campaignId: string, credential: string): void {
  useEffect(() => {
    let live = true
    const refresh = () => {
      campaignFlags(campaignId, credential).then(
        (flags) => live && publish({ campaignId, credential, flags, refresh }),
        () => {
          // The synthesis' own poll reports a lost connection or a bad key.
        },
      )
    }
    // The link buttons work before the first answer.
    publish({ campaignId, credential, flags: [], refresh })
    refresh()
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh()
    }, POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
      publish(null)
    }
  }, [campaignId, credential])
}
