import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { MemoryRoomStore } from '../store/memory-room-store.js'
import {
  createWorkshop,
  joinWorkshop,
  roleToken,
  serverForEachTest,
  waitFor,
} from '../test-support/harness.js'
import { openRaw, type RawSocket } from '../test-support/raw-socket.js'
import { encodeAwareness } from './protocol.js'
import { type Peer, Room } from './room.js'

// Presence goes to those who may see it: the facilitators (who may write the
// board) get every state; phones and the projector get only the people count
// the server publishes. A phone is never sent another phone's or a
// facilitator's cursor.

/** The update inside an awareness frame setting one client id. */
function awarenessUpdate(id: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, id)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, JSON.stringify(state))
  return encoding.toUint8Array(encoder)
}

/** Every awareness entry in these frames: client id and parsed state. */
function presenceIn(frames: Uint8Array[]): { id: number; state: unknown }[] {
  const entries: { id: number; state: unknown }[] = []
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== 1) continue
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
    for (let n = decoding.readVarUint(update); n > 0; n--) {
      const id = decoding.readVarUint(update)
      decoding.readVarUint(update)
      entries.push({ id, state: JSON.parse(decoding.readVarString(update)) })
    }
  }
  return entries
}

const idsSeenBy = (socket: RawSocket) => new Set(presenceIn(socket.frames).map((e) => e.id))
const countSeenBy = (socket: RawSocket) =>
  presenceIn(socket.frames)
    .map((e) => (e.state as { server?: { participants?: number } } | null)?.server?.participants)
    .filter((n) => typeof n === 'number')
    .at(-1)

describe('who is sent presence, over real sockets', () => {
  const t = serverForEachTest()

  it('sends every state to facilitators, only the people count to phones and the projector', async () => {
    const workshop = await createWorkshop(t.server)
    const facilitatorToken = await roleToken(t.server, workshop, 'facilitator')
    const facilitator = await openRaw(t.server, workshop.id, facilitatorToken)
    const coFacilitator = await openRaw(t.server, workshop.id, facilitatorToken)
    const projector = await openRaw(
      t.server,
      workshop.id,
      await roleToken(t.server, workshop, 'screen'),
    )
    const phones = await Promise.all(
      [0, 1].map(async () =>
        openRaw(t.server, workshop.id, (await joinWorkshop(t.server, workshop.code)).token),
      ),
    )
    const [phone, otherPhone] = phones as [RawSocket, RawSocket]
    // Everyone is in and counted.
    for (const socket of [facilitator, coFacilitator, projector, phone, otherPhone])
      await waitFor(() => countSeenBy(socket) === 2, 5000, 'the people count of 2')

    // A facilitator's cursor, and a phone announcing a state of its own (a
    // stock provider's `{}`, or a script's).
    facilitator.send(encodeAwareness(awarenessUpdate(7001, 1, { cursor: { x: 1, y: 2 } })))
    phone.send(encodeAwareness(awarenessUpdate(7002, 1, { user: { name: 'phone' } })))
    await waitFor(
      () => idsSeenBy(coFacilitator).has(7001) && idsSeenBy(coFacilitator).has(7002),
      5000,
      'the co-facilitator sees both',
    )
    expect(idsSeenBy(facilitator).has(7002)).toBe(true)

    // A later public change (a third phone joins) reaches the readers: nothing
    // sent before it was held back for them, and none of it was a private state.
    const third = await joinWorkshop(t.server, workshop.code)
    const thirdPhone = await openRaw(t.server, workshop.id, third.token)
    for (const socket of [projector, phone, otherPhone, thirdPhone])
      await waitFor(() => countSeenBy(socket) === 3, 5000, 'the people count of 3')
    for (const reader of [projector, phone, otherPhone, thirdPhone]) {
      expect(idsSeenBy(reader).has(7001)).toBe(false)
      expect(idsSeenBy(reader).has(7002)).toBe(false)
      expect(
        presenceIn(reader.frames).every((e) => e.state === null || 'server' in (e.state as object)),
      ).toBe(true)
    }
    // A joiner facilitator is sent the whole presence at once.
    const late = await openRaw(t.server, workshop.id, facilitatorToken)
    await waitFor(() => idsSeenBy(late).has(7001) && idsSeenBy(late).has(7002))

    // The phone leaves: its state's removal reaches the facilitators only.
    phone.ws.close()
    await waitFor(() =>
      presenceIn(coFacilitator.frames).some((e) => e.id === 7002 && e.state === null),
    )
    expect(idsSeenBy(otherPhone).has(7002)).toBe(false)
    // And query-awareness answers each with what it may see.
    const before = otherPhone.frames.length
    otherPhone.send(new Uint8Array([3]))
    await waitFor(() => otherPhone.frames.length > before)
    expect([...idsSeenBy(otherPhone)].every((id) => !(id === 7001 || id === 7002))).toBe(true)
  })
})

describe('who is sent presence on the other rooms', () => {
  const t = serverForEachTest()

  it('a facilitator sees a phone on its own room; the projector sees no facilitator on the layout', async () => {
    const workshop = await createWorkshop(t.server)
    const facilitatorToken = await roleToken(t.server, workshop, 'facilitator')
    const joined = await joinWorkshop(t.server, workshop.code)
    const own = `${workshop.id}:${joined.participantId}`
    const reader = await openRaw(t.server, own, facilitatorToken)
    const phone = await openRaw(t.server, own, joined.token)
    phone.send(encodeAwareness(awarenessUpdate(8001, 1, { typing: true })))
    await waitFor(() => idsSeenBy(reader).has(8001), 5000, 'the facilitator sees the phone')

    const layout = `${workshop.id}:layout`
    const projector = await openRaw(t.server, layout, await roleToken(t.server, workshop, 'screen'))
    const drawer = await openRaw(t.server, layout, facilitatorToken)
    const other = await openRaw(t.server, layout, facilitatorToken)
    drawer.send(encodeAwareness(awarenessUpdate(8002, 1, { cursor: { x: 3 } })))
    await waitFor(() => idsSeenBy(other).has(8002), 5000, 'the other facilitator sees it')
    // A later frame to the projector would have come after it: give it a turn.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(idsSeenBy(projector).has(8002)).toBe(false)
  })
})

describe('presence relay cost, straight into a room', () => {
  const peer = (label: string, seesPresence: boolean): Peer & { frames: Uint8Array[] } => {
    const frames: Uint8Array[] = []
    return {
      label,
      canWrite: seesPresence,
      seesPresence,
      awarenessIds: new Set(),
      frames,
      send: (frame) => frames.push(frame),
    }
  }
  const awarenessFrames = (p: { frames: Uint8Array[] }) => p.frames.filter((f) => f[0] === 1)
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

  it('merges the changes of one turn into one frame, encoded once for its whole audience', async () => {
    const room = new Room('w', new MemoryRoomStore())
    await room.load()
    const watchers = [peer('facilitator a', true), peer('facilitator b', true)]
    const phones = Array.from({ length: 5 }, (_, i) => peer(`participant p${i}`, false))
    for (const p of [...watchers, ...phones]) room.join(p)
    await nextTurn()
    for (const p of [...watchers, ...phones]) p.frames.length = 0

    // Five facilitators' tabs move their cursors in the same turn.
    const movers = Array.from({ length: 5 }, (_, i) => peer(`facilitator m${i}`, true))
    for (const m of movers) room.join(m)
    for (const [i, m] of movers.entries())
      room.receive(m, { type: 'awareness', update: awarenessUpdate(100 + i, 1, { cursor: i }) })
    expect(awarenessFrames(watchers[0]!)).toHaveLength(0) // not yet: at the end of the turn
    await nextTurn()

    const [a, b] = watchers.map(awarenessFrames) as [Uint8Array[], Uint8Array[]]
    expect(a).toHaveLength(1)
    expect(presenceIn(a).map((e) => e.id)).toEqual([100, 101, 102, 103, 104])
    // The same bytes for every peer of the audience: one encoding.
    expect(b[0]).toBe(a[0])
    for (const m of movers) expect(awarenessFrames(m)[0]).toBe(a[0])
    // Phones are sent nothing of it.
    for (const p of phones) expect(awarenessFrames(p)).toHaveLength(0)
    room.destroy()
  })

  it('encodes the presence a joiner is sent once per change, not once per joiner', async () => {
    const room = new Room('w', new MemoryRoomStore())
    await room.load()
    const facilitator = peer('facilitator', true)
    room.join(facilitator)
    room.receive(facilitator, { type: 'awareness', update: awarenessUpdate(5, 1, { user: 1 }) })
    await nextTurn()
    const joiners = Array.from({ length: 20 }, (_, i) => peer(`facilitator j${i}`, true))
    for (const j of joiners) room.join(j)
    const sent = joiners.map((j) => awarenessFrames(j)[0])
    expect(presenceIn([sent[0]!]).map((e) => e.id)).toEqual([5])
    for (const frame of sent) expect(frame).toBe(sent[0])
    // A change makes a new one.
    room.receive(facilitator, { type: 'awareness', update: awarenessUpdate(5, 2, { user: 2 }) })
    const after = peer('facilitator after', true)
    room.join(after)
    expect(awarenessFrames(after)[0]).not.toBe(sent[0])
    expect(presenceIn(awarenessFrames(after))[0]?.state).toEqual({ user: 2 })
    // A phone joining is sent nothing: the room has no public state.
    const phone = peer('participant p', false)
    room.join(phone)
    expect(awarenessFrames(phone)).toHaveLength(0)
    room.destroy()
  })
})
