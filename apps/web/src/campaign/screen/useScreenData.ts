import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../../api/client'
import type { StreamState } from '../live/campaignEvents'
import { useLiveRefresh } from '../live/useLiveRefresh'
import { fetchScreen } from './screenApi'
import type { ScreenProjection } from './types'

export interface ScreenData {
  projection: ScreenProjection | null
  /** The server's code of the last refusal, or `network`. */
  error: string | null
  stream: StreamState
}

/**
 * The congress screen's projection, asked again when the campaign's events
 * stream says it changed (and on the fallback poll): the draft as the rooms
 * vote. One request at a time; a change during one asks once more after.
 */
export function useScreenData(campaignId: string, credential: string | null): ScreenData {
  const [projection, setProjection] = useState<ScreenProjection | null>(null)
  const [error, setError] = useState<string | null>(null)
  const inFlight = useRef(false)
  const again = useRef(false)
  const alive = useRef(true)

  const load = useCallback(async () => {
    if (!credential) return
    if (inFlight.current) {
      again.current = true
      return
    }
    inFlight.current = true
    try {
      do {
        again.current = false
        const next = await fetchScreen(campaignId, credential)
        if (!alive.current) return
        setProjection(next)
        setError(null)
      } while (again.current && alive.current)
    } catch (caught) {
      if (alive.current) setError(caught instanceof ApiError ? caught.code : 'network')
    } finally {
      inFlight.current = false
    }
  }, [campaignId, credential])

  useEffect(() => {
    alive.current = true
    void load()
    return () => {
      alive.current = false
    }
  }, [load])
  const stream = useLiveRefresh(campaignId, credential, () => void load())
  return { projection, error, stream }
}
