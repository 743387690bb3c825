import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { loadSecret } from '../auth/secret.js'
import { type Role, TokenSigner } from '../auth/tokens.js'
import {
  api,
  type Client,
  connect,
  createWorkshop,
  joinWorkshop,
  rawNote,
  roleToken,
  startTestServer,
  type TestServer,
  upgradeStatus,
  waitFor,
} from '../test-support/harness.js'
import { recordFigures } from './support/figures.js'

// Every role x room x operation of docs/architecture.md's permission table,
// each cell a real websocket against the real server: refused at the upgrade
// (with its status and error code), or admitted and then read, write (stored
// or dropped with a read-only denial) and presence (relayed) tried for real.
// The HTTP copy of a room's state (`GET /sync/:room/state`) answers each
// cell as the upgrade does: the same refusal, or the document read.

type RoomKey = 'board' | 'own' | 'other' | 'layout' | 'private'
type Cell = { refused: [number, string] } | { write: boolean }
const READ: Cell = { write: false }
const WRITE: Cell = { write: true }
const refused = (status: number, code: string): Cell => ({ refused: [status, code] })
const NOT_HERE = refused(403, 'forbidden-room')
const everywhere = (cell: Cell): Record<RoomKey, Cell> => ({
  board: cell,
  own: cell,
  other: cell,
  layout: cell,
  private: cell,
})

// "own" is the participant's own document for participant tokens, and
// Alice's document for the other roles; "other" is Bob's.
const TABLE: Record<string, Record<RoomKey, Cell>> = {
  participant: { board: READ, own: WRITE, other: NOT_HERE, layout: NOT_HERE, private: NOT_HERE },
  'removed participant': {
    ...everywhere(NOT_HERE),
    board: refused(403, 'participant-removed'),
    own: refused(403, 'participant-removed'),
  },
  screen: { ...everywhere(NOT_HERE), board: READ, layout: READ },
  facilitator: { board: WRITE, own: READ, other: READ, layout: WRITE, private: READ },
  'co-facilitator invite': everywhere(NOT_HERE),
  'results link': { ...everywhere(NOT_HERE), board: READ },
  expired: everywhere(refused(401, 'token-expired')),
  forged: everywhere(refused(401, 'token-bad-signature')),
  'revoked (older generation)': everywhere(refused(401, 'token-revoked')),
  'other workshop': everywhere(NOT_HERE),
  // A campaign's feedback link whose campaign id and workshop both equal this workshop's id.
  'territory link': everywhere(NOT_HERE),
}

let server: TestServer
const tokens: Record<string, string> = {}
const rooms = {} as Record<RoomKey, string>
let observerToken: string
const clients: Client[] = []
const open = (room: string, token: string) => {
  const client = connect(server, room, token)
  clients.push(client)
  return client
}
let cells = 0

beforeAll(async () => {
  server = await startTestServer()
  const workshop = await createWorkshop(server, { template: 'congress' })
  const elsewhere = await createWorkshop(server)
  const alice = await joinWorkshop(server, workshop.code, 'Alice')
  const bob = await joinWorkshop(server, workshop.code, 'Bob')
  const removed = await joinWorkshop(server, workshop.code, 'Parti')
  // Generation 1: the facilitator tokens minted before are revoked.
  const rotated = await api<{ token: string; facilitatorKey: string }>(
    server,
    `/api/workshops/${workshop.id}/facilitator-key/rotate`,
    { method: 'POST', bearer: workshop.facilitatorKey },
  )
  expect(rotated.status).toBe(200)
  const removal = await api(
    server,
    `/api/workshops/${workshop.id}/participants/${removed.participantId}/remove`,
    { method: 'POST', bearer: rotated.body.facilitatorKey },
  )
  expect(removal.status).toBe(200)

  const signer = new TokenSigner(loadSecret(server.dataDir))
  const sign = (role: Role, extra: { participantId?: string; generation?: number } = {}) =>
    signer.sign({ workshopId: workshop.id, role, ...extra })
  const longAgo = new TokenSigner(loadSecret(server.dataDir), () => Date.now() - 13 * 3600_000)
  const stranger = new TokenSigner(Buffer.from('not the server secret at all, 32b'))
  observerToken = rotated.body.token
  Object.assign(tokens, {
    participant: alice.token,
    'removed participant': removed.token,
    screen: await roleToken(
      server,
      { ...workshop, facilitatorKey: rotated.body.facilitatorKey },
      'screen',
    ),
    facilitator: rotated.body.token,
    'co-facilitator invite': sign('invite', { generation: 1 }),
    'results link': sign('results'),
    expired: longAgo.sign({ workshopId: workshop.id, role: 'facilitator', generation: 1 }),
    forged: stranger.sign({ workshopId: workshop.id, role: 'facilitator', generation: 1 }),
    'revoked (older generation)': sign('facilitator', { generation: 0 }),
    'other workshop': await roleToken(server, elsewhere, 'facilitator'),
    'territory link': signer.sign({
      workshopId: workshop.id,
      role: 'territory',
      territoryWorkshopId: workshop.id,
      generation: 1,
    }),
  })
  Object.assign(rooms, {
    board: workshop.id,
    own: `${workshop.id}:${alice.participantId}`,
    other: `${workshop.id}:${bob.participantId}`,
    layout: `${workshop.id}:layout`,
    private: `${workshop.id}:private`,
  })
  // Something to read in each document a phone writes.
  for (const [phone, room] of [
    [alice, rooms.own],
    [bob, rooms.other],
  ] as const) {
    const own = open(room, phone.token)
    await own.synced
    rawNote(own.doc, `note-${phone.participantId}`, `La note de ${phone.participantId}`)
  }
})

afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy()
  recordFigures('permissions', { cells, roles: Object.keys(TABLE).length, rooms: 5 })
  await server?.stop()
})

/** The room a role's "own" cell opens: the removed participant's own document for its token. */
function roomFor(role: string, key: RoomKey): string {
  if (role === 'removed participant' && key === 'own') {
    const claims = JSON.parse(
      Buffer.from(tokens[role]!.split('.')[0]!, 'base64url').toString('utf8'),
    ) as { w: string; p: string }
    return `${claims.w}:${claims.p}`
  }
  return rooms[key]
}

/** `GET /sync/:room/state` with this token, as a page's `fetch` asks it. */
function fetchState(room: string, token: string): Promise<Response> {
  return fetch(`${server.url}/sync/${room}/state`, {
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
  })
}

async function expectRefused(room: string, token: string, [status, code]: [number, string]) {
  const path = `/sync/${room}?token=${token}`
  expect(await upgradeStatus(server, path)).toBe(status)
  // Browsers hide a refused upgrade's body: the same URL over plain HTTP gives the code.
  const body = (await (await fetch(`${server.url}${path}`)).json()) as { error: { code: string } }
  expect(body.error.code).toBe(code)
  const state = await fetchState(room, token)
  expect(state.status).toBe(status)
  expect(((await state.json()) as { error: { code: string } }).error.code).toBe(code)
}

/** The copy `GET /sync/:room/state` gives, applied to a fresh document. */
async function stateCopy(room: string, token: string): Promise<Y.Doc> {
  const response = await fetchState(room, token)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-encoding')).toBe('gzip')
  const copy = new Y.Doc()
  // fetch undoes the gzip.
  Y.applyUpdate(copy, new Uint8Array(await response.arrayBuffer()))
  return copy
}

async function expectAdmitted(role: string, key: RoomKey, room: string, write: boolean) {
  const cell = `${role}/${key}`.replace(/\W+/g, '-')
  const observer = open(room, observerToken)
  const client = open(room, tokens[role]!)
  await waitFor(() => observer.provider.synced && client.provider.synced, 5000, `${cell} synced`)
  // Read: the document as the server holds it, over the socket and over HTTP.
  const copy = await stateCopy(room, tokens[role]!)
  for (const doc of [client.doc, copy]) {
    if (key === 'board') expect(doc.getMap('meta').get('title')).toBe('Atelier de test')
    if (key === 'own' || key === 'other')
      expect([...doc.getMap('notes').keys()]).toEqual([...observer.doc.getMap('notes').keys()])
  }
  // Nothing the room does not hold (the copy may be up to two seconds old: a cell before wrote here).
  const held = Y.decodeStateVector(Y.encodeStateVector(observer.doc))
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(copy)))
    expect(clock).toBeLessThanOrEqual(held.get(client) ?? -1)

  // Presence: relayed to the room, whatever the write permission.
  client.provider.awareness.setLocalStateField('probe', cell)
  await waitFor(
    () => observer.provider.awareness.getStates().get(client.doc.clientID)?.probe === cell,
    5000,
    `presence of ${cell} relayed`,
  )

  // Write: stored and relayed, or dropped with a reason.
  client.doc.getMap('probe').set(cell, true)
  if (write) {
    await waitFor(() => observer.doc.getMap('probe').get(cell) === true, 5000, `${cell} relayed`)
  } else {
    await waitFor(() => client.denied.length > 0, 5000, `${cell} denied`)
    expect(client.denied[0]).toMatch(/^read-only/)
  }
  // What a newcomer loads is what was stored.
  const late = open(room, observerToken)
  await waitFor(() => late.provider.synced, 5000, 'newcomer synced')
  expect(late.doc.getMap('probe').get(cell)).toBe(write ? true : undefined)
  for (const c of [observer, client, late]) c.provider.disconnect()
}

describe('permission table: role x room x operation, each cell a real websocket', () => {
  for (const [role, row] of Object.entries(TABLE)) {
    for (const [key, cell] of Object.entries(row) as [RoomKey, Cell][]) {
      const expected =
        'refused' in cell
          ? `refused ${cell.refused.join(' ')}`
          : cell.write
            ? 'reads, writes, presence'
            : 'reads, write denied, presence'
      it(`${role} on ${key}: ${expected}`, async () => {
        cells++
        const room = roomFor(role, key)
        if ('refused' in cell) await expectRefused(room, tokens[role]!, cell.refused)
        else await expectAdmitted(role, key, room, cell.write)
      })
    }
  }
})
