import {
  ingestParticipant,
  migrateBoard,
  PARTICIPANT_MAPS,
  participantsToReingest,
  readMeta,
} from '@atelier/board-model'
import { boardRoom, parseRoomName } from '../auth/access.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle, RoomRegistry } from '../sync/room-registry.js'
import { documentQuota } from '../sync/update-policy.js'
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
        // Only the server migrates a board, once, before anyone sees it.
        migrateBoard(room.doc, SERVER_ORIGIN)
        // A facilitator's change may alter what ingest accepts or what receipts say
        // (phase, lock, vote rules, moderated notes): re-ingest whom it concerns.
        room.doc.on('afterTransaction', (transaction) => {
          if (transaction.origin === SERVER_ORIGIN) return
          const scope = participantsToReingest(room.doc, transaction)
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
      room.use(
        documentQuota({
          bytes: room.limits.participantDocumentBytes,
          clients: room.limits.maxClientsPerParticipantDocument,
        }),
      )
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
