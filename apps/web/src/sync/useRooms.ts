import { useEffect, useState } from 'react'
import { type OpenRoomOptions, openRoom, type Room } from './room'

export interface RoomSpec extends OpenRoomOptions {
  name: string
}

/**
 * Opens rooms for the lifetime of a component. Created in an effect (not
 * during render) so StrictMode's double mount cannot leak a socket; null on
 * the first render.
 */
export function useRooms(specs: readonly RoomSpec[] | null): Room[] | null {
  const [rooms, setRooms] = useState<Room[] | null>(null)
  const key = specs ? JSON.stringify(specs) : ''
  useEffect(() => {
    if (!specs) return
    const opened = specs.map((spec) => openRoom(spec.name, spec))
    setRooms(opened)
    return () => {
      setRooms(null)
      for (const room of opened) room.destroy()
    }
  }, [key])
  return rooms
}
