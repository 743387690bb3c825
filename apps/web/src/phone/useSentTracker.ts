import { useEffect, useState } from 'react'
import { loadSentIds, saveSentIds } from '../api/storage'
import type { OwnNote } from '../model'
import type { Room } from '../sync/room'
import { sentSignature } from './noteStatus'

/**
 * Which of my notes (in their current text) left the phone for the server.
 *
 * The y-websocket protocol has no per-update acknowledgement, so this is the
 * best honest signal available: the room is connected and synced (the
 * server answered our state vector, and the missing updates were handed to
 * the socket in that exchange) and the socket's send buffer is empty. A note
 * lost in flight anyway is re-sent by the next sync; the "on the board"
 * state, read from the board document, is the real confirmation.
 */
export function useSentTracker(
  room: Room,
  workshopId: string,
  participantId: string,
  notes: Record<string, OwnNote>,
): Set<string> {
  const [sent, setSent] = useState(() => loadSentIds(workshopId, participantId))

  useEffect(() => {
    const provider = room.provider
    const check = () => {
      const flushed = provider.wsconnected && provider.synced && provider.ws?.bufferedAmount === 0
      if (!flushed) return
      setSent((previous) => {
        const signatures = Object.values(notes).map((n) => sentSignature(n.id, n.text))
        if (signatures.every((s) => previous.has(s))) return previous
        // Forget signatures of deleted or edited notes so the set stays small.
        const next = new Set(signatures)
        saveSentIds(workshopId, participantId, next)
        return next
      })
    }
    // After a local change the update is sent synchronously; give the socket a moment to flush.
    const timer = setTimeout(check, 150)
    const interval = setInterval(check, 1000)
    provider.on('sync', check)
    return () => {
      clearTimeout(timer)
      clearInterval(interval)
      provider.off('sync', check)
    }
  }, [room, notes, workshopId, participantId])

  return sent
}
