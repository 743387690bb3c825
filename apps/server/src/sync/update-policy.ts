import type * as Y from 'yjs'
import type { UpdateShape } from './update-shape.js'

/** A connection as a policy sees it. */
export interface PolicyPeer {
  readonly label: string
  readonly participantId?: string | undefined
}

/** What a policy may read about the room and the update it judges. */
export interface UpdateFacts {
  /** The raw V1 update, as the peer sent it. */
  readonly update: Uint8Array
  /** Its structure, already read and found canonical. */
  readonly shape: UpdateShape
  /** The room's document (read it, never write it from a policy). */
  readonly doc: Y.Doc
  /** Bytes the room's store holds for this document, snapshot included. */
  readonly storedBytes: number
}

/**
 * A per-room rule consulted before a writer's update touches the document
 * (Hocuspocus' `beforeHandleMessage`, narrowed to updates). A reason refuses
 * the update whole: the peer is told `permission-denied` with it, nothing is
 * applied, stored or relayed. Policies run in the order they were added;
 * the first reason wins.
 */
export interface UpdatePolicy {
  beforeUpdate(peer: PolicyPeer, facts: UpdateFacts): string | null
}

/**
 * The quota of a participant's own document: a few hundred short notes by a
 * handful of devices. Judged on the frame (what it costs to apply and keep
 * in memory) and on what is stored (what it costs on disk and at every
 * reload), and on the client ids the document would hold: each one costs
 * memory and time at every load, whatever the bytes.
 */
export function documentQuota(limits: { bytes: number; clients: number }): UpdatePolicy {
  return {
    beforeUpdate(_peer, { update, shape, doc, storedBytes }) {
      // A phone re-sending what the server already has stores nothing: judge
      // the frame against the whole budget, not against what is left of it.
      if (update.length > limits.bytes)
        return `quota-exceeded: an update may hold ${limits.bytes} bytes`
      if (storedBytes >= limits.bytes)
        return `quota-exceeded: this document may hold ${limits.bytes} bytes`
      let clients = doc.store.clients.size
      for (const client of shape.structs.keys()) if (!doc.store.clients.has(client)) clients++
      if (clients > limits.clients)
        return `quota-exceeded: this document may hold ${limits.clients} client ids`
      return null
    },
  }
}
