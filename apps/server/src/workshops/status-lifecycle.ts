import { BOARD_MAPS, readMeta } from '@atelier/board-model'
import { parseRoomName } from '../auth/access.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle } from '../sync/room-registry.js'
import type { Catalog } from './catalog.js'

/**
 * Keeps the catalog's open/closed flag in step with the board's phase, so a
 * phone scanning the QR code after the facilitator closed the workshop is
 * told so at join time instead of joining a finished room.
 */
export function statusLifecycle(catalog: Catalog): RoomLifecycle {
  return {
    async loaded(room: Room) {
      const name = parseRoomName(room.name)
      if (name?.kind !== 'board') return
      const isClosed = () => readMeta(room.doc).phase === 'closed'
      let closed = isClosed()
      await catalog.setOpen(name.workshopId, !closed)
      room.doc.getMap(BOARD_MAPS.meta).observe((event) => {
        if (!event.keysChanged.has('phase') || isClosed() === closed) return
        closed = isClosed()
        catalog
          .setOpen(name.workshopId, !closed)
          .catch((error) => room.logger.error({ err: error }, 'saving the workshop status failed'))
      })
    },
  }
}
