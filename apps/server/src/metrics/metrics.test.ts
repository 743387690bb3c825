import { addOwnNote, readBoard } from '@atelier/board-model'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeUpdate } from '../sync/protocol.js'
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
import { openRaw, type RawSocket } from '../test-support/raw-socket.js'
import { byLabel, parseMetrics } from '../test-support/scrape.js'

// Issue 11, observability: /metrics from prom-client after real traffic.

const servers: TestServer[] = []
const clients: Client[] = []
const sockets: RawSocket[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  for (const socket of sockets.splice(0)) socket.ws.terminate()
  for (const server of servers.splice(0)) await server.stop()
})

async function server(): Promise<TestServer> {
  const started = await startTestServer()
  servers.push(started)
  return started
}

/** Every sample of a scrape of `server`'s /metrics. */
async function scrape(server: TestServer): Promise<Map<string, number>> {
  const response = await fetch(`${server.url}/metrics`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  return parseMetrics(await response.text())
}

function value(samples: Map<string, number>, key: string): number {
  const found = samples.get(key)
  if (found === undefined) throw new Error(`no sample ${key} in /metrics`)
  return found
}

/** A facilitator on the board and a phone that wrote one note, which reached the board. */
async function noteWritten(server: TestServer) {
  const workshop = await createWorkshop(server, { title: 'Atelier Lyon', template: 'congress' })
  const facilitator = connect(server, workshop.id, await roleToken(server, workshop, 'facilitator'))
  const phone = await joinWorkshop(server, workshop.code, 'Amandine')
  const own = connect(server, `${workshop.id}:${phone.participantId}`, phone.token)
  clients.push(facilitator, own)
  await Promise.all([facilitator.synced, own.synced])
  addOwnNote(own.doc, { text: 'Une voix par personne', dimension: 'vision' })
  await waitFor(
    () => Object.keys(readBoard(facilitator.doc).notes).length === 1,
    5000,
    'note on the facilitator board',
  )
  return { workshop, phone }
}

/** A real V1 update of some document (what a hand-made client would send). */
function someUpdate(): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('notes').set('n1', 'hello')
  return Y.encodeStateAsUpdate(doc)
}

describe('/metrics', () => {
  it('counts a note written through a real websocket: updates in and out, bytes, store latency, ingest', async () => {
    const s = await server()
    const before = await scrape(s)
    expect(value(before, 'atelier_updates_received_total')).toBe(0)
    await noteWritten(s)
    const after = await scrape(s)

    expect(value(after, 'atelier_updates_received_total')).toBeGreaterThanOrEqual(1)
    // The board update ingest wrote was relayed to the facilitator.
    expect(value(after, 'atelier_updates_relayed_total')).toBeGreaterThanOrEqual(1)
    expect(value(after, 'atelier_sent_bytes_total')).toBeGreaterThan(0)
    expect(value(after, 'atelier_updates_stored_total')).toBeGreaterThanOrEqual(2)
    const appends = value(after, 'atelier_store_append_seconds_count')
    expect(appends).toBe(value(after, 'atelier_updates_stored_total'))
    expect(value(after, 'atelier_store_append_seconds_sum')).toBeGreaterThan(0)
    // A second's worth of appends would be a sick store, not a test machine.
    expect(value(after, 'atelier_store_append_seconds_sum') / appends).toBeLessThan(1)
    expect(value(after, 'atelier_store_flush_seconds_count')).toBeGreaterThanOrEqual(1)
    expect(value(after, 'atelier_ingest_runs_total')).toBeGreaterThanOrEqual(1)
    expect(value(after, 'atelier_ingest_notes_total{change="added"}')).toBe(1)
    // The board, its private room, the participant document.
    expect(value(after, 'atelier_rooms_loaded')).toBe(3)
    expect(value(after, 'atelier_connections')).toBe(2)
    expect(value(after, 'atelier_connections_by_role{role="participant"}')).toBe(1)
    expect(value(after, 'atelier_connections_by_role{role="facilitator"}')).toBe(1)
    expect(value(after, 'atelier_connections_by_role{role="screen"}')).toBe(0)
    expect(value(after, 'atelier_state_encodes_total')).toBeGreaterThanOrEqual(1)
    // The metrics that existed before prom-client keep their names.
    for (const name of ['atelier_heap_used_bytes', 'atelier_rss_bytes', 'atelier_uptime_seconds'])
      expect(value(after, name)).toBeGreaterThanOrEqual(0)
    expect(value(after, 'atelier_store_rows_set_aside_total')).toBe(0)
    expect(value(after, 'atelier_event_loop_lag_max_seconds')).toBeGreaterThanOrEqual(0)
    expect(value(after, 'atelier_event_loop_lag_p99_seconds')).toBeLessThan(10)
  })

  it('watches the event loop from the first scrape on: no value then, a stall seen after', async () => {
    const s = await server()
    const first = await scrape(s)
    expect(value(first, 'atelier_event_loop_lag_max_seconds')).toBeNaN()
    expect(value(first, 'atelier_event_loop_lag_p99_seconds')).toBeNaN()
    // The server's event loop (this process's) stalls 80 ms between two scrapes.
    await new Promise((resolve) => setTimeout(resolve, 50))
    const until = performance.now() + 80
    while (performance.now() < until) {
      // Busy: no timer can fire.
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
    const second = await scrape(s)
    expect(value(second, 'atelier_event_loop_lag_max_seconds')).toBeGreaterThanOrEqual(0.07)
    // Each scrape opens a new window: the stall is not in the next one.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(value(await scrape(s), 'atelier_event_loop_lag_max_seconds')).toBeLessThan(0.07)
  })

  it("counts the board's HTTP copies by answer, and their bytes", async () => {
    const s = await server()
    const before = await scrape(s)
    for (const answer of ['copy', 'unchanged', 'none', 'rate-limited'])
      expect(value(before, `atelier_state_copies_total{answer="${answer}"}`)).toBe(0)
    const { workshop, phone } = await noteWritten(s)
    const ask = (etag?: string) =>
      fetch(`${s.url}/sync/${workshop.id}/state`, {
        headers: {
          authorization: `Bearer ${phone.token}`,
          ...(etag ? { 'if-none-match': etag } : {}),
        },
      })
    const copy = await ask()
    expect(copy.status).toBe(200)
    const bytes = Number(copy.headers.get('content-length'))
    expect((await ask(copy.headers.get('etag')!)).status).toBe(304)
    const empty = await createWorkshop(s)
    const stranger = await joinWorkshop(s, empty.code)
    const none = await fetch(`${s.url}/sync/${empty.id}/state`, {
      headers: { authorization: `Bearer ${stranger.token}` },
    })
    expect(none.status).toBe(204)
    const after = await scrape(s)
    expect(value(after, 'atelier_state_copies_total{answer="copy"}')).toBe(1)
    expect(value(after, 'atelier_state_copies_total{answer="unchanged"}')).toBe(1)
    expect(value(after, 'atelier_state_copies_total{answer="none"}')).toBe(1)
    expect(value(after, 'atelier_state_copy_bytes_total')).toBe(bytes)
  })

  it('counts refused frames by reason, from a fixed set of labels', async () => {
    const s = await server()
    const workshop = await createWorkshop(s)
    const phone = await joinWorkshop(s, workshop.code)
    const before = await scrape(s)
    expect(value(before, 'atelier_frames_refused_total{reason="read-only"}')).toBe(0)
    expect(value(before, 'atelier_frames_refused_total{reason="malformed"}')).toBe(0)

    // A screen may read the board, not write it.
    const screen = await openRaw(s, workshop.id, await roleToken(s, workshop, 'screen'))
    // A phone sending bytes that are no Yjs update into its own document.
    const own = await openRaw(s, `${workshop.id}:${phone.participantId}`, phone.token)
    sockets.push(screen, own)
    screen.send(encodeUpdate(someUpdate()))
    own.send(encodeUpdate(new Uint8Array([0xff, 0xff, 0xff])))
    await waitFor(() => screen.denied().length > 0 && own.denied().length > 0, 5000, 'refusals')
    expect(screen.denied()[0]).toMatch(/^read-only/)
    expect(own.denied()[0]).toMatch(/^malformed/)

    const after = await scrape(s)
    expect(value(after, 'atelier_frames_refused_total{reason="read-only"}')).toBe(1)
    expect(value(after, 'atelier_frames_refused_total{reason="malformed"}')).toBe(1)
    expect(value(after, 'atelier_updates_received_total')).toBe(0)
    // Only the fixed reasons are labels: what a client writes never becomes one.
    const reasons = Object.keys(byLabel(after, 'atelier_frames_refused_total', 'reason'))
    expect(reasons).toContain('other')
    expect(reasons.length).toBe(14)
  })

  it('counts a connection dropped at a limit once, whatever arrives while it closes', async () => {
    const s = await server()
    const workshop = await createWorkshop(s)
    const screen = await openRaw(s, workshop.id, await roleToken(s, workshop, 'screen'))
    sockets.push(screen)
    // Text frames: the protocol is binary; the first one closes the connection.
    for (let i = 0; i < 5; i++) screen.ws.send('hello', { binary: false })
    expect(await screen.closed).toBe(1003)
    const after = await scrape(s)
    expect(value(after, 'atelier_connections_dropped_total{reason="text-frame"}')).toBe(1)
  })

  it('keeps one registry per server: two servers in one process count apart', async () => {
    const [a, b] = await Promise.all([server(), server()])
    await noteWritten(a)
    const [fromA, fromB] = await Promise.all([scrape(a), scrape(b)])
    expect(value(fromA, 'atelier_updates_received_total')).toBeGreaterThanOrEqual(1)
    expect(value(fromB, 'atelier_updates_received_total')).toBe(0)
    expect(value(fromB, 'atelier_updates_stored_total')).toBe(0)
    expect(value(fromB, 'atelier_store_append_seconds_count')).toBe(0)
    expect(value(fromA, 'atelier_connections')).toBe(2)
    expect(value(fromB, 'atelier_connections')).toBe(0)
    // A third server started after the others registers its metrics without a name collision.
    const c = await server()
    expect(value(await scrape(c), 'atelier_rooms_loaded')).toBe(0)
  })
})
