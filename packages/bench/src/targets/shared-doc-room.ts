import * as Y from 'yjs'
import type { DocClient } from '../harness/doc-client.js'
import { marker } from '../harness/markers.js'
import type { BenchRoom, LayoutWriter, NoteWriter, Reader } from './target.js'
import { noteText } from './target.js'

/** Notes written per transaction while seeding: each stays well under any frame limit. */
export const SEED_CHUNK = 400

/** A note as a phone writes it: the same map in every server's document. */
export function writeNote(doc: Y.Doc, id: string, seq: number): void {
  doc.getMap('notes').set(
    id,
    new Y.Map<unknown>([
      ['text', noteText(marker(seq))],
      ['dimension', 'vision'],
      ['createdAt', Date.now()],
    ]),
  )
}

let rooms = 0

/**
 * A room of a reference server: one shared document that phones read and
 * write straight into, positions included (nothing checks anything).
 */
export function sharedDocRoom(
  connect: (room: string) => DocClient,
  reader: (room: string) => Reader,
  /** A client that writes and ignores what it is sent (see `wireClient`). */
  connectWriter: (room: string) => DocClient,
): BenchRoom {
  const name = `bench-${++rooms}`
  const clients: DocClient[] = []
  const open = async (writeOnly = false) => {
    const client = writeOnly ? connectWriter(name) : connect(name)
    clients.push(client)
    await client.synced
    return client
  }
  return {
    name,
    phones: async (count) => Array.from({ length: count }, () => reader(name)),
    async writers(count) {
      return Promise.all(
        Array.from({ length: count }, async (_, i): Promise<NoteWriter> => {
          const client = await open(true)
          return { client, write: (seq) => writeNote(client.doc, `w${i}-${seq}`, seq) }
        }),
      )
    },
    presenceClients: (count) => Promise.all(Array.from({ length: count }, () => open())),
    facilitatorPresenceClients: (count) => Promise.all(Array.from({ length: count }, () => open())),
    async seed(count) {
      // The writer stays connected: these servers forget a document nobody holds.
      const client = await open()
      const ids: string[] = []
      for (let start = 0; start < count; start += SEED_CHUNK)
        client.doc.transact(() => {
          for (let seq = start; seq < Math.min(count, start + SEED_CHUNK); seq++) {
            ids.push(`s${seq}`)
            writeNote(client.doc, `s${seq}`, seq)
          }
        })
      return ids
    },
    async facilitator(): Promise<LayoutWriter> {
      const client = await open()
      const layout = client.doc.getMap<{ x: number; y: number }>('positions')
      return {
        client,
        move: (positions) =>
          client.doc.transact(() => {
            for (const [id, point] of Object.entries(positions)) layout.set(id, point)
          }),
      }
    },
    async documents() {
      // A reader of the whole document (the writers only write, and hold their own notes only).
      const client = await open()
      return [Y.encodeStateAsUpdate(client.doc)]
    },
    close() {
      for (const client of clients.splice(0)) client.close()
    },
  }
}
