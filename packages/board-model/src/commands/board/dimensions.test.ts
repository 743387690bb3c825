import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ingestParticipant } from '../../ingest/ingest.js'
import { readBoard, readDimensions } from '../../read/board.js'
import { congressBoard, privateOf } from '../../test-support/boards.js'
import { addOwnNote } from '../participant/notes.js'
import { createCluster } from './clusters.js'
import { addDimension, removeDimension, reorderDimensions, updateDimension } from './dimensions.js'
import { addFacilitatorNote, moveNoteToDimension } from './notes.js'

describe('dimensions', () => {
  it('adds a dimension last, and phones can write to it', () => {
    const board = congressBoard()
    const id = addDimension(board, { title: 'Formation', prompt: 'Comment se former ?' })
    expect(
      readDimensions(board)
        .map((d) => d.title)
        .at(-1),
    ).toBe('Formation')
    const phone = new Y.Doc()
    addOwnNote(phone, { id: 'n1', text: 'Des formations', dimension: id })
    expect(ingestParticipant(board, privateOf(board), phone, 'p1', 'server').added).toEqual(['n1'])
  })

  it('renames a dimension and rewrites its question', () => {
    const board = congressBoard()
    updateDimension(board, 'vision', { title: ' Vision ', prompt: 'Quelle société ?' })
    expect(readDimensions(board)[0]).toMatchObject({ title: 'Vision', prompt: 'Quelle société ?' })
    expect(() => updateDimension(board, 'vision', { title: '' })).toThrow('title-empty')
    expect(() => updateDimension(board, 'vision', { prompt: 'x'.repeat(501) })).toThrow(
      'prompt-too-long',
    )
  })

  it('reorders the dimensions, and only with every one listed', () => {
    const board = congressBoard()
    reorderDimensions(board, ['reseau', 'vision', 'efficacite'])
    expect(readDimensions(board).map((d) => d.id)).toEqual(['reseau', 'vision', 'efficacite'])
    expect(() => reorderDimensions(board, ['reseau', 'vision'])).toThrow('order-incomplete')
  })

  it('refuses to remove a dimension that still has notes or clusters', () => {
    const board = congressBoard()
    const note = addFacilitatorNote(board, { text: 'Idée', dimension: 'reseau' })
    expect(() => removeDimension(board, 'reseau')).toThrow('dimension-not-empty')
    moveNoteToDimension(board, note, 'vision')
    createCluster(board, { dimension: 'reseau', title: 'Vide' })
    expect(() => removeDimension(board, 'reseau')).toThrow('dimension-not-empty')
    expect(() => removeDimension(board, 'efficacite')).not.toThrow()
    expect(readBoard(board, privateOf(board)).dimensions.map((d) => d.id)).toEqual([
      'vision',
      'reseau',
    ])
  })

  it('never removes the last dimension', () => {
    const board = congressBoard()
    removeDimension(board, 'efficacite')
    removeDimension(board, 'reseau')
    expect(() => removeDimension(board, 'vision')).toThrow('last-dimension')
  })
})
