import {
  ingestParticipant,
  PARTICIPANT_MAPS,
  participantsToReingest,
  readMeta,
} from '@atelier/board-model'
import { boardRoom, parseRoomName, privateRoom } from '../auth/access.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle, RoomRegistry } from '../sync/room-registry.js'
import type { Ballot, Catalog } from './catalog.js'
import { SERVER_ORIGIN } from './origin.js'
import type { TallyKeeper } from './tally-lifecycle.js'

/** What a participant may make the server store for their own document (~1,000 long notes). */
export const PARTICIPANT_DOCUMENT_BYTES = 1024 * 1024

interface Link {
  workshopId: string
  participantId: string
  /** The ballot last saved, as JSON, to save only changes. */
  savedBallot: string | null
  board: Room
  /** Authors, names and withheld texts: ingest writes them here, never on the board. */
  privateRoom: Room
  schedule: () => void
}

/**
 * Wires participant documents to their board: while a participant's room is
 * loaded it holds its board room, and every change the participant makes is
 * ingested (validated, then applied to the board under the server's
 * origin). A facilitator's change re-ingests the loaded participants it
 * concerns: notes written while collection was closed land when it reopens;
 * a moderated note's author is told it was hidden or deleted.
 */
export function ingestLifecycle(
  catalog: Catalog,
  tallies: TallyKeeper,
  log: (message: string, error?: unknown) => void = () => {},
): RoomLifecycle {
  const links = new Map<Room, Link>()

  const ingest = (participant: Room, link: Link) => {
    if (participant.doc.isDestroyed || link.board.doc.isDestroyed) return
    if (link.privateRoom.doc.isDestroyed) return
    try {
      ingestParticipant(
        link.board.doc,
        link.privateRoom.doc,
        participant.doc,
        link.participantId,
        SERVER_ORIGIN,
      )
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
        // The privacy lifecycle (registered first) migrated the board and holds its private room.
        // A facilitator's change may alter what ingest accepts or what receipts say
        // (phase, lock, vote rules, moderated notes): re-ingest whom it concerns.
        room.doc.on('afterTransaction', (transaction) => {
          if (transaction.origin === SERVER_ORIGIN) return
          const privateDoc = registry.peek(privateRoom(name.workshopId))?.doc
          const scope = participantsToReingest(room.doc, transaction, privateDoc)
          if (!scope.all && scope.participants.length === 0) return
          for (const link of links.values()) {
            if (
              link.board === room &&
              (scope.all || scope.participants.includes(link.participantId))
            )
              link.schedule()
          }
        })
        return
      }
      if (name?.kind !== 'participant' || !name.participantId) return
      room.byteBudget = PARTICIPANT_DOCUMENT_BYTES
      const board = await registry.acquire(boardRoom(name.workshopId))
      const privateDoc = await registry.acquire(privateRoom(name.workshopId))
      let scheduled = false
      const link: Link = {
        workshopId: name.workshopId,
        participantId: name.participantId,
        savedBallot: null,
        board,
        privateRoom: privateDoc,
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
      registry.release(link.privateRoom)
    },
  }
}
