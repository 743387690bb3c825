import { BOARD_MAPS, ingestParticipant, PARTICIPANT_MAPS, readMeta } from '@atelier/board-model'
import { boardRoom, parseRoomName } from '../auth/access.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle, RoomRegistry } from '../sync/room-registry.js'
import type { Ballot, Catalog } from './catalog.js'
import { SERVER_ORIGIN } from './origin.js'
import type { TallyKeeper } from './tally-lifecycle.js'

interface Link {
  workshopId: string
  participantId: string
  /** The ballot last saved, as JSON, to save only changes. */
  savedBallot: string | null
  board: Room
  schedule: () => void
}

/**
 * Wires participant documents to their board: while a participant's room is
 * loaded it holds its board room, and every change the participant makes is
 * ingested (validated, then applied to the board under the server's
 * origin). A change of the board's meta (phase, lock) re-ingests the loaded
 * participants, so notes written while collection was closed land when the
 * facilitator reopens it; a moderated note re-ingests its author, whose
 * receipts then say it was hidden or deleted.
 */
export function ingestLifecycle(
  catalog: Catalog,
  tallies: TallyKeeper,
  log: (message: string, error?: unknown) => void = () => {},
): RoomLifecycle {
  const links = new Map<Room, Link>()

  const ingest = (participant: Room, link: Link) => {
    if (participant.doc.isDestroyed || link.board.doc.isDestroyed) return
    try {
      ingestParticipant(link.board.doc, participant.doc, link.participantId, SERVER_ORIGIN)
      if (readMeta(link.board.doc).phase === 'vote') saveBallot(participant, link)
    } catch (error) {
      log(`ingest of ${participant.name} failed`, error)
    }
  }

  // Ballots are saved only while voting, so the tallies freeze when the vote phase ends.
  const saveBallot = (participant: Room, link: Link) => {
    const ballot: Ballot = {}
    for (const [cluster, count] of participant.doc.getMap(PARTICIPANT_MAPS.votes).entries()) {
      if (typeof count === 'number' && count > 0) ballot[cluster] = count
    }
    const json = JSON.stringify(ballot)
    if (json === link.savedBallot) return
    link.savedBallot = json
    catalog.saveBallot(link.workshopId, link.participantId, ballot, Date.now()).then(
      () => tallies.ballotsChanged(link.workshopId),
      (error) => log(`saving the ballot of ${participant.name} failed`, error),
    )
  }

  return {
    async loaded(room: Room, registry: RoomRegistry) {
      const name = parseRoomName(room.name)
      if (name?.kind === 'board') {
        const reingestAll = () => {
          for (const link of links.values()) if (link.board === room) link.schedule()
        }
        room.doc.getMap(BOARD_MAPS.meta).observeDeep(reingestAll)
        // The facilitator hid, deleted or edited a note: its author's receipts must say so.
        room.doc.getMap(BOARD_MAPS.notes).observeDeep((_events, transaction) => {
          if (transaction.origin !== SERVER_ORIGIN) reingestAll()
        })
        return
      }
      if (name?.kind !== 'participant' || !name.participantId) return
      const board = await registry.acquire(boardRoom(name.workshopId))
      let scheduled = false
      const link: Link = {
        workshopId: name.workshopId,
        participantId: name.participantId,
        savedBallot: null,
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
