import {
  addFacilitatorNote,
  editNoteText,
  moveNoteToDimension,
  readBoard,
  readParticipant,
  updateDimension,
} from '@atelier/board-model'
import { beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  type Client,
  type CreatedWorkshop,
  createWorkshop,
  rawNote,
  roleToken,
  serverForEachTest,
  type TestServer,
  waitFor,
} from '../test-support/harness.js'

// The facilitator's edits of participants' notes through the real server:
// the author is told at once, and nothing the phone does afterwards
// (stock Yjs writes, no phone-side checks) overwrites or removes them.

let server: TestServer
let workshop: CreatedWorkshop
let facilitator: Client
const harness = serverForEachTest()
const { open } = harness

const phone = () => harness.phone(workshop)

beforeEach(async () => {
  server = harness.server
  workshop = await createWorkshop(server, { template: 'congress' })
  facilitator = open(workshop.id, await roleToken(server, workshop, 'facilitator'))
  await facilitator.synced
})
describe('a facilitator’s edit of a participant’s note', () => {
  it('reaches the author’s phone with an `edited` receipt and survives their later edit and deletion', async () => {
    const p = await phone()
    rawNote(p.own.doc, 'n1', 'Mutualiser les acahts')
    await waitFor(() => readBoard(facilitator.doc).notes.n1 !== undefined)

    editNoteText(facilitator.doc, 'n1', 'Mutualiser les achats', 'facilitator')
    moveNoteToDimension(facilitator.doc, 'n1', 'reseau', 'facilitator')
    await waitFor(() => readParticipant(p.own.doc).receipts.n1?.status === 'edited')
    await waitFor(() => readBoard(p.board.doc).notes.n1?.text === 'Mutualiser les achats')

    // The phone edits the note, then deletes it; a later valid note proves ingest ran after both.
    ;(p.own.doc.getMap('notes').get('n1') as Y.Map<unknown>).set('text', 'Autre chose')
    p.own.doc.getMap('notes').delete('n1')
    rawNote(p.own.doc, 'n2', 'Une idée de plus')
    await waitFor(() => readBoard(facilitator.doc).notes.n2 !== undefined)
    expect(readBoard(facilitator.doc).notes.n1).toMatchObject({
      text: 'Mutualiser les achats',
      dimension: 'reseau',
      editedByFacilitator: true,
    })
  })
})

describe('the facilitator’s own notes and questions', () => {
  it('reach the phones’ board without any participant id, and questions change live', async () => {
    const p = await phone()
    const id = addFacilitatorNote(
      facilitator.doc,
      { text: 'Remarque de la salle', dimension: 'vision' },
      'facilitator',
    )
    updateDimension(facilitator.doc, 'vision', { prompt: 'Quelle société ?' }, 'facilitator')
    await waitFor(() => readBoard(p.board.doc).notes[id] !== undefined)
    expect(readBoard(p.board.doc).notes[id]).toMatchObject({ author: '', byFacilitator: true })
    await waitFor(() => readBoard(p.board.doc).dimensions[0]?.prompt === 'Quelle société ?')

    // A participant cannot take the facilitator's note over by using its id.
    rawNote(p.own.doc, id, 'Pirate')
    await waitFor(() => readParticipant(p.own.doc).receipts[id]?.reason === 'id-conflict')
    expect(readBoard(facilitator.doc).notes[id]?.text).toBe('Remarque de la salle')
  })
})
