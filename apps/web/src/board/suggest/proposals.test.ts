import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addOwnNote, createBoard, createCluster, ingestParticipant, readBoard } from '../../model'
import { computeSuggestions, stillValid } from './proposals'

// The private room (authors, withheld texts) that goes with each test board.
const privates = new WeakMap<Y.Doc, Y.Doc>()
const privateOf = (board: Y.Doc): Y.Doc => {
  const doc = privates.get(board) ?? new Y.Doc()
  privates.set(board, doc)
  return doc
}

function board() {
  const doc = new Y.Doc()
  createBoard(doc, { title: 'T', template: 'blank' }, 'server')
  const phone = new Y.Doc()
  const texts = [
    'Former les jeunes à la coopération',
    'Former les jeunes aux valeurs coopératives',
    'Former les jeunes en alternance dans nos SCOP',
    'Mutualiser les achats entre coopératives',
    'Mutualiser les achats de matériel',
  ]
  for (const [i, text] of texts.entries())
    addOwnNote(phone, { id: `n${i}`, text, dimension: 'idees' })
  ingestParticipant(doc, privateOf(doc), phone, 'p1', 'server')
  return doc
}

describe('suggestions on the board', () => {
  it('proposes groups over unclustered visible notes only', () => {
    const doc = board()
    const all = computeSuggestions(readBoard(doc)).proposals
    expect(all.length).toBeGreaterThan(0)
    expect(all.flatMap((p) => p.noteIds)).toContain('n0')
    createCluster(doc, { title: 'Jeunes', dimension: 'idees', noteIds: ['n0', 'n1', 'n2'] })
    const after = computeSuggestions(readBoard(doc)).proposals.flatMap((p) => p.noteIds)
    expect(after).not.toContain('n0')
  })

  it('drops notes clustered meanwhile and proposals left with one note', () => {
    const doc = board()
    const proposals = [
      { key: 's0', dimension: 'idees', title: 'A', noteIds: ['n0', 'n1', 'n2'] },
      { key: 's1', dimension: 'idees', title: 'B', noteIds: ['n3', 'n4'] },
    ]
    createCluster(doc, { title: 'X', dimension: 'idees', noteIds: ['n0', 'n3'] })
    expect(stillValid(proposals, readBoard(doc))).toEqual([
      { key: 's0', dimension: 'idees', title: 'A', noteIds: ['n1', 'n2'] },
    ])
  })
})
