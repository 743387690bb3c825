import * as Y from 'yjs'
import type { UpdateShape } from './update-shape.js'

/**
 * Why an update would leave pending structs or pending deletes in `doc`, or
 * null when Yjs can integrate all of it now.
 *
 * Yjs keeps what it cannot integrate yet (a struct group starting past the
 * document's clock for that client, an item whose origin or parent is
 * unknown, a delete range past what is known) in `pendingStructs` /
 * `pendingDs`, in memory, and folds it into the next update it encodes: a
 * phone could park megabytes there for free and have a later 20-byte update
 * write them all. A stock provider never sends such gaps: it syncs with the
 * server only, and the server sends none.
 *
 * "Known" after the update is the document's clock or the end of the
 * update's own group, whichever is further.
 */
export function pendingReason(shape: UpdateShape, doc: Y.Doc): string | null {
  const known = (client: number) =>
    Math.max(Y.getState(doc.store, client), shape.structs.get(client)?.end ?? 0)
  for (const [client, { start }] of shape.structs) {
    const state = Y.getState(doc.store, client)
    if (start > state) return `client ${client} starts at clock ${start}, the server has ${state}`
  }
  for (const [client, needed] of shape.references) {
    if (needed > known(client)) return `an item refers to client ${client} clock ${needed - 1}`
  }
  for (const [client, end] of shape.deletes) {
    if (end > known(client)) return `a delete range of client ${client} ends past clock ${end - 1}`
  }
  return null
}
