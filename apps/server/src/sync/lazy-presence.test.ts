import { describe, expect, it } from 'vitest'
import {
  createWorkshop,
  joinWorkshop,
  roleToken,
  serverForEachTest,
  waitFor,
} from '../test-support/harness.js'
import { openRaw } from '../test-support/raw-socket.js'

// A room makes its presence (a y-protocols Awareness, 1.4 KB and a timer
// every 3 s) only once someone announces one: a phone's own room, the
// layout and the private room never need it, and a congress of a thousand
// phones holds a thousand such rooms.

const QUERY_AWARENESS = new Uint8Array([3])

describe('presence made when first announced', () => {
  const t = serverForEachTest()

  it('a phone that announces nothing leaves its own room without presence; the board keeps the people count', async () => {
    const workshop = await createWorkshop(t.server)
    const phone = await joinWorkshop(t.server, workshop.code)
    const own = `${workshop.id}:${phone.participantId}`
    // As the reference phone does: no presence in either room.
    const mine = t.open(own, phone.token)
    const board = t.open(workshop.id, phone.token)
    mine.provider.awareness.setLocalState(null)
    board.provider.awareness.setLocalState(null)
    const facilitator = t.open(own, await roleToken(t.server, workshop, 'facilitator'))
    facilitator.provider.awareness.setLocalState(null)
    await Promise.all([mine.synced, board.synced, facilitator.synced])

    expect(t.server.registry.peek(own)?.holdsPresence).toBe(false)
    // The board has the server's own state, the people count.
    expect(t.server.registry.peek(workshop.id)?.holdsPresence).toBe(true)
    // A query in a room without presence is answered, with no state.
    const raw = await openRaw(t.server, own, phone.token)
    raw.send(QUERY_AWARENESS)
    await waitFor(() => raw.frames.some((f) => f[0] === 1), 5000, 'an awareness answer')
    expect(raw.frames.find((f) => f[0] === 1)).toEqual(new Uint8Array([1, 1, 0]))
    raw.ws.terminate()

    // Announced later, it is made, relayed to the facilitator, and gone with its owner.
    mine.provider.awareness.setLocalState({
      user: { role: 'participant', id: phone.participantId },
    })
    await waitFor(
      () => facilitator.provider.awareness.getStates().has(mine.doc.clientID),
      5000,
      'the phone state at the facilitator',
    )
    expect(t.server.registry.peek(own)?.holdsPresence).toBe(true)
    mine.destroy()
    await waitFor(
      () => !facilitator.provider.awareness.getStates().has(mine.doc.clientID),
      5000,
      'the state removed when the phone left',
    )
  })
})
