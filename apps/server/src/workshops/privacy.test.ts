import {
  addFacilitatorNote,
  addOwnNote,
  editNoteText,
  hideNote,
  readBoard,
  setName,
  setSilent,
  unhideNote,
} from '@atelier/board-model'
import { beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  api,
  type Client,
  type CreatedWorkshop,
  createWorkshop,
  roleToken,
  serverForEachTest,
  waitFor,
} from '../test-support/harness.js'

// Issue 9, "phones and screens receive only what the room may see": over the
// real websocket, a phone, the projector and a shared results link receive a
// board without hidden texts, silent-mode texts, author ids or names, while
// the facilitator still reads all of it (board + private room).

const harness = serverForEachTest()
let workshop: CreatedWorkshop

/** Every frame the server sends this client, raw, from the first one. */
function framesOf(client: Client): Buffer[] {
  const frames: Buffer[] = []
  const ws = client.provider.ws as unknown as {
    addEventListener(type: 'message', fn: (event: { data: ArrayBuffer | Buffer }) => void): void
  }
  ws.addEventListener('message', (event) => frames.push(Buffer.from(event.data as ArrayBuffer)))
  return frames
}
const received = (frames: Buffer[]) => Buffer.concat(frames)
const holds = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'))

beforeEach(async () => {
  workshop = await createWorkshop(harness.server, { template: 'congress' })
})

describe('what phones, the projector and a results link receive', () => {
  it('carries no hidden or silent-mode text, author id or name; the facilitator still reads them; released notes reach everyone', async () => {
    const { server, open } = harness
    const token = await roleToken(server, workshop, 'facilitator')
    const facilitator = open(workshop.id, token)
    const privateRoom = open(`${workshop.id}:private`, token)
    await Promise.all([facilitator.synced, privateRoom.synced])
    const view = () => readBoard(facilitator.doc, privateRoom.doc)

    const camille = await harness.phone(workshop)
    const karim = await harness.phone(workshop)
    setName(camille.own.doc, 'Camille Dupont')
    setName(karim.own.doc, 'Karim Benali')
    // Karim's copy of the board, watched from its first frame on.
    const karimFrames = framesOf(karim.board)

    addOwnNote(camille.own.doc, {
      id: 'nvisible',
      text: 'Idée visible de Camille',
      dimension: 'vision',
    })
    addOwnNote(camille.own.doc, { id: 'nhidden', text: 'Remarque à modérer', dimension: 'vision' })
    await waitFor(() => Object.keys(readBoard(karim.board.doc).notes).length === 2, 5000, 'notes')

    hideNote(facilitator.doc, 'nhidden', 'facilitator')
    await waitFor(() => readBoard(karim.board.doc).notes.nhidden?.text === '', 5000, 'blanked')
    setSilent(facilitator.doc, true, 'facilitator')
    addOwnNote(karim.own.doc, { id: 'nsilent', text: 'Pensée en silence', dimension: 'reseau' })
    await waitFor(() => view().notes.nsilent?.text === 'Pensée en silence', 5000, 'silent note')

    // The facilitator reads everything: texts, authors, names.
    expect(view().notes.nhidden).toMatchObject({ text: 'Remarque à modérer', hidden: true })
    expect(view().notes.nsilent?.author).toBe(karim.participantId)
    expect(view().notes.nvisible?.author).toBe(camille.participantId)
    expect(view().participants[camille.participantId]?.name).toBe('Camille Dupont')

    // Fresh connections: a phone, the projector, a shared results link.
    const screen = await roleToken(server, workshop, 'screen')
    const link = await api<{ token: string }>(
      server,
      `/api/workshops/${workshop.id}/results-link`,
      {
        body: {},
        bearer: workshop.facilitatorKey,
      },
    )
    const late = await harness.phone(workshop)
    setName(late.own.doc, 'Lucie Arnaud')
    await waitFor(
      () => view().participants[late.participantId]?.name === 'Lucie Arnaud',
      5000,
      'name',
    )
    const readers = {
      // A second connection of the late phone: recorded from its first frame.
      phone: open(workshop.id, late.token),
      projector: open(workshop.id, screen),
      results: open(workshop.id, link.body.token),
    }
    const frames = Object.fromEntries(
      Object.entries(readers).map(([who, client]) => [who, framesOf(client)]),
    )
    await Promise.all(Object.values(readers).map((c) => c.synced))
    await waitFor(
      () => Object.values(readers).every((c) => Object.keys(readBoard(c.doc).notes).length === 3),
      5000,
      'every reader has the three notes',
    )

    const secrets = [
      'Remarque à modérer',
      'Pensée en silence',
      camille.participantId,
      karim.participantId,
      late.participantId,
      'Camille Dupont',
      'Karim Benali',
      'Lucie Arnaud',
    ]
    for (const [who, list] of Object.entries({ ...frames, karimLive: karimFrames })) {
      const bytes = received(list)
      expect(bytes.length, who).toBeGreaterThan(0)
      // Karim's phone saw the moderated note before it was hidden (it was public then).
      const kept = who === 'karimLive' ? secrets.slice(1) : secrets
      for (const secret of kept)
        expect(holds(bytes, secret), `${who} received ${secret}`).toBe(false)
      // Silent mode withholds every text, the visible one too, from whoever connects meanwhile.
      expect(holds(bytes, 'Idée visible de Camille'), who).toBe(who === 'karimLive')
    }
    // What screens need in silent mode: the notes are counted.
    expect(readBoard(readers.projector.doc).notes.nsilent).toMatchObject({ dimension: 'reseau' })

    // The facilitator releases: the server copies the texts into the board.
    unhideNote(facilitator.doc, 'nhidden', 'facilitator')
    setSilent(facilitator.doc, false, 'facilitator')
    for (const client of Object.values(readers)) {
      await waitFor(
        () => {
          const notes = readBoard(client.doc).notes
          return (
            notes.nhidden?.text === 'Remarque à modérer' &&
            notes.nsilent?.text === 'Pensée en silence' &&
            notes.nvisible?.text === 'Idée visible de Camille'
          )
        },
        5000,
        'released notes on every screen',
      )
    }
    // Released texts only: still no author or name.
    const after = received(frames.results ?? [])
    for (const secret of secrets.slice(2)) expect(holds(after, secret)).toBe(false)
  })

  it('never relays the text of a note the facilitator writes in silent mode or of a hidden note they edit, not even for a moment', async () => {
    const { server, open } = harness
    const token = await roleToken(server, workshop, 'facilitator')
    const facilitator = open(workshop.id, token)
    const privateRoom = open(`${workshop.id}:private`, token)
    await Promise.all([facilitator.synced, privateRoom.synced])
    const view = () => readBoard(facilitator.doc, privateRoom.doc)
    const phone = await harness.phone(workshop)
    addOwnNote(phone.own.doc, { id: 'nmod', text: 'Avant modération', dimension: 'vision' })
    await waitFor(() => readBoard(phone.board.doc).notes.nmod !== undefined, 5000, 'note')
    hideNote(facilitator.doc, 'nmod', 'facilitator')
    await waitFor(() => readBoard(phone.board.doc).notes.nmod?.text === '', 5000, 'blanked')
    // From here on, every frame the phone's board connection receives.
    const frames = framesOf(phone.board)

    editNoteText(facilitator.doc, 'nmod', 'Reformulée en privé', 'facilitator')
    setSilent(facilitator.doc, true, 'facilitator')
    addFacilitatorNote(
      facilitator.doc,
      { id: 'nfac', text: 'Dite à voix haute', dimension: 'vision' },
      'facilitator',
    )
    await waitFor(
      () =>
        view().notes.nfac?.text === 'Dite à voix haute' &&
        view().notes.nmod?.text === 'Reformulée en privé',
      5000,
      'the facilitator reads both texts',
    )
    // The facilitator's own copy was blanked too: it stays in step with the server.
    await waitFor(
      () => facilitator.doc.getMap<Y.Map<unknown>>('notes').get('nfac')?.get('text') === '',
      5000,
      "the facilitator's board blanked",
    )
    await waitFor(() => readBoard(phone.board.doc).notes.nfac !== undefined, 5000, 'counted')
    const bytes = received(frames)
    expect(holds(bytes, 'Dite à voix haute')).toBe(false)
    expect(holds(bytes, 'Reformulée en privé')).toBe(false)
    expect(readBoard(phone.board.doc).notes.nfac?.text).toBe('')
  })
})
