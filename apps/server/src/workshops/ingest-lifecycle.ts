import {
  ingestParticipant,
  PARTICIPANT_MAPS,
  participantsToReingest,
  REASONS,
  readMeta,
} from '@atelier/board-model'
import { boardRoom, parseRoomName, privateRoom } from '../auth/access.js'
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from '../sync/limits.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle, RoomRegistry } from '../sync/room-registry.js'
import { documentQuota } from '../sync/update-policy.js'
import type { Ballot, Catalog } from './catalog.js'
import { type IngestMetrics, NO_INGEST_METRICS } from './ingest-metrics.js'
import { NoteRate } from './note-rate.js'
import { SERVER_ORIGIN } from './origin.js'
import { TurnQueue } from './reingest-queue.js'
import type { TallyKeeper } from './tally-lifecycle.js'

interface Link {
  workshopId: string
  participantId: string
  /** The ballot last saved, as JSON, to save only changes. */
  savedBallot: string | null
  board: Room
  /** Authors, names and withheld texts: ingest writes them here, never on the board. */
  privateRoom: Room
  schedule: () => void
  /** The re-ingest planned for when the note bucket refills, if one is. */
  retry: NodeJS.Timeout | null
  /** Set once the document passed `maxParticipantEntries` (logged once). */
  overfull: boolean
}

/**
 * Entries of the participant's maps, deleted keys included: Yjs keeps one
 * item per key ever set, and ingest would walk them all. O(1).
 */
function entryCount(participant: Room): number {
  let count = 0
  for (const name of [PARTICIPANT_MAPS.notes, PARTICIPANT_MAPS.votes])
    count += participant.doc.getMap(name)._map.size
  return count
}

/**
 * Wires participant documents to their board: while a participant's room is
 * loaded it holds its board room, and every change the participant makes is
 * ingested (validated, then applied to the board under the server's
 * origin). A facilitator's change re-ingests the loaded participants it
 * concerns: notes written while collection was closed land when it reopens;
 * a moderated note's author is told it was hidden or deleted.
 *
 * Bounds (SyncLimits): new notes per participant are rate-limited (a refused
 * note gets the receipt `too-fast` and is re-ingested when the bucket
 * refills); a document past `maxParticipantEntries` is not ingested at all;
 * the document's byte budget counts the server's receipts too (they are
 * stored in it); a gating change re-ingests `reingestPerTurn` rooms per turn.
 */
export function ingestLifecycle(
  catalog: Catalog,
  tallies: Pick<TallyKeeper, 'ballotsChanged'>,
  limits: SyncLimits = DEFAULT_SYNC_LIMITS,
  metrics: IngestMetrics = NO_INGEST_METRICS,
): RoomLifecycle {
  const links = new Map<Room, Link>()
  const noteRate = new NoteRate(limits.notesBurst, limits.notesRefillMs)

  const ingest = (participant: Room, link: Link) => {
    // With several processes, the one leading the participant's room ingests it.
    if (!participant.leadership.leads) return
    if (participant.doc.isDestroyed || link.board.doc.isDestroyed) return
    if (entryCount(participant) > limits.maxParticipantEntries) {
      if (!link.overfull)
        participant.logger.warn(
          { max: limits.maxParticipantEntries },
          'participant document holds too many entries; not ingested',
        )
      link.overfull = true
      return
    }
    if (link.privateRoom.doc.isDestroyed) return
    const key = `${link.workshopId}:${link.participantId}`
    try {
      const report = ingestParticipant(
        link.board.doc,
        link.privateRoom.doc,
        participant.doc,
        link.participantId,
        SERVER_ORIGIN,
        { admitNewNote: () => noteRate.take(key) },
      )
      metrics.ingested({
        added: report.added.length,
        updated: report.updated.length,
        removed: report.removed.length,
      })
      if (readMeta(link.board.doc).phase === 'vote') saveBallot(participant, link)
      if (!link.retry && report.rejected.some((r) => r.reason === REASONS.tooFast)) {
        // Ingest is a reconciliation: running it again once a token is back lands the note.
        link.retry = setTimeout(
          () => {
            link.retry = null
            ingest(participant, link)
          },
          Math.max(1, noteRate.msUntilNext(key)),
        )
        link.retry.unref()
      }
    } catch (error) {
      metrics.ingestFailed()
      participant.logger.error({ err: error }, 'ingest failed')
    }
  }
  const reingest = new TurnQueue<Room>(limits.reingestPerTurn, (participant) => {
    const link = links.get(participant)
    if (link) ingest(participant, link)
  })

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
      (error) => participant.logger.error({ err: error }, 'saving the ballot failed'),
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
          for (const [participant, link] of links) {
            if (
              link.board === room &&
              (scope.all || scope.participants.includes(link.participantId))
            )
              reingest.add(participant)
          }
        })
        return
      }
      if (name?.kind !== 'participant' || !name.participantId) return
      room.use(
        documentQuota({
          bytes: limits.participantDocumentBytes,
          clients: limits.maxClientsPerParticipantDocument,
        }),
      )
      const board = await registry.acquire(boardRoom(name.workshopId))
      const privateDoc = await registry.acquire(privateRoom(name.workshopId))
      let scheduled = false
      const link: Link = {
        workshopId: name.workshopId,
        participantId: name.participantId,
        savedBallot: null,
        board,
        retry: null,
        overfull: false,
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
      // Taking over from a process that died: what it left unread is ingested now.
      room.leadership.onGained(() => ingest(room, link))
      ingest(room, link)
    },
    unloading(room: Room, registry: RoomRegistry) {
      const link = links.get(room)
      if (!link) return
      links.delete(room)
      reingest.delete(room)
      if (link.retry) clearTimeout(link.retry)
      registry.release(link.board)
      registry.release(link.privateRoom)
    },
  }
}
