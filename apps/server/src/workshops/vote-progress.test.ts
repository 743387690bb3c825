import { createCluster, readVoteProgress, removeParticipant, setPhase } from '@atelier/board-model'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  type Client,
  type CreatedWorkshop,
  createWorkshop,
  joinWorkshop,
  roleToken,
  serverForEachTest,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'

// "23 / 38 ont voté": the server keeps the count in the private room, which
// only the facilitator receives.

let server: TestServer
let workshop: CreatedWorkshop
let facilitator: Client
let privateRoom: Client
const harness = serverForEachTest()
const { open } = harness

beforeEach(async () => {
  server = harness.server
  workshop = await createWorkshop(server)
  const token = await roleToken(server, workshop, 'facilitator')
  facilitator = open(workshop.id, token)
  privateRoom = open(`${workshop.id}:private`, token)
  await Promise.all([facilitator.synced, privateRoom.synced])
})
async function phone(name: string) {
  const joined = await joinWorkshop(server, workshop.code, name)
  const own = open(`${workshop.id}:${joined.participantId}`, joined.token)
  await own.synced
  return { ...joined, own }
}

const progress = () => readVoteProgress(privateRoom.doc)

describe('vote progress', () => {
  it('counts participants with a counted dot out of those registered and not removed', async () => {
    createCluster(
      facilitator.doc,
      { id: 'c1', title: 'Former', dimension: 'vision' },
      'facilitator',
    )
    setPhase(facilitator.doc, 'vote', 'facilitator')
    const [ana, ben, chloe] = [await phone('Ana'), await phone('Ben'), await phone('Chloé')]
    await waitFor(() => progress()?.participants === 3, 5000, 'three registered')
    expect(progress()).toEqual({ voted: 0, participants: 3 })

    ana.own.doc.getMap('votes').set('c1', 1)
    await waitFor(() => progress()?.voted === 1, 5000, 'Ana voted')
    // A vote on a cluster that does not exist spends nothing.
    ben.own.doc.getMap('votes').set('nowhere', 1)
    chloe.own.doc.getMap('votes').set('c1', 1)
    await waitFor(() => progress()?.voted === 2, 5000, 'Chloé voted')
    expect(progress()).toEqual({ voted: 2, participants: 3 })

    removeParticipant(facilitator.doc, chloe.participantId, 'facilitator')
    await waitFor(() => progress()?.participants === 2, 5000, 'Chloé removed')
    expect(progress()).toEqual({ voted: 1, participants: 2 })
  })
})
