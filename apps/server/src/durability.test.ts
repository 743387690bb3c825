import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addOwnNote, createCluster, readBoard } from '@atelier/board-model'
import { afterAll, describe, expect, it } from 'vitest'
import { killHard, spawnServer } from './test-support/child-server.js'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  waitFor,
} from './test-support/harness.js'

const dataDir = mkdtempSync(join(tmpdir(), 'atelier-kill9-'))
const clients: Client[] = []
afterAll(() => {
  for (const client of clients) client.destroy()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('durability', () => {
  it('keeps every relayed update across kill -9 and duplicates nothing on reconnect', async () => {
    const first = await spawnServer(dataDir)
    const server = { url: first.url }
    const workshop = await createWorkshop(server, { template: 'congress' })
    const facilitator = connect(
      server,
      workshop.id,
      await roleToken(server, workshop, 'facilitator'),
    )
    clients.push(facilitator)
    const phones = await Promise.all(
      ['Amandine', 'Karim', 'Sophie'].map((name) => joinWorkshop(server, workshop.code, name)),
    )
    const phoneClients = phones.map((p) =>
      connect(server, `${workshop.id}:${p.participantId}`, p.token),
    )
    clients.push(...phoneClients)
    await Promise.all([facilitator.synced, ...phoneClients.map((c) => c.synced)])

    phoneClients.forEach((client, i) => {
      for (let n = 0; n < 10; n++) {
        addOwnNote(client.doc, {
          text: `Idée ${n} de ${i}`,
          dimension: n % 2 ? 'vision' : 'reseau',
        })
      }
    })
    await waitFor(
      () => Object.keys(readBoard(facilitator.doc).notes).length === 30,
      10_000,
      '30 notes relayed',
    )
    createCluster(facilitator.doc, { title: 'Formation', dimension: 'vision' }, 'facilitator')
    // The facilitator's own write is acknowledged once another client has received it.
    const watcher = connect(server, workshop.id, await roleToken(server, workshop, 'screen'))
    clients.push(watcher)
    await waitFor(
      () => Object.keys(readBoard(watcher.doc).clusters).length === 1,
      10_000,
      'cluster relayed',
    )

    await killHard(first.child)
    for (const client of [...phoneClients, facilitator, watcher]) client.provider.destroy()

    const second = await spawnServer(dataDir)
    const restarted = { url: second.url }
    try {
      // The phones come back with their documents, as a reloaded page with IndexedDB would.
      const back = phones.map((p, i) =>
        connect(restarted, `${workshop.id}:${p.participantId}`, p.token, phoneClients[i]!.doc),
      )
      clients.push(...back)
      const fresh = connect(restarted, workshop.id, await roleToken(restarted, workshop, 'screen'))
      clients.push(fresh)
      await Promise.all([fresh.synced, ...back.map((c) => c.synced)])
      await new Promise((resolve) => setTimeout(resolve, 300))

      const board = readBoard(fresh.doc)
      const texts = Object.values(board.notes).map((n) => n.text)
      expect(texts).toHaveLength(30)
      expect(new Set(texts).size).toBe(30)
      expect(Object.values(board.clusters).map((c) => c.title)).toEqual(['Formation'])
    } finally {
      await killHard(second.child)
    }
  })
})
