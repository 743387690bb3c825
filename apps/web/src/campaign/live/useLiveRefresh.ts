import { useEffect, useRef, useState } from 'react'
import { type StreamState, watchCampaignEvents } from './campaignEvents'

/** While the events stream is live: a slow poll, in case an event is lost on the way. */
export const LIVE_POLL_MS = 30_000
/** While it is not (refused, cut, a proxy that buffers): the old 4 s poll. */
export const DOWN_POLL_MS = 4000

/**
 * Calls `load` when the campaign's events stream says something changed (or
 * reconnects), when the tab comes back, and on a poll that is slow while the
 * stream is live and quick while it is down. `load` must coalesce calls made
 * while it runs (useCampaignData's does). Returns the stream's state.
 */
export function useLiveRefresh(
  campaignId: string,
  credential: string | null,
  load: () => void,
): StreamState {
  const [state, setState] = useState<StreamState>('connecting')
  const loadRef = useRef(load)
  loadRef.current = load

  useEffect(() => {
    if (!credential) return
    return watchCampaignEvents(campaignId, credential, {
      changed: () => loadRef.current(),
      ready: () => loadRef.current(),
      state: setState,
    })
  }, [campaignId, credential])

  useEffect(() => {
    const timer = setInterval(
      () => {
        if (document.visibilityState === 'visible') loadRef.current()
      },
      state === 'live' ? LIVE_POLL_MS : DOWN_POLL_MS,
    )
    const onFocus = () => loadRef.current()
    window.addEventListener('focus', onFocus)
    document.addEventListener('visibilitychange', onFocus)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', onFocus)
      document.removeEventListener('visibilitychange', onFocus)
    }
  }, [state])

  return state
}
