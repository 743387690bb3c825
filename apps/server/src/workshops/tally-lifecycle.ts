import {
  BOARD_MAPS,
  PRIVATE_MAPS,
  readBoard,
  tallyVotes,
  voteProgress,
  writeTallies,
} from '@atelier/board-model'
import { parseRoomName, privateRoom } from '../auth/access.js'
import { type Logger, SILENT_LOGGER } from '../logging/logger.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle, RoomRegistry } from '../sync/room-registry.js'
import type { Catalog } from './catalog.js'
import { SERVER_ORIGIN } from './origin.js'

interface Watched {
  board: Room
  privateRoom: Room
  scheduled: boolean
}

/**
 * Keeps the vote tallies (and the vote progress) true. While a board is loaded it holds the
 * workshop's private room and rewrites its `tallies` whenever a ballot, a
 * cluster, a participant or the vote settings change. The board's own
 * `tallies` (which phones and screens receive) is a copy made only while the
 * facilitator shows results, and emptied when they hide them.
 *
 * Ballots come from the catalog, not from the participant documents: they
 * are saved only during the vote phase, so votes are frozen when it ends.
 */
export class TallyKeeper implements RoomLifecycle {
  private readonly watched = new Map<string, Watched>()

  constructor(
    private readonly catalog: Catalog,
    private readonly logger: Logger = SILENT_LOGGER,
  ) {}

  async loaded(room: Room, registry: RoomRegistry): Promise<void> {
    const name = parseRoomName(room.name)
    if (name?.kind !== 'board') return
    const privateDoc = await registry.acquire(privateRoom(name.workshopId))
    const watched: Watched = { board: room, privateRoom: privateDoc, scheduled: false }
    this.watched.set(name.workshopId, watched)
    const changed = () => this.ballotsChanged(name.workshopId)
    for (const map of [BOARD_MAPS.meta, BOARD_MAPS.clusters, BOARD_MAPS.participants]) {
      room.doc.getMap(map).observeDeep(changed)
    }
    // Ingest registers participants in the private room (the board names nobody).
    privateDoc.doc.getMap(PRIVATE_MAPS.participants).observe(changed)
    room.leadership.onGained(changed)
    await this.recount(name.workshopId)
  }

  unloading(room: Room, registry: RoomRegistry): void {
    const name = parseRoomName(room.name)
    if (name?.kind !== 'board') return
    const watched = this.watched.get(name.workshopId)
    if (!watched || watched.board !== room) return
    this.watched.delete(name.workshopId)
    registry.release(watched.privateRoom)
  }

  /** Something that may change the tallies happened; recount once this tick is over. */
  ballotsChanged(workshopId: string): void {
    const watched = this.watched.get(workshopId)
    if (!watched || watched.scheduled) return
    watched.scheduled = true
    setImmediate(() => {
      watched.scheduled = false
      this.recount(workshopId).catch((error) =>
        this.logger.error({ err: error, workshop: workshopId }, 'tally failed'),
      )
    })
  }

  private async recount(workshopId: string): Promise<void> {
    const watched = this.watched.get(workshopId)
    if (!watched) return
    const ballots = await this.catalog.listBallots(workshopId)
    const { board, privateRoom: privateDoc } = watched
    // With several processes, the one leading the board counts.
    if (!board.leadership.leads || board.doc.isDestroyed || privateDoc.doc.isDestroyed) return
    const state = readBoard(board.doc, privateDoc.doc)
    const tallies = tallyVotes(state, ballots)
    writeTallies(privateDoc.doc.getMap(PRIVATE_MAPS.tallies), tallies, SERVER_ORIGIN)
    // "23 / 38 ont voté": a pair of counts, written like tallies (differences only).
    const progress = voteProgress(state, ballots)
    writeTallies(privateDoc.doc.getMap(PRIVATE_MAPS.progress), { ...progress }, SERVER_ORIGIN)
    writeTallies(
      board.doc.getMap(BOARD_MAPS.tallies),
      state.meta.showTallies ? tallies : {},
      SERVER_ORIGIN,
    )
  }
}
