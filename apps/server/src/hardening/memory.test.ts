import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addOwnNote, readBoard } from '@atelier/board-model'
import { afterAll, describe, expect, it } from 'vitest'
import {
  api,
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  waitFor,
} from '../test-support/harness.js'
import { recordFigures } from './support/figures.js'
import { type ProbedServer, spawnProbed } from './support/probed-server.js'

// Issue 9: three cycles of 200 phones joining (their own document and the
// board, one note each) and leaving, against the built server in a child
// process started with --expose-gc. After each cycle every room is unloaded
// (the registry is empty) and the server's heap after a full collection is
// back within 10% of its baseline. The baseline is taken after a warm-up
// cycle of the same phones, so that code compiled and caches filled on first
// use (JIT, SQLite statements, the catalog) are not counted as a leak.

const PHONES = 200
const CYCLES = 3
const BOUND = 1.1

const dataDir = mkdtempSync(join(tmpdir(), 'atelier-memory-'))
let server: ProbedServer | undefined
const clients: Client[] = []
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy()
  server?.child.kill('SIGKILL')
  await server?.exited
  rmSync(dataDir, { recursive: true, force: true })
})

interface Health {
  rooms: number
  connections: number
}

describe('memory: phones joining and leaving', () => {
  it(`unloads every room and returns within 10% of its heap after ${CYCLES} cycles of ${PHONES} phones`, async () => {
    server = await spawnProbed(dataDir, { nodeArgs: ['--expose-gc'] })
    const workshop = await createWorkshop(server, { template: 'congress' })
    const phones: Awaited<ReturnType<typeof joinWorkshop>>[] = []
    for (let i = 0; i < PHONES; i++) phones.push(await joinWorkshop(server, workshop.code))
    const health = async () => (await api<Health>(server!, '/healthz')).body

    let notes = 0
    /** 200 phones connect, each sends a note, the board shows them all, then all leave. */
    const cycle = async () => {
      const sockets = phones.flatMap((phone) => [
        connect(server!, `${workshop.id}:${phone.participantId}`, phone.token),
        connect(server!, workshop.id, phone.token),
      ])
      clients.push(...sockets)
      await Promise.all(sockets.map((s) => s.synced))
      const peak = await health()
      sockets.forEach((socket, i) => {
        if (i % 2 === 0)
          addOwnNote(socket.doc, { text: `Note ${notes + i / 2}`, dimension: 'vision' })
      })
      notes += PHONES
      const last = sockets[sockets.length - 1]!
      await waitFor(
        () => Object.keys(readBoard(last.doc).notes).length === notes,
        60_000,
        'every note on the board',
      )
      for (const socket of clients.splice(0)) socket.destroy()
      await waitFor(
        async () => {
          const now = await health()
          return now.rooms === 0 && now.connections === 0
        },
        30_000,
        'every room unloaded',
      )
      return peak
    }

    await cycle()
    const baseline = await server.probe('gc')
    await server.probe('reset')
    const heaps: number[] = []
    let peakRooms = 0
    for (let i = 0; i < CYCLES; i++) {
      const peak = await cycle()
      peakRooms = Math.max(peakRooms, peak.rooms)
      expect((await health()).rooms).toBe(0)
      heaps.push((await server.probe('gc')).heapUsed)
    }
    const reading = await server.probe()
    const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10
    recordFigures('memory', {
      cycles: CYCLES,
      phonesPerCycle: PHONES,
      peakRoomsLoaded: peakRooms,
      baselineHeapMB: mb(baseline.heapUsed),
      heapAfterCyclesMB: heaps.map(mb).join(' / '),
      worstHeapRatio: Math.round((Math.max(...heaps) / baseline.heapUsed) * 1000) / 1000,
      baselineRssMB: mb(baseline.rss),
      peakRssMB: mb(reading.peakRss),
      rssAfterMB: mb(reading.rss),
    })
    expect(peakRooms).toBe(PHONES + 2)
    for (const heap of heaps) expect(heap).toBeLessThan(baseline.heapUsed * BOUND)
  })
})
