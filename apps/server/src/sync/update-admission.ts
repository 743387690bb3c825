import type * as Y from 'yjs'
import { pendingReason } from './update-gaps.js'
import type { PolicyPeer, UpdatePolicy } from './update-policy.js'
import { NonCanonicalUpdate, readUpdateShape, TooManyClients } from './update-shape.js'

/** Thrown to the connection for an update that is not a canonical Yjs V1 update. */
export class MalformedUpdate extends Error {}

/**
 * Why a writer's `update` may not touch `doc` at all, or null. In order: its
 * structure (throws `MalformedUpdate` when it is not canonical), the new
 * client ids it names, the pending structs it would leave, then the room's
 * policies. Reads the update once and the document's state vector; changes
 * nothing.
 */
export function refusalOf(
  peer: PolicyPeer,
  update: Uint8Array,
  room: {
    doc: Y.Doc
    storedBytes: number
    maxNewClients: number
    policies: readonly UpdatePolicy[]
  },
): string | null {
  const { doc } = room
  let shape: ReturnType<typeof readUpdateShape>
  try {
    const clients = doc.store.clients
    shape = readUpdateShape(update, {
      max: room.maxNewClients,
      known: (client) => clients.has(client),
    })
  } catch (error) {
    if (error instanceof TooManyClients) return `too-many-clients: ${error.message}`
    if (error instanceof NonCanonicalUpdate) throw new MalformedUpdate(error.message)
    throw new MalformedUpdate('not a Yjs V1 update')
  }
  const pending = pendingReason(shape, doc)
  if (pending) return `out-of-order: ${pending}`
  const facts = { update, shape, doc, storedBytes: room.storedBytes }
  for (const policy of room.policies) {
    const reason = policy.beforeUpdate?.(peer, facts) ?? null
    if (reason) return reason
  }
  return null
}
