import { BOARD_MAPS, ingestParticipant } from '@atelier/board-model'
import { boardRoom, parseRoomName } from '../auth/access.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle, RoomRegistry } from '../sync/room-registry.js'
import { SERVER_ORIGIN } from './origin.js'

interface Link {
  participantId: string
  board: Room
  schedule: () => void
}

/**
 * Wires participant documents to their board: while a participant's room is
 * loaded it holds its board room, and every change the participant makes is
 * ingested (validated, then applied to the board under the server's
 * origin). A change of the board's meta (phase, lock) re-ingests the loaded
 * participants, so notes written while collection was closed land when the
 * facilitator reopens it.
 */
export function ingestLifecycle(
  log: (message: string, error?: unknown) => void = () => {},
): RoomLifecycle {
  const links = new Map<Room, Link>()

  const ingest = (participant: Room, link: Link) => {
    if (participant.doc.isDestroyed || link.board.doc.isDestroyed) return
    try {
      ingestParticipant(link.board.doc, participant.doc, link.participantId, SERVER_ORIGIN)
    } catch (error) {
      log(`ingest of ${participant.name} failed`, error)
    }
  }

  return {
    async loaded(room: Room, registry: RoomRegistry) {
      const name = parseRoomName(room.name)
      if (name?.kind === 'board') {
        room.doc.getMap(BOARD_MAPS.meta).observeDeep(() => {
          for (const link of links.values()) if (link.board === room) link.schedule()
        })
        return
      }
      if (name?.kind !== 'participant' || !name.participantId) return
      const board = await registry.acquire(boardRoom(name.workshopId))
      let scheduled = false
      const link: Link = {
        participantId: name.participantId,
        board,
        // Batches the updates of one tick into one ingest, outside Yjs' event handlers.
        schedule: () => {
          if (scheduled) return
          scheduled = true
          queueMicrotask(() => {
            scheduled = false
            ingest(room, link)
          })
        },
      }
      links.set(room, link)
      room.doc.on('afterTransaction', (transaction) => {
        if (transaction.origin !== SERVER_ORIGIN) link.schedule()
      })
      ingest(room, link)
    },
    unloading(room: Room, registry: RoomRegistry) {
      const link = links.get(room)
      if (!link) return
      links.delete(room)
      registry.release(link.board)
    },
  }
}
