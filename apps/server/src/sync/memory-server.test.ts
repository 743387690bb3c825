import { addOwnNote, readBoard } from '@atelier/board-model'
import { afterEach, describe, expect, it } from 'vitest'
import { memoryStorage } from '../store/memory-storage.js'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'

// The whole server on the in-memory storage, synchronous and asynchronous
// (appends commit on a later turn, as PostgreSQL's do): a phone's note
// reaches the projector through ingest, stock providers only.

let server: TestServer | undefined
const clients: Client[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.stop()
  server = undefined
})

for (const asynchronous of [false, true]) {
  describe(`a server on memory storage (${asynchronous ? 'asynchronous' : 'synchronous'})`, () => {
    it('relays a phone note to the screen and lets a late screen sync it', async () => {
      server = await startTestServer(undefined, { storage: memoryStorage({ asynchronous }) })
      const s = server
      const workshop = await createWorkshop(s)
      const joined = await joinWorkshop(s, workshop.code, 'Amandine')
      const phone = connect(s, `${workshop.id}:${joined.participantId}`, joined.token)
      const screen = connect(s, workshop.id, await roleToken(s, workshop, 'screen'))
      clients.push(phone, screen)
      await Promise.all([phone.synced, screen.synced])
      addOwnNote(phone.doc, { text: 'Une idée en mémoire', dimension: 'vision' })
      const onBoard = (client: Client) =>
        Object.values(readBoard(client.doc).notes).some((n) => n.text === 'Une idée en mémoire')
      await waitFor(() => onBoard(screen), 10_000, 'the note on the screen')
      const late = connect(s, workshop.id, await roleToken(s, workshop, 'screen'))
      clients.push(late)
      await late.synced
      expect(onBoard(late)).toBe(true)
      expect(readBoard(late.doc).meta.title).toBe('Atelier de test')
    })
  })
}
