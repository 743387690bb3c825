import { useCallback, useEffect, useSyncExternalStore } from 'react'
import { type Room, replaceRoomToken } from './room'

/** Keeps open rooms on `token`: a new token is swapped in without reopening them. */
export function useRoomToken(rooms: readonly Room[] | null, token: string): void {
  useEffect(() => {
    for (const room of rooms ?? []) replaceRoomToken(room, token)
  }, [rooms, token])
}

/** The first refusal reason among `rooms` (e.g. `token-revoked`), re-read on every provider event. */
export function useRoomRefusal(rooms: readonly Room[]): string | null {
  const key = rooms.map((room) => room.name).join('|')
  const subscribe = useCallback(
    (onChange: () => void) => {
      const events = ['status', 'closed', 'connection-close'] as const
      for (const room of rooms) for (const event of events) room.provider.on(event, onChange)
      return () => {
        for (const room of rooms) for (const event of events) room.provider.off(event, onChange)
      }
    },
    [key],
  )
  return useSyncExternalStore(subscribe, () => rooms.find((room) => room.refusal)?.refusal ?? null)
}
