import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  addFacilitatorNote,
  addOwnNote,
  deleteNote,
  deleteOwnNote,
  readBoard,
} from '@atelier/board-model'
import * as prng from 'lib0/prng'
import { afterAll, expect } from 'vitest'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  waitFor,
} from '../../test-support/harness.js'
import { recordFigures } from './figures.js'
import { killHard, type ProbedServer, spawnProbed } from './probed-server.js'

// Issue 9: `kill -9` at random moments while 50 clients write (48 phones and
// two facilitator tabs), the built server restarted each time on the same
// port and store; the stock providers reconnect by themselves. After
// everyone is back, every note any client had seen is on the board exactly
// once, every note deleted stays deleted. Then SIGTERM flushes and exits in
// under 5 s, and a restart holds what was there. Run on SQLite
// (kill9.test.ts) and on PostgreSQL (kill9-postgres.test.ts).

const PHONES = 48
const SEED = 2026
/** One phone note per tick across all phones: about 12 a minute per phone, under the rate limit. */
const TICK_MS = 100
const SIGTERM_BOUND_MS = 5000

export interface Kill9Options {
  kills: number
  /** The name its figures are recorded under. */
  figures: string
  /** More environment for the server (DATABASE_URL); resolved when the test starts. */
  env?: () => Promise<Record<string, string>>
}

/**
 * The kill -9 scenario as a test body; call `kill9Scenario` at file level
 * (it registers its cleanup), pass the returned function to `it`.
 */
export function kill9Scenario({ kills: KILLS, figures, env: makeEnv }: Kill9Options) {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-kill9-'))
  const clients: Client[] = []
  let server: ProbedServer | undefined
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    server?.child.kill('SIGKILL')
    await server?.exited
    rmSync(dataDir, { recursive: true, force: true })
  })
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const textsOf = (client: Client) => Object.values(readBoard(client.doc).notes).map((n) => n.text)

  return async () => {
    const env = (await makeEnv?.()) ?? {}
    const gen = prng.create(SEED)
    server = await spawnProbed(dataDir, { env })
    const port = server.port
    const workshop = await createWorkshop(server, { template: 'congress' })
    const facilitatorToken = await roleToken(server, workshop, 'facilitator')
    const screenToken = await roleToken(server, workshop, 'screen')
    const open = (room: string, token: string) => {
      const client = connect(server!, room, token)
      clients.push(client)
      return client
    }
    const phones: Client[] = []
    for (let i = 0; i < PHONES; i++) {
      const joined = await joinWorkshop(server, workshop.code, `Téléphone ${i}`)
      phones.push(open(`${workshop.id}:${joined.participantId}`, joined.token))
    }
    const facilitators = [open(workshop.id, facilitatorToken), open(workshop.id, facilitatorToken)]
    const watchers = [open(workshop.id, screenToken), open(workshop.id, screenToken)]
    const everyone = [...phones, ...facilitators, ...watchers]
    await Promise.all(everyone.map((c) => c.synced))

    // What any client saw on a board (relayed, so stored), and what was written and deleted.
    const seen = new Set<string>()
    for (const reader of [...facilitators, ...watchers]) {
      reader.doc.on('update', () => {
        for (const text of textsOf(reader)) seen.add(text)
      })
    }
    const written = new Set<string>()
    const deleted = new Set<string>()
    let writing = true
    const writers = (async () => {
      for (let n = 0; writing; n++) {
        const phone = phones[prng.uint32(gen, 0, PHONES - 1)]!
        const own = phone.doc.getMap<unknown>('notes')
        if (own.size > 2 && prng.uint32(gen, 0, 9) === 0) {
          // A phone takes a note back.
          const id = [...own.keys()][prng.uint32(gen, 0, own.size - 1)]!
          const text = (own.get(id) as { get(key: string): unknown }).get('text') as string
          deleteOwnNote(phone.doc, id)
          deleted.add(text)
        } else {
          const text = `Note ${n} du téléphone`
          addOwnNote(phone.doc, { text, dimension: n % 2 ? 'vision' : 'reseau' })
          written.add(text)
        }
        if (n % 5 === 0) {
          const tab = facilitators[n % 2]!
          const text = `Note ${n} du facilitateur`
          addFacilitatorNote(tab.doc, { text, dimension: 'efficacite' })
          written.add(text)
          // The facilitator deletes a note they see (from a phone or their own).
          const notes = Object.values(readBoard(tab.doc).notes)
          if (notes.length > 10 && prng.uint32(gen, 0, 3) === 0) {
            const victim = notes[prng.uint32(gen, 0, notes.length - 1)]!
            deleteNote(tab.doc, victim.id)
            deleted.add(victim.text)
          }
        }
        await sleep(TICK_MS)
      }
    })()

    const started = Date.now()
    let kills = 0
    let longestRestartMs = 0
    for (; kills < KILLS; kills++) {
      // A random moment once most clients are back and writing.
      await waitFor(
        () => everyone.filter((c) => c.provider.wsconnected).length >= everyone.length * 0.8,
        30_000,
        `clients reconnected before kill ${kills + 1}`,
      )
      await sleep(prng.uint32(gen, 100, 1500))
      await killHard(server)
      const restart = Date.now()
      server = await spawnProbed(dataDir, { port, env })
      longestRestartMs = Math.max(longestRestartMs, Date.now() - restart)
    }
    writing = false
    await writers
    const killPhaseMs = Date.now() - started

    // Everyone back: the board holds each note exactly once, deleted ones gone.
    await waitFor(() => everyone.every((c) => c.provider.synced), 60_000, 'everyone resynced')
    const expected = [...new Set([...written, ...seen])].filter((text) => !deleted.has(text))
    const check = open(workshop.id, await roleToken(server, workshop, 'facilitator'))
    const boardHoldsExactly = (client: Client) => {
      const texts = textsOf(client)
      const counts = new Map<string, number>()
      for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1)
      return expected.every((t) => counts.get(t) === 1) && texts.every((t) => !deleted.has(t))
    }
    await waitFor(() => check.provider.synced && boardHoldsExactly(check), 60_000, 'board complete')
    const texts = textsOf(check)
    expect(texts.length).toBe(new Set(texts).size)
    expect([...deleted].filter((text) => texts.includes(text))).toEqual([])
    expect(expected.filter((text) => !texts.includes(text))).toEqual([])
    for (const reader of [...facilitators, ...watchers])
      await waitFor(() => boardHoldsExactly(reader), 20_000, 'every board client converged')

    // SIGTERM with everyone connected: flushed, exited in time.
    const beforeTerm = new Set(textsOf(check))
    const term = Date.now()
    server.child.kill('SIGTERM')
    const exit = await server.exited
    const sigtermMs = Date.now() - term
    expect(exit.code).toBe(0)
    expect(sigtermMs).toBeLessThan(SIGTERM_BOUND_MS)
    for (const client of clients.splice(0)) client.provider.disconnect()
    server = await spawnProbed(dataDir, { port, env })
    const after = connect(server, workshop.id, await roleToken(server, workshop, 'facilitator'))
    clients.push(after)
    await waitFor(() => after.provider.synced, 10_000, 'board after SIGTERM')
    expect([...beforeTerm].filter((text) => !textsOf(after).includes(text))).toEqual([])

    recordFigures(figures, {
      killsSurvived: kills,
      writers: phones.length + facilitators.length,
      notesOnBoard: texts.length,
      notesSeen: seen.size,
      notesDeleted: deleted.size,
      killPhaseSeconds: Math.round(killPhaseMs / 100) / 10,
      longestRestartMs,
      sigtermExitMs: sigtermMs,
    })
  }
}
