import { useState } from 'react'
import { readHashParams } from '../../app/route'

const storageKey = (id: string) => `atelier.territory.${id}`

/**
 * A feedback link carries its token in the fragment (`#key=`), never sent in
 * a request line. Kept on this device so the facilitator can come back to it
 * from the same phone, and taken out of the address bar.
 */
export function useTerritoryCredential(campaignId: string): string | null {
  const [credential] = useState<string | null>(() => {
    const fromHash = readHashParams(location.hash).get('key')
    if (fromHash) {
      try {
        localStorage.setItem(storageKey(campaignId), fromHash)
      } catch {
        // No storage: this visit still works.
      }
      history.replaceState(null, '', location.pathname + location.search)
      return fromHash
    }
    try {
      return localStorage.getItem(storageKey(campaignId))
    } catch {
      return null
    }
  })
  return credential
}
