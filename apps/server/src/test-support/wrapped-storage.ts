import type { Storage } from '../store/storage.js'
import type { RoomStore } from '../store/types.js'

/**
 * `storage` with its room store replaced by `wrap(roomStore)`: a test slows
 * or fails the real store this way. Closing it closes the real storage.
 */
export function withRoomStore(storage: Storage, wrap: (store: RoomStore) => RoomStore): Storage {
  return { ...storage, roomStore: wrap(storage.roomStore), close: () => storage.close() }
}
