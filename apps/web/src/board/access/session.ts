import { createContext, useContext } from 'react'

/**
 * What the board knows about its own access, for the side panel's "Accès"
 * section and the notice shown when another device rotated the key.
 */
export interface FacilitatorSession {
  workshopId: string
  /** The facilitator key, or the invitation, this browser holds. */
  key: string
  /** The current facilitator token (changes after a rotation). */
  token: string
  screenToken: string
  code: string | null
  /** True while this browser rotates the key: its own sockets are closed too, briefly. */
  rotating: boolean
  /** Rotates the key; resolves with the new invitation link. */
  rotate(): Promise<string>
}

export const FacilitatorSessionContext = createContext<FacilitatorSession | null>(null)

export function useFacilitatorSession(): FacilitatorSession {
  const session = useContext(FacilitatorSessionContext)
  if (!session) throw new Error('useFacilitatorSession outside the facilitator board')
  return session
}
