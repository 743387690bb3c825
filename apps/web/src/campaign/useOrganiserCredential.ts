import { useState } from 'react'
import { readHashParams } from '../app/route'

const storageKey = (id: string) => `atelier.campaign.${id}`

/**
 * The organiser link carries the organiser key (`#key=`) or a co-organiser
 * token (`#token=`) in its fragment, never sent in a request line. It is kept
 * on this device so a reload keeps working, and taken out of the address bar
 * (a screen share or a shoulder must not read it).
 */
export function useOrganiserCredential(campaignId: string): string | null {
  const [credential] = useState<string | null>(() => {
    const hash = readHashParams(location.hash)
    const fromHash = hash.get('key') ?? hash.get('token')
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
