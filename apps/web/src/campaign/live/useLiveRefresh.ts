import { useEffect, useRef, useState } from 'react'
import { type StreamState, watchCampaignEvents } from './campaignEvents'

/** While the events stream is live: a slow poll, in case an event is lost on the way. */
export const LIVE_POLL_MS = 30_000
/** While it is not (refused, cut, a proxy that buffers): the old 4 s poll. */
export const DOWN_POLL_MS = 4000
/**
 * Pushed changes are followed at most this often (twice a second): a room voting sends a few
 * events a second, and a 60-workshop synthesis is not rebuilt for each one
 * by every open page (the first change after a quiet spell goes at once).
 */
export const MIN_PUSHED_REFRESH_MS = 500

/**
 * Calls `load` when the campaign's events stream says something changed (or
 * reconnects), when the tab comes back, and on a poll that is slow while the
 * stream is live and quick while it is down; pushed changes at most twice
 * a second (MIN_PUSHED_REFRESH_MS). `load` must coalesce calls made
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
    let last = 0
    let pending: ReturnType<typeof setTimeout> | null = null
    const pushed = () => {
      if (pending) return
      pending = setTimeout(
        () => {
          pending = null
          last = Date.now()
          loadRef.current()
        },
        Math.max(0, last + MIN_PUSHED_REFRESH_MS - Date.now()),
      )
    }
    const stop = watchCampaignEvents(campaignId, credential, {
      changed: pushed,
      ready: pushed,
      state: setState,
    })
    return () => {
      stop()
      if (pending) clearTimeout(pending)
    }
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
