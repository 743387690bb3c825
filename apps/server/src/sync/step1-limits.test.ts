import { addFacilitatorNote, BOARD_MAPS } from '@atelier/board-model'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import {
  createWorkshop,
  joinWorkshop,
  roleToken,
  serverForEachTest,
  waitFor,
} from '../test-support/harness.js'
import { openRaw } from '../test-support/raw-socket.js'
import { encodeSyncStep1 } from './protocol.js'

/** A state vector naming `clients` clients, each at clock 1. */
function stateVector(clients: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, clients)
  for (let i = 0; i < clients; i++) {
    encoding.writeVarUint(encoder, 1_000_000 + i)
    encoding.writeVarUint(encoder, 1)
  }
  return encoding.toUint8Array(encoder)
}

describe('sync step 1 from a hostile phone', () => {
  const t = serverForEachTest()
  const roomOf = (name: string) => {
    const room = t.server.registry.peek(name)
    if (!room) throw new Error(`room ${name} is not loaded`)
    return room
  }

  it('re-encodes a 5,000-note board a bounded number of times for 50 step-1 frames, and the facilitator stays fast', async () => {
    const workshop = await createWorkshop(t.server)
    const facilitator = t.open(workshop.id, await roleToken(t.server, workshop, 'facilitator'))
    await facilitator.synced
    const dimension = [...facilitator.doc.getMap(BOARD_MAPS.dimensions).keys()][0] as string
    facilitator.doc.transact(() => {
      for (let i = 0; i < 5000; i++) {
        addFacilitatorNote(facilitator.doc, { text: `Idée numéro ${i} du groupe`, dimension })
      }
    })
    await waitFor(
      () => t.server.registry.peek(workshop.id)?.doc.getMap(BOARD_MAPS.notes).size === 5000,
    )
    const room = roomOf(workshop.id)
    const before = room.stateEncodes

    const joined = await joinWorkshop(t.server, workshop.code)
    const phone = await openRaw(t.server, workshop.id, joined.token)
    // Six bytes: a state vector of one unknown client, a different one each time
    // (so neither the join cache nor a per-vector cache would absorb them).
    for (let i = 0; i < 50; i++) phone.send(encodeSyncStep1(stateVector(1 + (i % 2))))

    // The facilitator's round trip: a write of its own, seen by a second facilitator.
    const started = Date.now()
    const watcher = t.open(workshop.id, await roleToken(t.server, workshop, 'facilitator'))
    await watcher.synced
    facilitator.doc.getMap('meta').set('probe', 1)
    await waitFor(() => watcher.doc.getMap('meta').get('probe') === 1)
    const roundTrip = Date.now() - started

    await waitFor(() => phone.denied().filter((r) => r.startsWith('rate-limited')).length >= 40)
    // One full answer for the joiner, at most the burst for the phone (3), a
    // few for the probe's new versions: far from 50.
    expect(room.stateEncodes - before).toBeLessThanOrEqual(6)
    expect(roundTrip).toBeLessThan(2000)
    phone.ws.close()
  })

  it('refuses an oversized state vector without reading it', async () => {
    const workshop = await createWorkshop(t.server)
    const joined = await joinWorkshop(t.server, workshop.code)
    const phone = await openRaw(t.server, workshop.id, joined.token)
    await waitFor(() => t.server.registry.peek(workshop.id) !== undefined)
    const room = roomOf(workshop.id)
    const before = room.stateEncodes
    phone.send(encodeSyncStep1(stateVector(20_000)))
    await waitFor(() => phone.denied().some((r) => r.startsWith('state-vector-too-large')))
    expect(room.stateEncodes).toBe(before)
    phone.ws.close()
  })

  it('still answers the stock provider of a phone with the board', async () => {
    const workshop = await createWorkshop(t.server)
    const phone = await t.phone(workshop)
    expect(phone.board.doc.getMap(BOARD_MAPS.dimensions).size).toBeGreaterThan(0)
    expect(phone.board.denied).toEqual([])
  })
})
