import { REVOKED_CLOSE_CODE, REVOKED_REASON } from '../auth/revocation.js'
import { closeCampaignConnections } from '../campaigns/campaign-room.js'
import type { Connection } from '../sync/connection.js'
import type { ClusterEvent } from './room-bus.js'

/**
 * Closes this process's connections that an event ends: a removed
 * participant's, facilitator connections older than a key rotation, or a
 * campaign's organiser connections older than a rotation of its key.
 * The same for an event of this process and one announced by another.
 */
export function connectionCloser(connections: ReadonlySet<Connection>) {
  return (event: ClusterEvent): void => {
    if (event.kind === 'ballots-changed') return
    if (event.kind === 'organisers-revoked') {
      closeCampaignConnections(connections, event.campaignId, event.generation)
      return
    }
    for (const connection of connections) {
      const who = connection.identity
      if (who.workshopId !== event.workshopId) continue
      if (event.kind === 'participant-removed') {
        // 4403: the stock provider treats 44xx as final and does not reconnect.
        if (who.participantId === event.participantId) connection.close(4403, 'participant-removed')
      } else if (who.generation !== undefined && who.generation < event.generation) {
        connection.close(REVOKED_CLOSE_CODE, REVOKED_REASON)
      }
    }
  }
}
