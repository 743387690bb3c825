import { migrateBoard, privacyScope, reconcilePrivacy } from '@atelier/board-model'
import type * as Y from 'yjs'
import { parseRoomName, privateRoom } from '../auth/access.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle, RoomRegistry } from '../sync/room-registry.js'
import { SERVER_ORIGIN } from './origin.js'

interface Held {
  board: Room
  privateRoom: Room
  /** Notes to look at in the next pass; 'all' when silent mode changed. Null: no pass due. */
  pending: Set<string> | 'all' | null
}

/**
 * Keeps the board to what everyone in the workshop may read. While a board
 * is loaded it holds the workshop's private room (server writes, facilitator
 * reads): on load it migrates the board (moving authors, names and hidden
 * texts of older boards there) before any peer sees it, and after every
 * transaction not made by the server (a facilitator hiding or unhiding a
 * note, turning silent mode on or off, editing a hidden note, an older
 * client writing an author) it moves what the board may not show to the
 * private room and copies back what the facilitator released.
 *
 * Register it first: other lifecycles (ingest, tallies) find the private
 * room loaded and the board migrated.
 */
export function privacyLifecycle(): RoomLifecycle {
  const held = new Map<Room, Held>()

  const reconcile = (entry: Held) => {
    const pending = entry.pending
    entry.pending = null
    // With several processes, the one leading the board reconciles (a frame's
    // own transaction is reconciled where it arrives: see withinTransaction).
    if (!entry.board.leadership.leads) return
    if (entry.board.doc.isDestroyed || entry.privateRoom.doc.isDestroyed) return
    try {
      const only = pending === 'all' || pending === null ? undefined : pending
      reconcilePrivacy(entry.board.doc, entry.privateRoom.doc, SERVER_ORIGIN, only)
    } catch (error) {
      entry.board.logger.error({ err: error }, 'privacy reconcile failed')
    }
  }

  return {
    async loaded(room: Room, registry: RoomRegistry) {
      const name = parseRoomName(room.name)
      if (name?.kind !== 'board') return
      const privateDoc = await registry.acquire(privateRoom(name.workshopId))
      const entry: Held = { board: room, privateRoom: privateDoc, pending: null }
      held.set(room, entry)
      // Only the server migrates a board, once, before anyone sees it (the
      // leading process; one that takes over finishes what was left).
      const migrate = () => {
        if (!room.leadership.leads || room.doc.isDestroyed || privateDoc.doc.isDestroyed) return
        migrateBoard(room.doc, SERVER_ORIGIN, privateDoc.doc)
        reconcile(entry)
      }
      migrate()
      room.leadership.onGained(migrate)
      // Transactions already reconciled inside themselves (a facilitator's frame).
      const reconciled = new WeakSet<Y.Transaction>()
      room.use({
        // In the frame's own transaction: a note the facilitator adds in silent
        // mode, or an edit of a hidden note, is withheld before it is encoded,
        // so no reader ever receives its text.
        withinTransaction(_peer, transaction) {
          const scope = privacyScope(room.doc, transaction)
          if (!scope || privateDoc.doc.isDestroyed) return false
          try {
            const report = reconcilePrivacy(
              room.doc,
              privateDoc.doc,
              SERVER_ORIGIN,
              scope.all ? undefined : scope.notes,
            )
            reconciled.add(transaction)
            return report.withheld.length > 0 || report.released.length > 0 || report.scrubbed
          } catch (error) {
            // The pass after the transaction tries again; the frame itself stands.
            room.logger.error({ err: error }, 'privacy reconcile failed')
            return false
          }
        },
      })
      room.doc.on('afterTransaction', (transaction) => {
        if (transaction.origin === SERVER_ORIGIN || reconciled.has(transaction)) return
        // Clustering, the timer, phase changes: no pass; a hide: that note only.
        const scope = privacyScope(room.doc, transaction)
        if (!scope) return
        const first = entry.pending === null
        if (scope.all) entry.pending = 'all'
        else if (entry.pending !== 'all') {
          entry.pending ??= new Set()
          for (const id of scope.notes) entry.pending.add(id)
        }
        // Batched after the transaction (and its relay): one pass per burst.
        if (first) queueMicrotask(() => reconcile(entry))
      })
    },
    unloading(room: Room, registry: RoomRegistry) {
      const entry = held.get(room)
      if (!entry) return
      held.delete(room)
      registry.release(entry.privateRoom)
    },
  }
}
