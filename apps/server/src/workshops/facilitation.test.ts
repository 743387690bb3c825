import {
  createCluster,
  deleteCluster,
  deleteNote,
  hideNote,
  readBoard,
  readParticipant,
  setLocked,
  setPhase,
  setShowTallies,
} from '@atelier/board-model'
import { beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  api,
  type Client,
  type CreatedWorkshop,
  createWorkshop,
  rawNote,
  roleToken,
  serverForEachTest,
  type TestServer,
  upgradeStatus,
  waitFor,
} from '../test-support/harness.js'

// Every rule here is enforced by the server against hand-written Yjs clients
// that skip the phone's own checks: raw map writes, no board-model commands.

let server: TestServer
let workshop: CreatedWorkshop
let facilitator: Client
let privateRoom: Client
const harness = serverForEachTest()
const { open } = harness

const phone = (name: string) => harness.phone(workshop, name)

const rawVotes = (doc: Y.Doc, votes: Record<string, number>) =>
  doc.transact(() => {
    for (const [cluster, count] of Object.entries(votes)) doc.getMap('votes').set(cluster, count)
  })
const privateTallies = () => privateRoom.doc.getMap('tallies').toJSON() as Record<string, number>
const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

beforeEach(async () => {
  server = harness.server
  workshop = await createWorkshop(server, { template: 'congress' })
  const token = await roleToken(server, workshop, 'facilitator')
  facilitator = open(workshop.id, token)
  privateRoom = open(`${workshop.id}:private`, token)
  await Promise.all([facilitator.synced, privateRoom.synced])
})

describe('notes', () => {
  it('are refused while collection is closed or the board is locked, and land when reopened', async () => {
    const amandine = await phone('Amandine')
    setPhase(facilitator.doc, 'cluster', 'facilitator')
    await waitFor(() => readBoard(amandine.board.doc).meta.phase === 'cluster')
    rawNote(amandine.own.doc, 'late', 'Une idée en retard')
    await waitFor(() => readParticipant(amandine.own.doc).receipts.late !== undefined)
    expect(readParticipant(amandine.own.doc).receipts.late).toMatchObject({
      status: 'rejected',
      reason: 'collection-closed',
    })

    setPhase(facilitator.doc, 'collect', 'facilitator')
    setLocked(facilitator.doc, true, 'facilitator')
    rawNote(amandine.own.doc, 'locked', 'Pendant le verrouillage')
    await waitFor(
      () => readParticipant(amandine.own.doc).receipts.locked?.reason === 'board-locked',
    )
    expect(readBoard(facilitator.doc).notes).toEqual({})

    setLocked(facilitator.doc, false, 'facilitator')
    await waitFor(
      () => Object.keys(readBoard(facilitator.doc).notes).length === 2,
      5000,
      'notes after reopening',
    )
    expect(readParticipant(amandine.own.doc).receipts).toEqual({})
  })

  it('hidden by the facilitator are not revealed by the author editing them, and the author is told', async () => {
    const karim = await phone('Karim')
    rawNote(karim.own.doc, 'n1', 'Texte à modérer')
    await waitFor(() => readBoard(facilitator.doc).notes.n1 !== undefined)
    hideNote(facilitator.doc, 'n1', 'facilitator')
    await waitFor(() => readParticipant(karim.own.doc).receipts.n1?.status === 'hidden')
    ;(karim.own.doc.getMap('notes').get('n1') as Y.Map<unknown>).set('text', 'Texte modifié')
    await settle()
    expect(readBoard(facilitator.doc).notes.n1?.hidden).toBe(true)
  })

  it('deleted by the facilitator stay deleted, and the author is told', async () => {
    const jo = await phone('Jo')
    rawNote(jo.own.doc, 'n2', 'Hors sujet')
    await waitFor(() => readBoard(facilitator.doc).notes.n2 !== undefined)
    deleteNote(facilitator.doc, 'n2', 'facilitator')
    await waitFor(
      () => readParticipant(jo.own.doc).receipts.n2?.status === 'deleted',
      5000,
      'deleted receipt',
    )
    ;(jo.own.doc.getMap('notes').get('n2') as Y.Map<unknown>).set('text', 'Hors sujet, encore')
    await settle()
    expect(readBoard(facilitator.doc).notes.n2).toBeUndefined()
  })
})

describe('dot voting', () => {
  let clusters: { a: string; b: string; c: string }
  beforeEach(() => {
    clusters = {
      a: createCluster(facilitator.doc, { title: 'Formation', dimension: 'vision' }, 'facilitator'),
      b: createCluster(
        facilitator.doc,
        { title: 'Visibilité', dimension: 'vision' },
        'facilitator',
      ),
      c: createCluster(facilitator.doc, { title: 'Réseau', dimension: 'reseau' }, 'facilitator'),
    }
  })

  it('ignores votes cast outside the vote phase', async () => {
    const sophie = await phone('Sophie')
    rawVotes(sophie.own.doc, { [clusters.a]: 2 })
    await waitFor(
      () => readParticipant(sophie.own.doc).receipts[`vote:${clusters.a}`] !== undefined,
    )
    expect(readParticipant(sophie.own.doc).receipts[`vote:${clusters.a}`]?.reason).toBe(
      'voting-closed',
    )
    await settle()
    expect(privateTallies()).toEqual({})
  })

  it('counts only the budget, only on existing clusters, in the private room until shown', async () => {
    setPhase(facilitator.doc, 'vote', 'facilitator')
    const [thierry, nadia] = [await phone('Thierry'), await phone('Nadia')]
    rawVotes(thierry.own.doc, { [clusters.a]: 4, [clusters.b]: 3, 'no-such-cluster': 2 })
    rawVotes(nadia.own.doc, { [clusters.b]: 1, [clusters.c]: 1 })
    await waitFor(
      () => Object.values(privateTallies()).reduce((s, n) => s + n, 0) === 7,
      5000,
      'tallies',
    )
    const tallies = privateTallies()
    expect(tallies[clusters.b]! + tallies[clusters.a]!).toBe(6)
    expect(tallies[clusters.c]).toBe(1)
    expect(tallies['no-such-cluster']).toBeUndefined()
    // Phones receive the board: no tallies there until the facilitator shows them.
    expect(thierry.board.doc.getMap('tallies').size).toBe(0)

    setShowTallies(facilitator.doc, true, 'facilitator')
    await waitFor(() => thierry.board.doc.getMap('tallies').size === 3, 5000, 'tallies shown')
    expect(thierry.board.doc.getMap('tallies').toJSON()).toEqual(tallies)

    deleteCluster(facilitator.doc, clusters.c, 'facilitator')
    await waitFor(
      () => privateTallies()[clusters.c] === undefined,
      5000,
      'deleted cluster uncounted',
    )
    setShowTallies(facilitator.doc, false, 'facilitator')
    await waitFor(() => thierry.board.doc.getMap('tallies').size === 0, 5000, 'tallies hidden')
  })

  it('freezes ballots when voting ends', async () => {
    setPhase(facilitator.doc, 'vote', 'facilitator')
    const lea = await phone('Léa')
    rawVotes(lea.own.doc, { [clusters.a]: 1 })
    await waitFor(() => privateTallies()[clusters.a] === 1)
    setPhase(facilitator.doc, 'synthesize', 'facilitator')
    // The phone sees the new phase only once the server has it.
    await waitFor(() => readBoard(lea.board.doc).meta.phase === 'synthesize')
    rawVotes(lea.own.doc, { [clusters.a]: 5 })
    await settle()
    expect(privateTallies()[clusters.a]).toBe(1)
  })

  it('stops counting a removed participant and shuts their connections for good', async () => {
    setPhase(facilitator.doc, 'vote', 'facilitator')
    const theo = await phone('Théo')
    rawVotes(theo.own.doc, { [clusters.a]: 3 })
    await waitFor(() => privateTallies()[clusters.a] === 3)

    const removed = await api(
      server,
      `/api/workshops/${workshop.id}/participants/${theo.participantId}/remove`,
      {
        method: 'POST',
        bearer: workshop.facilitatorKey,
      },
    )
    expect(removed.status).toBe(200)
    await waitFor(() => privateTallies()[clusters.a] === undefined, 5000, 'votes uncounted')
    await waitFor(() => !theo.own.provider.wsconnected, 5000, 'connection closed')
    expect(
      await upgradeStatus(server, `/sync/${workshop.id}:${theo.participantId}?token=${theo.token}`),
    ).toBe(403)
    expect(readBoard(facilitator.doc).participants[theo.participantId]?.removed).toBe(true)
  })
})

describe('a participant document', () => {
  it('stops storing once it holds a megabyte, and says so', async () => {
    const flood = await phone('Flood')
    const junk = flood.own.doc.getMap('junk')
    for (let i = 0; i < 12; i++) junk.set(`k${i}`, 'x'.repeat(100_000))
    await waitFor(
      () => flood.own.denied.some((r) => r.startsWith('quota-exceeded')),
      10_000,
      'quota refusal',
    )
    // The server's copy stayed bounded, and a restart would hold the same.
    const stored = server.registry.peek(`${workshop.id}:${flood.participantId}`)!.doc
    expect(stored.getMap('junk').size).toBeLessThan(12)
    // Other participants are served as before.
    const other = await phone('Autre')
    rawNote(other.own.doc, 'ok', 'Une idée normale')
    await waitFor(() => readBoard(facilitator.doc).notes.ok !== undefined)
  })
})
