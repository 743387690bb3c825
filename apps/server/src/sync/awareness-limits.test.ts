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
import { DEFAULT_SYNC_LIMITS } from './limits.js'
import { encodeAwareness } from './protocol.js'

/** An awareness frame setting (or, with `null`, removing) these client ids. */
function awarenessFrame(entries: { id: number; clock: number; state: unknown }[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.id)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, JSON.stringify(entry.state))
  }
  return encodeAwareness(encoding.toUint8Array(encoder))
}

const QUERY_AWARENESS = new Uint8Array([3])

describe('awareness from a hostile phone', () => {
  const t = serverForEachTest()

  const setUp = async () => {
    const workshop = await createWorkshop(t.server)
    const facilitator = t.open(workshop.id, await roleToken(t.server, workshop, 'facilitator'))
    await facilitator.synced
    facilitator.provider.awareness.setLocalStateField('user', { role: 'facilitator', id: 'f' })
    const victimId = facilitator.doc.clientID
    await waitFor(
      () => t.server.registry.peek(workshop.id)?.awareness.getStates().has(victimId) === true,
    )
    const joined = await joinWorkshop(t.server, workshop.code)
    const phone = await openRaw(t.server, workshop.id, joined.token)
    const room = () => {
      const r = t.server.registry.peek(workshop.id)
      if (!r) throw new Error('board room not loaded')
      return r
    }
    return { workshop, facilitator, victimId, phone, room }
  }

  it('cannot remove or overwrite the presence another connection announced', async () => {
    const { facilitator, victimId, phone, room } = await setUp()
    const clock = room().awareness.meta.get(victimId)?.clock ?? 0
    phone.send(awarenessFrame([{ id: victimId, clock: clock + 1, state: null }]))
    phone.send(awarenessFrame([{ id: victimId, clock: clock + 2, state: { user: { id: 'x' } } }]))
    await waitFor(
      () => phone.denied().filter((r) => r.startsWith('awareness-not-yours')).length === 2,
    )
    expect(room().awareness.getStates().get(victimId)).toEqual({
      user: { role: 'facilitator', id: 'f' },
    })
    // The stock provider echoes every presence back: that is not an attack.
    expect(facilitator.denied).toEqual([])
    // The victim's own screen still shows itself as it set itself.
    expect(facilitator.provider.awareness.getLocalState()).toEqual({
      user: { role: 'facilitator', id: 'f' },
    })
  })

  it('holds at most a few client ids per connection, refuses absurd clocks', async () => {
    const { phone, room } = await setUp()
    const before = room().awareness.getStates().size
    phone.send(awarenessFrame([{ id: 9_000_000, clock: 2 ** 53, state: { user: { id: 'z' } } }]))
    await waitFor(() => phone.denied().some((r) => r.startsWith('awareness-clock')))
    for (let i = 0; i < 300; i++) {
      phone.send(
        awarenessFrame([{ id: 5_000_000 + i, clock: 1, state: { user: { id: `p${i}` } } }]),
      )
    }
    // Each fake id is refused, for the cap or, past the burst, for the rate.
    await waitFor(
      () =>
        phone
          .denied()
          .filter((r) => r.startsWith('awareness-too-many') || r === 'rate-limited: awareness')
          .length >=
        300 - DEFAULT_SYNC_LIMITS.maxAwarenessStatesPerConnection,
    )
    expect(room().awareness.getStates().size - before).toBeLessThanOrEqual(
      DEFAULT_SYNC_LIMITS.maxAwarenessStatesPerConnection,
    )
    expect(room().awareness.getStates().has(9_000_000)).toBe(false)
  })

  it('rate-limits query-awareness: 20 one-byte queries get a bounded reply', async () => {
    const { phone } = await setUp()
    await waitFor(() => phone.frames.length > 0)
    const joinBytes = phone.bytes()
    for (let i = 0; i < 20; i++) phone.send(QUERY_AWARENESS)
    await waitFor(
      () => phone.denied().filter((r) => r === 'rate-limited: query-awareness').length >= 18,
    )
    const answers = 20 - phone.denied().filter((r) => r === 'rate-limited: query-awareness').length
    expect(answers).toBeLessThanOrEqual(DEFAULT_SYNC_LIMITS.queryAwarenessBurst)
    // Each answer is the room's presence (here one state), the refusals a few bytes each.
    expect(phone.bytes() - joinBytes).toBeLessThan(4096)
  })

  it('frees a client id when its owner leaves, and the same person may take it over', async () => {
    const { workshop, facilitator, victimId, room } = await setUp()
    facilitator.destroy()
    await waitFor(() => !room().awareness.getStates().has(victimId))
    const again = t.open(workshop.id, await roleToken(t.server, workshop, 'facilitator'))
    await again.synced
    again.provider.awareness.setLocalStateField('user', { role: 'facilitator', id: 'f2' })
    await waitFor(() => room().awareness.getStates().has(again.doc.clientID))
    expect(again.denied).toEqual([])
  })

  it('counts on the screens only participants that are connected as themselves', async () => {
    const { workshop, facilitator, phone } = await setUp()
    const honest = await t.phone(workshop, 'Camille')
    honest.board.provider.awareness.setLocalStateField('user', {
      role: 'participant',
      id: honest.participantId,
    })
    // The hostile phone claims to be the honest one, then three made-up people.
    phone.send(
      awarenessFrame([
        {
          id: 7_000_000,
          clock: 1,
          state: { user: { role: 'participant', id: honest.participantId } },
        },
      ]),
    )
    for (let i = 1; i <= 3; i++) {
      phone.send(
        awarenessFrame([
          { id: 7_000_000 + i, clock: 1, state: { user: { role: 'participant', id: `fake${i}` } } },
        ]),
      )
    }
    await waitFor(
      () => phone.denied().filter((r) => r.startsWith('awareness-not-you')).length === 4,
    )
    const participants = () => {
      const ids = new Set<unknown>()
      for (const state of facilitator.provider.awareness.getStates().values()) {
        const user = (state as { user?: { role?: string; id?: string } }).user
        if (user?.role === 'participant') ids.add(user.id)
      }
      return ids
    }
    await waitFor(() => participants().has(honest.participantId))
    expect([...participants()]).toEqual([honest.participantId])
    expect(honest.board.denied).toEqual([])
  })
})
