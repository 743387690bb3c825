import { useState } from 'react'
import { readHashParams } from '../app/route'

const storageKey = (id: string) => `atelier.results.${id}`

/**
 * The shared results link carries a read-only `results` token in its
 * fragment (never sent in a request line). It is kept on this device so a
 * reload keeps working, and taken out of the address bar.
 */
export function useResultsToken(workshopId: string): string | null {
  const [token] = useState<string | null>(() => {
    const fromHash = readHashParams(location.hash).get('token')
    if (fromHash) {
      try {
        localStorage.setItem(storageKey(workshopId), fromHash)
      } catch {
        // No storage: this visit still works.
      }
      history.replaceState(null, '', location.pathname + location.search)
      return fromHash
    }
    try {
      return localStorage.getItem(storageKey(workshopId))
    } catch {
      return null
    }
  })
  return token
}
