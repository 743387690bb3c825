import { useEffect, useState } from 'react'
import type { Room } from './room'

export type PresenceRole = 'participant' | 'facilitator' | 'screen'

interface PresenceState {
  user?: { role?: string; id?: string }
}

/** Announces who this tab is on the board room (awareness: presence, never the document). */
export function useAnnounce(room: Room, role: PresenceRole, id: string): void {
  useEffect(() => {
    room.provider.awareness.setLocalStateField('user', { role, id })
  }, [room, role, id])
}

/**
 * How many distinct participants are connected, from the board room's
 * awareness (a participant with two tabs counts once).
 */
export function useConnectedParticipants(room: Room): number {
  const awareness = room.provider.awareness
  const count = () => {
    const ids = new Set<string>()
    for (const state of awareness.getStates().values() as Iterable<PresenceState>) {
      if (state.user?.role === 'participant' && state.user.id) ids.add(state.user.id)
    }
    return ids.size
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
