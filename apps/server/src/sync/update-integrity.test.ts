import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as prng from 'lib0/prng'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { killHard, spawnServer } from '../test-support/child-server.js'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  waitFor,
} from '../test-support/harness.js'
import {
  duplicateStructGroups,
  flipBit,
  noteUpdate,
  noteWithZeroLengthDelete,
} from '../test-support/hostile-updates.js'
import { type Observer, observe } from '../test-support/observer.js'
import { openRaw } from '../test-support/raw-socket.js'
import { encodeUpdate } from './protocol.js'

// What is stored and relayed is what the server's Yjs integrated: each attack
// below made today's relay store and relay a peer's bytes that Yjs had
// thrown on, or kept differently live and on reload. Through the built
// server in a child process, so that a kill -9 leaves the log as it is.

let dataDir: string
let child: Awaited<ReturnType<typeof spawnServer>>['child'] | undefined
const clients: Client[] = []
const observers: Observer[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  for (const observer of observers.splice(0)) observer.socket.ws.terminate()
  if (child) await killHard(child)
  child = undefined
  rmSync(dataDir, { recursive: true, force: true })
})

async function start() {
  dataDir ??= ''
  if (!dataDir || child === undefined) dataDir = mkdtempSync(join(tmpdir(), 'atelier-integrity-'))
  const spawned = await spawnServer(dataDir)
  child = spawned.child
  return { url: spawned.url }
}

async function restartAfterKill() {
  if (child) await killHard(child)
  const spawned = await spawnServer(dataDir)
  child = spawned.child
  return { url: spawned.url }
}

/** Resolves true once the stock provider synced, false if the room never answers. */
function syncsWithin(client: Client, ms: number): Promise<boolean> {
  return Promise.race([
    client.synced.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ])
}

const noteIds = (doc: Y.Doc) => [...doc.getMap('notes').keys()].sort()

describe('what is stored and relayed is what the server integrated', () => {
  it('refuses a note carrying a zero-length delete range whole, and the room loads after kill -9', async () => {
    let server = await start()
    const workshop = await createWorkshop(server)
    const phone = await joinWorkshop(server, workshop.code, 'Amandine')
    const room = `${workshop.id}:${phone.participantId}`
    const watcher = await observe(server, room, phone.token)
    observers.push(watcher)
    const attacker = await openRaw(server, room, phone.token)
    attacker.send(encodeUpdate(noteWithZeroLengthDelete(101)))
    await waitFor(() => attacker.denied().length > 0, 5000, 'the attacker is told')
    // An honest note afterwards: once the watcher has it, every earlier relay arrived.
    attacker.send(encodeUpdate(noteUpdate(202)))
    await waitFor(() => noteIds(watcher.doc).includes('n202'), 5000, 'the honest note relayed')
    expect(watcher.failures).toBe(0)
    expect(noteIds(watcher.doc)).toEqual(['n202'])

    server = await restartAfterKill()
    const again = connect(server, room, phone.token)
    clients.push(again)
    expect(await syncsWithin(again, 5000)).toBe(true)
    expect(noteIds(again.doc)).toEqual(['n202'])
    expect(attacker.denied()[0]).toMatch(/^malformed sync-update: a zero-length delete range/)
  })

  it('keeps the board loadable after a facilitator frame Yjs throws on', async () => {
    let server = await start()
    const workshop = await createWorkshop(server)
    const token = await roleToken(server, workshop, 'facilitator')
    const attacker = await openRaw(server, workshop.id, token)
    attacker.send(encodeUpdate(noteWithZeroLengthDelete(303)))
    await waitFor(() => attacker.denied().length > 0, 5000, 'the facilitator is told')

    server = await restartAfterKill()
    const board = connect(server, workshop.id, await roleToken(server, workshop, 'facilitator'))
    clients.push(board)
    expect(await syncsWithin(board, 5000)).toBe(true)
    expect(board.doc.getMap('meta').get('title')).toBe('Atelier de test')
    expect(noteIds(board.doc)).not.toContain('n303')
  })

  it('relays no bit-flipped update a client cannot apply, and the board reloads as the clients hold it', async () => {
    let server = await start()
    const workshop = await createWorkshop(server)
    const token = await roleToken(server, workshop, 'facilitator')
    const watcher = await observe(server, workshop.id, token)
    observers.push(watcher)
    const attacker = await openRaw(server, workshop.id, token)
    const gen = prng.create(9)
    const FLIPS = 1000
    for (let i = 0; i < FLIPS; i++) {
      const valid = noteUpdate(10_000 + i)
      attacker.send(encodeUpdate(flipBit(valid, prng.uint32(gen, 0, valid.length * 8 - 1))))
      // An empty update between flips: the connection counts malformed frames in a row.
      attacker.send(encodeUpdate(new Uint8Array([0, 0])))
    }
    attacker.send(encodeUpdate(noteUpdate(999)))
    await waitFor(() => noteIds(watcher.doc).includes('n999'), 20_000, 'every relay arrived')
    expect(watcher.failures).toBe(0)

    server = await restartAfterKill()
    const board = connect(server, workshop.id, await roleToken(server, workshop, 'facilitator'))
    clients.push(board)
    expect(await syncsWithin(board, 5000)).toBe(true)
    expect(noteIds(board.doc)).toEqual(noteIds(watcher.doc))
    expect(Y.decodeStateVector(Y.encodeStateVector(board.doc))).toEqual(
      Y.decodeStateVector(Y.encodeStateVector(watcher.doc)),
    )
  }, 60_000)

  it('refuses two struct groups for one client and clock: server and phone agree after kill -9', async () => {
    let server = await start()
    const workshop = await createWorkshop(server)
    const phone = await joinWorkshop(server, workshop.code)
    const room = `${workshop.id}:${phone.participantId}`
    const watcher = await observe(server, room, phone.token)
    observers.push(watcher)
    const attacker = await openRaw(server, room, phone.token)
    attacker.send(encodeUpdate(duplicateStructGroups(404)))
    attacker.send(encodeUpdate(noteUpdate(505)))
    await waitFor(() => noteIds(watcher.doc).includes('n505'), 5000, 'the honest note relayed')
    const probe = watcher.doc.getMap('probe').get('k')

    server = await restartAfterKill()
    const again = connect(server, room, phone.token)
    clients.push(again)
    expect(await syncsWithin(again, 5000)).toBe(true)
    expect(again.doc.getMap('probe').get('k')).toBe(probe)
    expect(probe).toBeUndefined()
    expect(attacker.denied()).toContainEqual(
      expect.stringMatching(/^malformed sync-update: two struct groups/),
    )
  })
})
