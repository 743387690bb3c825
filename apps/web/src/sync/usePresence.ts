import { useEffect, useState } from 'react'
import type { Room } from './room'

export type PresenceRole = 'participant' | 'facilitator' | 'screen'

interface PresenceState {
  user?: { role?: string; id?: string }
  /** Published by the server on the board room (apps/server/src/sync/presence.ts). */
  server?: { participants?: unknown }
}

/**
 * Announces who this tab is on the board room (awareness: presence, never
 * the document). A room announces nothing until then (`openRoom`).
 */
export function useAnnounce(room: Room, role: PresenceRole, id: string): void {
  useEffect(() => {
    const awareness = room.provider.awareness
    awareness.setLocalState({ ...awareness.getLocalState(), user: { role, id } })
  }, [room, role, id])
}

/**
 * How many distinct participants are connected, as the server counts its
 * sockets (a participant with two tabs counts once). The server publishes it
 * on the board room as its own awareness state `{ server: { participants } }`,
 * an id no client may write; what clients announce about themselves is not
 * counted (a script could announce anything).
 */
export function useConnectedParticipants(room: Room): number {
  const awareness = room.provider.awareness
  const count = () => {
    for (const state of awareness.getStates().values() as Iterable<PresenceState>) {
      const n = state.server?.participants
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0) return n
    }
    return 0
  }
  const [connected, setConnected] = useState(count)
  useEffect(() => {
    const update = () => setConnected(count())
    awareness.on('change', update)
    update()
    return () => awareness.off('change', update)
  })
  return connected
}
