import { beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCluster } from '../commands/board/clusters.js'
import { setSilent } from '../commands/board/meta.js'
import {
  deleteNote,
  hideNote,
  removeParticipant,
  unhideNote,
} from '../commands/board/moderation.js'
import { editNoteText } from '../commands/board/notes.js'
import { startTimer } from '../commands/board/timer.js'
import { addOwnNote, editOwnNote } from '../commands/participant/notes.js'
import { setName } from '../commands/participant/profile.js'
import { ingestParticipant } from '../ingest/ingest.js'
import { migrateBoard } from '../migrations.js'
import { readBoard } from '../read/board.js'
import { readParticipant } from '../read/participant.js'
import { readAuthors, readWithheld } from '../read/private.js'
import { congressBoard, facilitatorView, privateOf } from '../test-support/boards.js'
import { privacyScope, reconcilePrivacy } from './reconcile.js'

// The privacy invariant: what a phone, the projector or a results link loads
// (the board's full state, as the server sends it in sync step 2) holds no
// author id, no name, and no text of a hidden or silent-mode note.

let board: Y.Doc
let phone: Y.Doc
const ingest = (doc = phone, pid = 'p-camille') =>
  ingestParticipant(board, privateOf(board), doc, pid, 'server', { now: 1000 })
const reconcile = () => reconcilePrivacy(board, privateOf(board), 'server')

/** The bytes a newly connected phone receives: the board re-encoded from a fresh load. */
function freshBytes(doc: Y.Doc): Buffer {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return Buffer.from(Y.encodeStateAsUpdate(copy))
}
const holds = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'))

beforeEach(() => {
  board = congressBoard()
  phone = new Y.Doc()
  setName(phone, 'Camille Dupont')
  addOwnNote(phone, { id: 'n1', text: 'Mutualiser les achats', dimension: 'reseau' })
})

describe('the board holds only what everyone may read', () => {
  it('ingest puts the note on the board without its author or the name; the facilitator reads both privately', () => {
    ingest()
    const bytes = freshBytes(board)
    expect(holds(bytes, 'Mutualiser les achats')).toBe(true)
    expect(holds(bytes, 'p-camille')).toBe(false)
    expect(holds(bytes, 'Camille Dupont')).toBe(false)
    expect(readBoard(board).notes.n1?.author).toBe('')
    expect(readBoard(board).participants).toEqual({})
    const view = facilitatorView(board)
    expect(view.notes.n1).toMatchObject({ text: 'Mutualiser les achats', author: 'p-camille' })
    expect(view.participants['p-camille']).toMatchObject({ name: 'Camille Dupont', removed: false })
  })

  it('a hidden note loses its text on the board, keeps it privately, and gets it back when unhidden', () => {
    ingest()
    hideNote(board, 'n1', 'facilitator')
    expect(reconcile().withheld).toEqual(['n1'])
    expect(holds(freshBytes(board), 'Mutualiser les achats')).toBe(false)
    expect(readBoard(board).notes.n1).toMatchObject({ text: '', hidden: true })
    expect(facilitatorView(board).notes.n1?.text).toBe('Mutualiser les achats')
    // The author is told it is hidden; their edit stays private too.
    ingest()
    expect(readParticipant(phone).receipts.n1?.status).toBe('hidden')
    editOwnNote(phone, 'n1', { text: 'Mutualiser les achats groupés' })
    expect(ingest().updated).toEqual(['n1'])
    expect(holds(freshBytes(board), 'groupés')).toBe(false)
    expect(facilitatorView(board).notes.n1?.text).toBe('Mutualiser les achats groupés')

    unhideNote(board, 'n1', 'facilitator')
    expect(reconcile().released).toEqual(['n1'])
    expect(readBoard(board).notes.n1?.text).toBe('Mutualiser les achats groupés')
    expect(readWithheld(privateOf(board))).toEqual({})
    expect(reconcile()).toEqual({ withheld: [], released: [], scrubbed: false })
  })

  it('in silent mode notes reach the board without text (screens count them) until silent mode ends', () => {
    setSilent(board, true, 'facilitator')
    ingest()
    const other = new Y.Doc()
    addOwnNote(other, { id: 'n2', text: 'Former les jeunes', dimension: 'vision' })
    ingest(other, 'p-karim')
    let bytes = freshBytes(board)
    expect(holds(bytes, 'Mutualiser')).toBe(false)
    expect(holds(bytes, 'Former les jeunes')).toBe(false)
    // What screens need: the notes are there, per dimension.
    expect(Object.values(readBoard(board).notes).map((n) => [n.dimension, n.text])).toEqual([
      ['reseau', ''],
      ['vision', ''],
    ])
    expect(facilitatorView(board).notes.n2?.text).toBe('Former les jeunes')

    setSilent(board, false, 'facilitator')
    expect(reconcile().released.sort()).toEqual(['n1', 'n2'])
    bytes = freshBytes(board)
    expect(holds(bytes, 'Former les jeunes')).toBe(true)
    expect(readBoard(board).notes.n1?.text).toBe('Mutualiser les achats')
  })

  it('turning silent mode on withholds the notes already there; a hidden one stays withheld after', () => {
    ingest()
    setSilent(board, true, 'facilitator')
    hideNote(board, 'n1', 'facilitator')
    reconcile()
    expect(holds(freshBytes(board), 'Mutualiser')).toBe(false)
    setSilent(board, false, 'facilitator')
    expect(reconcile().released).toEqual([])
    expect(holds(freshBytes(board), 'Mutualiser')).toBe(false)
  })

  it('a facilitator edit of a hidden note goes private too', () => {
    ingest()
    hideNote(board, 'n1', 'facilitator')
    reconcile()
    editNoteText(board, 'n1', 'Achats mutualisés', 'facilitator')
    reconcile()
    expect(holds(freshBytes(board), 'Achats mutualisés')).toBe(false)
    expect(facilitatorView(board).notes.n1?.text).toBe('Achats mutualisés')
  })

  it('a deletion tombstone names nobody, yet the author is told and others cannot take the id', () => {
    ingest()
    deleteNote(board, 'n1', 'facilitator')
    expect(holds(freshBytes(board), 'p-camille')).toBe(false)
    ingest()
    expect(readParticipant(phone).receipts.n1?.status).toBe('deleted')
    const thief = new Y.Doc()
    addOwnNote(thief, { id: 'n1', text: 'Autre', dimension: 'reseau' })
    expect(ingest(thief, 'p-other').rejected).toEqual([{ key: 'n1', reason: 'id-conflict' }])
  })

  it('removal marks the id only: no name reaches the board', () => {
    ingest()
    removeParticipant(board, 'p-camille', 'facilitator')
    expect(holds(freshBytes(board), 'Camille Dupont')).toBe(false)
    expect(facilitatorView(board).participants['p-camille']).toMatchObject({
      name: 'Camille Dupont',
      removed: true,
    })
    addOwnNote(phone, { id: 'n9', text: 'Encore une', dimension: 'reseau' })
    expect(ingest().rejected).toEqual([{ key: 'n9', reason: 'participant-removed' }])
  })
})

describe('migration 3 (MoveFacilitatorOnlyContent)', () => {
  /** A board as schema 2 wrote it: authors, names and hidden texts on the board. */
  function v2Board(): Y.Doc {
    const doc = congressBoard()
    doc.getMap('meta').set('schemaVersion', 2)
    const note = (text: string, hidden: boolean) =>
      new Y.Map<unknown>([
        ['text', text],
        ['dimension', 'vision'],
        ['author', 'p-legacy'],
        ['createdAt', 1],
        ...(hidden ? [['hidden', true] as [string, unknown]] : []),
      ])
    doc.getMap('notes').set('old1', note('Une idée visible', false))
    doc.getMap('notes').set('old2', note('Une remarque blessante', true))
    doc.getMap('deletedNotes').set('old3', 'p-legacy')
    doc.getMap('participants').set(
      'p-legacy',
      new Y.Map<unknown>([
        ['name', 'Dominique Martin'],
        ['joinedAt', 5],
      ]),
    )
    return doc
  }

  it('moves authors, names and hidden texts to the private room on the server’s first load', () => {
    const doc = v2Board()
    const privateDoc = new Y.Doc()
    expect(migrateBoard(doc, 'server', privateDoc).applied).toEqual(['MoveFacilitatorOnlyContent'])
    const bytes = freshBytes(doc)
    expect(holds(bytes, 'Dominique Martin')).toBe(false)
    expect(holds(bytes, 'Une remarque blessante')).toBe(false)
    expect(holds(bytes, 'Une idée visible')).toBe(true)
    // Old boards keep the participant's id as the key of a deleted entry (Yjs keeps map keys).
    expect(Object.values(readBoard(doc).notes).map((n) => n.author)).toEqual(['', ''])
    expect(readAuthors(privateDoc)).toEqual({
      old1: 'p-legacy',
      old2: 'p-legacy',
      old3: 'p-legacy',
    })
    const view = readBoard(doc, privateDoc)
    expect(view.notes.old2?.text).toBe('Une remarque blessante')
    expect(view.participants['p-legacy']).toMatchObject({ name: 'Dominique Martin', joinedAt: 5 })
    expect(doc.getMap('deletedNotes').get('old3')).toBe(true)
  })

  it('waits for the private room: without it the board stays at version 2', () => {
    const doc = v2Board()
    expect(migrateBoard(doc, 'server').applied).toEqual([])
    expect(doc.getMap('meta').get('schemaVersion')).toBe(2)
  })
})

describe('privacyScope', () => {
  it('names the notes moderation touched, every note for silent mode, nothing for clustering and the timer', () => {
    ingest()
    const seen: unknown[] = []
    board.on('afterTransaction', (t: Y.Transaction) => seen.push(privacyScope(board, t)))
    hideNote(board, 'n1', 'facilitator')
    setSilent(board, true, 'facilitator')
    createCluster(board, { title: 'c', dimension: 'reseau', noteIds: ['n1'] }, 'facilitator')
    startTimer(board, 60_000, 1_000, 'facilitator')
    deleteNote(board, 'n1', 'facilitator')
    expect(seen).toEqual([
      { all: false, notes: ['n1'] },
      { all: true, notes: [] },
      null,
      null,
      { all: false, notes: ['n1'] },
    ])
  })

  it('a pass over the touched notes only leaves the others as they are', () => {
    ingest()
    const other = new Y.Doc()
    addOwnNote(other, { id: 'n2', text: 'Autre idée', dimension: 'vision' })
    ingest(other, 'p-karim')
    hideNote(board, 'n1', 'facilitator')
    hideNote(board, 'n2', 'facilitator')
    expect(reconcilePrivacy(board, privateOf(board), 'server', ['n2']).withheld).toEqual(['n2'])
    expect(readBoard(board).notes.n1?.text).toBe('Mutualiser les achats')
  })
})

describe('what the design relies on in Yjs', () => {
  it('a text overwritten in the same transaction is not in that transaction’s update', () => {
    // Yjs garbage-collects before it encodes a transaction ('update',
    // 'afterTransactionCleanup'). A relay that applied a facilitator's frame
    // and ran reconcilePrivacy in one transaction would relay no withheld text.
    ingest()
    hideNote(board, 'n1', 'facilitator')
    reconcile()
    const updates: Uint8Array[] = []
    board.on('update', (update: Uint8Array) => updates.push(update))
    board.transact((t) => {
      editNoteText(board, 'n1', 'Texte corrigé en secret', 'facilitator')
      const scope = privacyScope(board, t)
      reconcilePrivacy(board, privateOf(board), 'server', scope?.notes)
    }, 'facilitator')
    expect(updates).toHaveLength(1)
    expect(holds(Buffer.from(updates[0]!), 'Texte corrigé en secret')).toBe(false)
    expect(facilitatorView(board).notes.n1?.text).toBe('Texte corrigé en secret')
  })
})
