import type { CampaignState } from '@atelier/synthesis'
import { campaignUpdateViolation, readCampaignState } from '@atelier/synthesis/campaign-doc'
import { campaignRoom, parseRoomName } from '../auth/access.js'
import { REVOKED_CLOSE_CODE, REVOKED_REASON } from '../auth/revocation.js'
import type { Connection } from '../sync/connection.js'
import type { Room } from '../sync/room.js'
import type { RoomLifecycle, RoomRegistry } from '../sync/room-registry.js'
import { documentQuota, type UpdatePolicy } from '../sync/update-policy.js'

/**
 * What one campaign's working document may hold: a few thousand groups with
 * their recommendations and their typing history, by a few organisers'
 * devices.
 */
export const CAMPAIGN_DOCUMENT_LIMITS = Object.freeze({ bytes: 4 * 1024 * 1024, clients: 2000 })

/** Refuses an update that would put anything but the campaign document's shape in it. */
export const campaignShapePolicy: UpdatePolicy = {
  beforeUpdate: (_peer, { doc, update }) => campaignUpdateViolation(doc, update),
}

/**
 * The rooms `campaign:<campaignId>`: their policies (a quota, the shape),
 * and a change in one tells `changed` (a synthesis build started before it
 * must not be shared by the requests after it).
 */
export function campaignRoomLifecycle(changed: (campaignId: string) => void): RoomLifecycle {
  return {
    loaded(room: Room) {
      const name = parseRoomName(room.name)
      if (name?.kind !== 'campaign') return
      room.use(documentQuota(CAMPAIGN_DOCUMENT_LIMITS)).use(campaignShapePolicy)
      room.doc.on('update', () => changed(name.campaignId))
    },
  }
}

/**
 * The organisers' state of a campaign as its room holds it now, loading the
 * room from the store for the read if nobody has it open.
 */
export async function campaignStateOf(
  registry: RoomRegistry,
  campaignId: string,
): Promise<CampaignState> {
  const name = campaignRoom(campaignId)
  const open = registry.peek(name)
  if (open) return readCampaignState(open.doc)
  const room = await registry.acquire(name)
  try {
    return readCampaignState(room.doc)
  } finally {
    registry.release(room)
  }
}

/** After a rotation of the organiser key: closes the campaign's sockets of older generations (4401). */
export function closeCampaignConnections(
  connections: Iterable<Connection>,
  campaignId: string,
  generation: number,
): void {
  const name = campaignRoom(campaignId)
  for (const connection of connections) {
    const who = connection.identity
    if (who.workshopId === name && who.generation !== undefined && who.generation < generation)
      connection.close(REVOKED_CLOSE_CODE, REVOKED_REASON)
  }
}
