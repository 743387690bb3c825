import { afterEach, describe, expect, it } from 'vitest'
import { encodeAwarenessUpdate } from 'y-protocols/awareness'
import {
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  startTestServer,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'

// The people count on the screens comes from the server's sockets, published
// as the server's own awareness state on the board room; what clients
// announce cannot change it.

let server: TestServer | undefined
const clients: Client[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.stop()
  server = undefined
})

function open(s: TestServer, room: string, token: string): Client {
  const client = connect(s, room, token)
  clients.push(client)
  return client
}

/** The count the server publishes, as a screen's stock provider holds it (null: none). */
function publishedCount(screen: Client): number | null {
  for (const state of screen.provider.awareness.getStates().values()) {
    const n = (state as { server?: { participants?: number } }).server?.participants
    if (typeof n === 'number') return n
  }
  return null
}

describe('the people count', () => {
  it('counts distinct connected participants from sockets, throttled, and no script can fake or erase it', async () => {
    server = await startTestServer(undefined, { syncLimits: { presenceIntervalMs: 200 } })
    const s = server
    const workshop = await createWorkshop(s)
    const screen = open(s, workshop.id, await roleToken(s, workshop, 'screen'))
    await screen.synced
    await waitFor(() => publishedCount(screen) === 0, 5000, 'a count of 0')

    const a = await joinWorkshop(s, workshop.code)
    const b = await joinWorkshop(s, workshop.code)
    const aBoard = open(s, workshop.id, a.token)
    open(s, `${workshop.id}:${a.participantId}`, a.token)
    const bBoard = open(s, workshop.id, b.token)
    await Promise.all([aBoard.synced, bBoard.synced])
    // Two people, three sockets.
    await waitFor(() => publishedCount(screen) === 2, 5000, 'a count of 2')

    // A script with b's token announces itself as many participants and
    // tries to overwrite the server's own presence state.
    const serverId = [...screen.provider.awareness.getStates().entries()].find(
      ([, st]) => (st as { server?: unknown }).server,
    )?.[0] as number
    const script = bBoard.provider.awareness
    script.setLocalState({ server: { participants: 90_000 }, user: { role: 'facilitator' } })
    script.meta.set(serverId, { clock: 1_000, lastUpdated: Date.now() })
    script.states.set(serverId, { server: { participants: 90_001 } })
    const frame = encodeAwarenessUpdate(script, [serverId])
    bBoard.provider.ws?.send(
      new Uint8Array([1, ...encodeVarUint(frame.length), ...frame]), // messageAwareness
    )
    await waitFor(() => bBoard.denied.some((d) => d.startsWith('awareness-not-yours')))
    // The screen reads the server's id only; its count is still 2.
    const serverState = screen.provider.awareness.getStates().get(serverId) as {
      server: { participants: number }
    }
    expect(serverState.server.participants).toBe(2)

    // b leaves: the count follows the sockets.
    bBoard.destroy()
    await waitFor(() => screen.provider.awareness.getStates().get(serverId) !== undefined)
    await waitFor(
      () =>
        (
          screen.provider.awareness.getStates().get(serverId) as {
            server: { participants: number }
          }
        )?.server.participants === 1,
      5000,
      'a count of 1',
    )
  })

  it('publishes at most once per interval while a room joins', async () => {
    server = await startTestServer(undefined, { syncLimits: { presenceIntervalMs: 1000 } })
    const s = server
    const workshop = await createWorkshop(s)
    const screen = open(s, workshop.id, await roleToken(s, workshop, 'screen'))
    await screen.synced
    await waitFor(() => publishedCount(screen) === 0)
    const seen: number[] = []
    screen.provider.awareness.on('change', () => {
      const n = publishedCount(screen)
      if (n !== null && n !== seen.at(-1)) seen.push(n)
    })
    const started = Date.now()
    const phones = await Promise.all(
      Array.from({ length: 40 }, () => joinWorkshop(s, workshop.code)),
    )
    for (const phone of phones) open(s, workshop.id, phone.token)
    await waitFor(() => publishedCount(screen) === 40, 10_000, 'a count of 40')
    const seconds = (Date.now() - started) / 1000
    // One publication per second at most (plus the first, immediate one).
    expect(seen.length).toBeLessThanOrEqual(Math.ceil(seconds) + 1)
  })
})

function encodeVarUint(n: number): number[] {
  const bytes: number[] = []
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80)
    n >>>= 7
  }
  bytes.push(n)
  return bytes
}
