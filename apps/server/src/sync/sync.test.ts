import { addOwnNote, readBoard, readParticipant } from '@atelier/board-model'
import { beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  type CreatedWorkshop,
  createWorkshop,
  joinWorkshop,
  roleToken,
  serverForEachTest,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'

let server: TestServer
let workshop: CreatedWorkshop
const harness = serverForEachTest()
const { open } = harness

beforeEach(async () => {
  server = harness.server
  workshop = await createWorkshop(server, { title: 'Atelier Lyon', template: 'congress' })
})

describe('sync through the stock y-websocket provider', () => {
  it('shows a participant note on the facilitator board', async () => {
    const token = await roleToken(server, workshop, 'facilitator')
    const facilitator = open(workshop.id, token)
    // The author is known only to the private room (the board names nobody).
    const privateRoom = open(`${workshop.id}:private`, token)
    const phone = await joinWorkshop(server, workshop.code, 'Amandine')
    const own = open(`${workshop.id}:${phone.participantId}`, phone.token)
    await Promise.all([facilitator.synced, privateRoom.synced, own.synced])

    addOwnNote(own.doc, { text: "L'argent reste dans l'entreprise", dimension: 'vision' })

    await waitFor(
      () =>
        Object.values(readBoard(facilitator.doc, privateRoom.doc).notes).some(
          (n) => n.author !== '',
        ),
      5000,
      'note on board, author known privately',
    )
    const [note] = Object.values(readBoard(facilitator.doc, privateRoom.doc).notes)
    expect(note).toMatchObject({
      text: "L'argent reste dans l'entreprise",
      dimension: 'vision',
      author: phone.participantId,
    })
    expect(readBoard(facilitator.doc).meta.title).toBe('Atelier Lyon')
  })

  it('refuses an invalid note with a reason in the participant document and keeps it off the board', async () => {
    const facilitator = open(workshop.id, await roleToken(server, workshop, 'facilitator'))
    const phone = await joinWorkshop(server, workshop.code)
    const own = open(`${workshop.id}:${phone.participantId}`, phone.token)
    await Promise.all([facilitator.synced, own.synced])

    // A hand-written client skips the phone's own checks: the server must hold the line.
    const notes = own.doc.getMap('notes')
    const note = (text: string, dimension: string) =>
      new Y.Map<unknown>([
        ['text', text],
        ['dimension', dimension],
        ['createdAt', Date.now()],
      ])
    notes.set('too-long', note('x'.repeat(501), 'vision'))
    notes.set('lost', note('Une idée valable', 'nowhere'))

    await waitFor(
      () => Object.keys(readParticipant(own.doc).receipts).length === 2,
      5000,
      'receipts',
    )
    expect(readParticipant(own.doc).receipts['too-long']).toMatchObject({
      status: 'rejected',
      reason: 'text-too-long',
    })
    expect(readParticipant(own.doc).receipts.lost).toMatchObject({
      status: 'rejected',
      reason: 'unknown-dimension',
    })
    expect(Object.keys(readBoard(facilitator.doc).notes)).toHaveLength(0)
  })

  it('drops what a screen sends to the board and tells it why', async () => {
    const facilitator = open(workshop.id, await roleToken(server, workshop, 'facilitator'))
    const screen = open(workshop.id, await roleToken(server, workshop, 'screen'))
    await Promise.all([facilitator.synced, screen.synced])

    screen.doc.getMap('meta').set('title', 'Hijacked')

    await waitFor(() => screen.denied.length > 0, 5000, 'permission denied')
    expect(screen.denied[0]).toMatch(/read-only/)
    // A write from the facilitator after it proves the relay still works, and the screen's never arrived.
    facilitator.doc.getMap('meta').set('territory', 'Lyon')
    await waitFor(() => screen.doc.getMap('meta').get('territory') === 'Lyon')
    expect(facilitator.doc.getMap('meta').get('title')).toBe('Atelier Lyon')
    const late = open(workshop.id, await roleToken(server, workshop, 'facilitator'))
    await late.synced
    expect(late.doc.getMap('meta').get('title')).toBe('Atelier Lyon')
  })

  it("lets a participant write neither the board nor another participant's room", async () => {
    const facilitator = open(workshop.id, await roleToken(server, workshop, 'facilitator'))
    const alice = await joinWorkshop(server, workshop.code, 'Alice')
    const bob = await joinWorkshop(server, workshop.code, 'Bob')
    const aliceOnBoard = open(workshop.id, alice.token)
    const bobsRoom = open(`${workshop.id}:${bob.participantId}`, bob.token)
    await Promise.all([facilitator.synced, aliceOnBoard.synced, bobsRoom.synced])

    aliceOnBoard.doc.getMap('notes').set('forged', new Y.Map([['text', 'forged']]))
    await waitFor(() => aliceOnBoard.denied.length > 0, 5000, 'permission denied')

    // Alice cannot even open Bob's room: the upgrade is refused, so the provider never syncs.
    const intruder = open(`${workshop.id}:${bob.participantId}`, alice.token)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(intruder.provider.wsconnected).toBe(false)

    addOwnNote(bobsRoom.doc, { text: 'La vraie note de Bob', dimension: 'reseau' })
    await waitFor(() => Object.keys(readBoard(facilitator.doc).notes).length === 1)
    expect(Object.values(readBoard(facilitator.doc).notes).map((n) => n.text)).toEqual([
      'La vraie note de Bob',
    ])
  })

  it('relays presence and removes it when a connection closes', async () => {
    const facilitator = open(workshop.id, await roleToken(server, workshop, 'facilitator'))
    const phone = await joinWorkshop(server, workshop.code)
    const phoneOnBoard = open(workshop.id, phone.token)
    await Promise.all([facilitator.synced, phoneOnBoard.synced])

    phoneOnBoard.provider.awareness.setLocalStateField('role', 'participant')
    const phoneClientId = phoneOnBoard.doc.clientID
    await waitFor(
      () => facilitator.provider.awareness.getStates().has(phoneClientId),
      5000,
      'presence',
    )

    phoneOnBoard.provider.disconnect()
    await waitFor(
      () => !facilitator.provider.awareness.getStates().has(phoneClientId),
      5000,
      'presence removed',
    )
  })

  it('unloads a room when its last connection leaves', async () => {
    const facilitator = open(workshop.id, await roleToken(server, workshop, 'facilitator'))
    const phone = await joinWorkshop(server, workshop.code)
    const own = open(`${workshop.id}:${phone.participantId}`, phone.token)
    await Promise.all([facilitator.synced, own.synced])
    // The board holds the private room, where the server keeps live tallies.
    expect(server.registry.names().sort()).toEqual(
      [workshop.id, `${workshop.id}:${phone.participantId}`, `${workshop.id}:private`].sort(),
    )

    own.provider.disconnect()
    facilitator.provider.disconnect()
    await waitFor(() => server.registry.size === 0, 5000, 'rooms unloaded')

    // Reloaded from the store, the board is intact.
    const again = open(workshop.id, await roleToken(server, workshop, 'facilitator'))
    await again.synced
    expect(readBoard(again.doc).dimensions.map((d) => d.id)).toEqual([
      'vision',
      'efficacite',
      'reseau',
    ])
  })
})
