import { useState } from 'react'
import { readHashParams } from '../../app/route'

const screenKey = (id: string) => `atelier.campaign-screen.${id}`
const organiserKey = (id: string) => `atelier.campaign.${id}`

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

/**
 * The screen link carries its read-only token in the fragment (`#token=`):
 * kept on this device, so the projector's laptop survives a reload, and
 * taken out of the address bar (the hall must not read it off the screen).
 * Without one, an organiser's own credential on this device opens it too.
 */
export function useScreenCredential(campaignId: string): string | null {
  const [credential] = useState<string | null>(() => {
    const fromHash = readHashParams(location.hash).get('token')
    if (fromHash) {
      try {
        localStorage.setItem(screenKey(campaignId), fromHash)
      } catch {
        // No storage: this visit still works.
      }
      history.replaceState(null, '', location.pathname + location.search)
      return fromHash
    }
    return stored(screenKey(campaignId)) ?? stored(organiserKey(campaignId))
  })
  return credential
}
