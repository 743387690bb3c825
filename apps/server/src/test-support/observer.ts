import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { encodeSyncStep1 } from '../sync/protocol.js'
import { openRaw, type RawSocket } from './raw-socket.js'

/**
 * A phone that applies whatever the server relays to a document of its own,
 * and counts the frames its Yjs could not apply (a relay of bad bytes makes
 * every client of the room throw).
 */
export interface Observer {
  doc: Y.Doc
  socket: RawSocket
  /** Relayed updates that threw when applied. */
  failures: number
  /** Updates applied so far (step 2 and updates). */
  applied: number
}

export async function observe(server: { url: string }, room: string, token: string) {
  const socket = await openRaw(server, room, token)
  const observer: Observer = { doc: new Y.Doc(), socket, failures: 0, applied: 0 }
  socket.ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data))
    if (decoding.readVarUint(decoder) !== 0) return
    const type = decoding.readVarUint(decoder)
    if (type === 0) return // the server's step 1: this observer writes nothing
    try {
      Y.applyUpdate(observer.doc, decoding.readVarUint8Array(decoder), 'server')
      observer.applied++
    } catch {
      observer.failures++
    }
  })
  socket.send(encodeSyncStep1(Y.encodeStateVector(observer.doc)))
  return observer
}
