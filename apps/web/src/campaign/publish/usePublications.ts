import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../../api/client'
import type { Synthesis } from '../types'
import { fetchChanges, listVersions } from './publishApi'
import type { PublishedVersion, VersionChanges } from './types'

export interface Publications {
  /** Oldest first; null until loaded. */
  versions: PublishedVersion[] | null
  /** What the draft changes since the latest version; null until loaded. */
  draft: VersionChanges | null
  error: string | null
  /** After a publish: the list and the draft's changes again. */
  refresh: () => void
}

/**
 * What the page's poll already shows of the draft, reduced to what a change
 * report could tell apart: the draft's changes are asked again only when it
 * moved (a vote, a rename, a workshop joining), not on every poll.
 */
export function draftFingerprint(synthesis: Synthesis): string {
  return JSON.stringify([
    synthesis.totals,
    synthesis.dimensions.map((d) =>
      d.groups.map((g) => [g.id, g.title, g.recommendation, g.ranking, g.items.map((i) => i.id)]),
    ),
  ])
}

/** The campaign's published versions and the draft's changes since the latest one. */
export function usePublications(
  campaignId: string,
  credential: string,
  synthesis: Synthesis,
): Publications {
  const [versions, setVersions] = useState<PublishedVersion[] | null>(null)
  const [draft, setDraft] = useState<VersionChanges | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [round, setRound] = useState(0)
  const fingerprint = draftFingerprint(synthesis)
  const latest = useRef(0)

  // fingerprint and round are the triggers: a new draft, or a publish.
  useEffect(() => {
    const ask = ++latest.current
    let alive = true
    Promise.all([
      listVersions(campaignId, credential),
      fetchChanges(campaignId, credential, null),
    ]).then(
      ([list, changes]) => {
        // An older answer landing after a newer one is dropped.
        if (!alive || ask !== latest.current) return
        setVersions(list)
        setDraft(changes)
        setError(null)
      },
      (caught: unknown) => {
        if (alive) setError(caught instanceof ApiError ? caught.code : 'network')
      },
    )
    return () => {
      alive = false
    }
  }, [campaignId, credential, fingerprint, round])

  const refresh = useCallback(() => setRound((n) => n + 1), [])
  return { versions, draft, error, refresh }
}
