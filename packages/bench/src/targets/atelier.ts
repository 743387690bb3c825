import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addFacilitatorNote, setPositions } from '@atelier/board-model'
import * as Y from 'yjs'
import { spawnServer } from '../harness/child.js'
import { type DocClient, providerClient } from '../harness/doc-client.js'
import { phoneAddress, postJson } from '../harness/http.js'
import { marker } from '../harness/markers.js'
import { yWebsocketWire } from '../harness/wire.js'
import { SEED_CHUNK, writeNote } from './shared-doc-room.js'
import type { BenchRoom, Reader, Target } from './target.js'
import { noteText } from './target.js'

/**
 * The built server (`pnpm -r build`), as `pnpm start` runs it; or
 * BENCH_ATELIER_MAIN, another build's `dist/main.js` (a worktree of an
 * older commit, to measure a change against the build before it).
 */
const MAIN =
  process.env.BENCH_ATELIER_MAIN ??
  join(dirname(fileURLToPath(import.meta.resolve('@atelier/server'))), 'main.js')

interface Workshop {
  id: string
  code: string
  facilitatorKey: string
}

/** Joins made so far: each phone gets an address of its own, across rooms. */
let phonesJoined = 0

/**
 * Atelier as deployed on one machine: SQLite in a fresh data directory
 * (durable, the default), permissions, ingest and every limit on. Behind a
 * trusted proxy so each phone has its own address (X-Forwarded-For), as
 * behind nginx at a venue.
 */
export async function startAtelier(
  core: number,
  env: Record<string, string> = {},
  name: 'atelier' | 'atelier-instant' = 'atelier',
): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-bench-'))
  const server = await spawnServer({
    name,
    script: MAIN,
    core,
    ready: /localhost:(\d+)\//,
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      TRUSTED_PROXIES: '127.0.0.1',
      // Many rooms holds 100 workshops × 30 phones × 2 sockets, and more: past the default 5,000.
      MAX_CONNECTIONS: '10000',
      ...env,
    },
  })
  const http = `http://127.0.0.1:${server.port}`
  const sync = `ws://127.0.0.1:${server.port}/sync`

  async function room(): Promise<BenchRoom> {
    const workshop = await postJson<Workshop>(http, '/api/workshops', { title: "Banc d'essai" })
    const clients: DocClient[] = []
    /** The writers' own documents: synced full copies of what the server holds for each. */
    const ownDocuments: DocClient[] = []
    const token = (role: 'facilitator' | 'screen') =>
      postJson<{ token: string }>(
        http,
        `/api/workshops/${workshop.id}/tokens`,
        { role },
        { bearer: workshop.facilitatorKey },
      ).then((r) => r.token)
    const join = () =>
      postJson<{ participantId: string; token: string }>(
        http,
        '/api/join',
        { code: workshop.code },
        { from: phoneAddress(++phonesJoined) },
      )
    const joinMany = async (count: number) => {
      const joined: { participantId: string; token: string }[] = []
      for (let start = 0; start < count; start += 20)
        joined.push(
          ...(await Promise.all(Array.from({ length: Math.min(20, count - start) }, join))),
        )
      return joined
    }
    const open = async (room: string, params: Record<string, string>, announces = true) => {
      const client = providerClient(sync, room, params, { announces })
      clients.push(client)
      await client.synced
      return client
    }
    let facilitatorToken: Promise<string> | null = null
    const facilitator = () => {
      facilitatorToken ??= token('facilitator')
      return facilitatorToken
    }
    return {
      name: workshop.id,
      async phones(count) {
        return (await joinMany(count)).map(
          (phone): Reader => ({
            url: `${sync}/${workshop.id}?token=${phone.token}`,
            hello: yWebsocketWire.hello(workshop.id),
            copy: { url: `${http}/sync/${workshop.id}/state`, token: phone.token },
          }),
        )
      },
      async writers(count) {
        return Promise.all(
          (await joinMany(count)).map(async (phone, i) => {
            // A phone writes into its own room; the server ingests it into the
            // board. It announces no presence there, as Atelier's phone.
            const client = await open(
              `${workshop.id}:${phone.participantId}`,
              { token: phone.token },
              false,
            )
            ownDocuments.push(client)
            return { client, write: (seq: number) => writeNote(client.doc, `w${i}-${seq}`, seq) }
          }),
        )
      },
      async presenceClients(count) {
        const phones = await joinMany(count)
        return Promise.all(phones.map((phone) => open(workshop.id, { token: phone.token })))
      },
      async facilitatorPresenceClients(count) {
        const token = await facilitator()
        return Promise.all(Array.from({ length: count }, () => open(workshop.id, { token })))
      },
      async seed(count) {
        // The facilitator's own notes: written on the board directly, as fast as it takes them.
        const board = await open(workshop.id, { token: await facilitator() })
        const ids: string[] = []
        for (let start = 0; start < count; start += SEED_CHUNK)
          board.doc.transact(() => {
            for (let seq = start; seq < Math.min(count, start + SEED_CHUNK); seq++)
              ids.push(
                addFacilitatorNote(board.doc, { text: noteText(marker(seq)), dimension: 'vision' }),
              )
          })
        return ids
      },
      async facilitator() {
        // The facilitator's page announces its presence on the board only.
        const client = await open(`${workshop.id}:layout`, { token: await facilitator() }, false)
        return { client, move: (positions) => setPositions(client.doc, positions) }
      },
      async documents() {
        const board = await open(workshop.id, { token: await facilitator() })
        return [board, ...ownDocuments].map((client) => Y.encodeStateAsUpdate(client.doc))
      },
      close() {
        ownDocuments.length = 0
        for (const client of clients.splice(0)) client.close()
      },
    }
  }

  return {
    name,
    server,
    wire: yWebsocketWire,
    room,
    async stop() {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
