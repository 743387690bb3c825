import { request } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { addFacilitatorNote, hideNote, readBoard } from '@atelier/board-model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  type CreatedWorkshop,
  connect,
  createWorkshop,
  joinWorkshop,
  roleToken,
  serverForEachTest,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'
import { acceptsGzip, STATE_BURST } from './state-route.js'

// `GET /sync/:room/state`: a client applies the copy, then its websocket
// syncs only what the copy lacks. Who may read what is the upgrade's own
// check, covered cell by cell in hardening/permissions.test.ts.

const harness = serverForEachTest()

/** The raw answer, compressed bytes and all (fetch would undo the gzip). */
function getState(
  server: TestServer,
  room: string,
  token: string,
  headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' },
) {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>(
    (resolve, reject) => {
      const asked = request(
        `${server.url}/sync/${room}/state`,
        { headers: { authorization: `Bearer ${token}`, ...headers } },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers as Record<string, string>,
              body: Buffer.concat(chunks),
            }),
          )
        },
      )
      asked.on('error', reject)
      asked.end()
    },
  )
}

/** A board of `notes` notes written by its facilitator, who stays connected (the room stays open). */
async function openBoard(notes: number) {
  const workshop = await createWorkshop(harness.server, { template: 'congress' })
  const facilitator = harness.open(
    workshop.id,
    await roleToken(harness.server, workshop, 'facilitator'),
  )
  await facilitator.synced
  const dimension = readBoard(facilitator.doc).dimensions[0]!.id
  facilitator.doc.transact(() => {
    for (let i = 0; i < notes; i++)
      addFacilitatorNote(facilitator.doc, {
        text: `Mutualiser les fonctions support entre coopératives du territoire, piste ${i}`,
        dimension,
      })
  })
  // The server holds every note once a reader got them all; only then is a copy asked (and kept).
  const screen = harness.open(workshop.id, await roleToken(harness.server, workshop, 'screen'))
  await waitFor(() => Object.keys(readBoard(screen.doc).notes).length === notes)
  return { workshop, facilitator, dimension }
}

async function phoneToken(workshop: CreatedWorkshop) {
  return (await joinWorkshop(harness.server, workshop.code)).token
}

/** A phone that applied `update` before connecting, and the bytes its socket then received. */
async function phoneAfterCopy(workshop: CreatedWorkshop, token: string, update: Uint8Array) {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  const phone = connect(harness.server, workshop.id, token, doc)
  let received = 0
  phone.provider.on('status', ({ status }: { status: string }) => {
    if (status === 'connected')
      phone.provider.ws?.addEventListener('message', (event: MessageEvent) => {
        received += (event.data as ArrayBuffer).byteLength
      })
  })
  await phone.synced
  return { phone, received: () => received }
}

describe('GET /sync/:room/state', () => {
  it('gives the board gzip-compressed; the socket after it sends only what changed', async () => {
    const { workshop, facilitator, dimension } = await openBoard(300)
    const token = await phoneToken(workshop)
    const copy = await getState(harness.server, workshop.id, token)
    expect(copy.status).toBe(200)
    expect(copy.headers['content-encoding']).toBe('gzip')
    expect(copy.headers['content-type']).toBe('application/octet-stream')
    const update = gunzipSync(copy.body)
    expect(update.length).toBe(Number(copy.headers['x-uncompressed-length']))
    // The notes' text repeats: the copy is less than half the update.
    expect(copy.body.length).toBeLessThan(update.length / 2)

    // A note written after the copy was taken reaches the phone over its socket.
    addFacilitatorNote(
      facilitator.doc,
      { text: 'Arrivée après la copie', dimension },
      'facilitator',
    )
    const { phone, received } = await phoneAfterCopy(workshop, token, update)
    await waitFor(() => Object.keys(readBoard(phone.doc).notes).length === 301)
    expect(readBoard(phone.doc).notes).toEqual(readBoard(facilitator.doc).notes)
    // The socket carried the one note, not the board again.
    expect(received()).toBeLessThan(update.length / 10)
    phone.destroy()
  })

  it('reads a room name encoded as a page sends it (the layout: %3A for the colon)', async () => {
    const workshop = await createWorkshop(harness.server)
    const token = await roleToken(harness.server, workshop, 'facilitator')
    await harness.open(`${workshop.id}:layout`, token).synced
    const answer = await getState(
      harness.server,
      encodeURIComponent(`${workshop.id}:layout`),
      token,
    )
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe('gzip')
  })

  it('never gives a text hidden since, however fresh the copy it had cached', async () => {
    const { workshop, facilitator } = await openBoard(5)
    const token = await phoneToken(workshop)
    const [hidden] = Object.values(readBoard(facilitator.doc).notes)
    const before = gunzipSync((await getState(harness.server, workshop.id, token)).body)
    expect(before.includes(Buffer.from(hidden!.text))).toBe(true)
    hideNote(facilitator.doc, hidden!.id, 'facilitator')
    // The server takes the text off the board (into the private room): a reader sees it go.
    const screen = harness.open(workshop.id, await roleToken(harness.server, workshop, 'screen'))
    await waitFor(() => readBoard(screen.doc).notes[hidden!.id]?.text === '')
    // Well within the two seconds a copy may lag behind what was added.
    const after = gunzipSync((await getState(harness.server, workshop.id, token)).body)
    expect(after.includes(Buffer.from(hidden!.text))).toBe(false)
  })

  it('answers 204 when no connection holds the room: the socket that follows loads it', async () => {
    const workshop = await createWorkshop(harness.server)
    const token = await phoneToken(workshop)
    const answer = await getState(harness.server, workshop.id, token)
    expect(answer.status).toBe(204)
    expect(answer.body.length).toBe(0)
    expect(answer.headers['cache-control']).toBe('no-store')
  })

  it('answers 304 to a copy the client holds, and 204 to a client that takes no gzip', async () => {
    const { workshop } = await openBoard(20)
    const token = await phoneToken(workshop)
    const first = await getState(harness.server, workshop.id, token)
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/)
    const again = await getState(harness.server, workshop.id, token, {
      'accept-encoding': 'gzip',
      'if-none-match': first.headers.etag!,
    })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    for (const acceptEncoding of ['identity', 'gzip;q=0, br', ''])
      expect(
        (await getState(harness.server, workshop.id, token, { 'accept-encoding': acceptEncoding }))
          .status,
        acceptEncoding,
      ).toBe(204)
  })

  it('refuses a token that asks too often with 429 and Retry-After; other phones go on', async () => {
    const { workshop } = await openBoard(5)
    const token = await phoneToken(workshop)
    const statuses: number[] = []
    for (let i = 0; i < STATE_BURST + 1; i++)
      statuses.push((await getState(harness.server, workshop.id, token)).status)
    expect(statuses.slice(0, STATE_BURST).every((status) => status === 200)).toBe(true)
    const refused = await getState(harness.server, workshop.id, token)
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body.toString()).error.code).toBe('rate-limited')
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect((await getState(harness.server, workshop.id, await phoneToken(workshop))).status).toBe(
      200,
    )
  })
})

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers and proxies send it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('GZIP')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })
})
