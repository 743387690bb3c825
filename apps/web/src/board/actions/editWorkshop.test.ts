import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard, readBoard } from '../../model'
import { moveDimension } from './editWorkshop'

function board() {
  const doc = new Y.Doc()
  createBoard(doc, { title: 'Atelier', template: 'congress', date: '2026-12-01' })
  return doc
}

const order = (doc: Y.Doc) => readBoard(doc).dimensions.map((d) => d.id)

describe('moveDimension', () => {
  it('moves a theme one place up or down', () => {
    const doc = board()
    moveDimension(doc, order(doc), 'reseau', -1)
    expect(order(doc)).toEqual(['vision', 'reseau', 'efficacite'])
    moveDimension(doc, order(doc), 'vision', 1)
    expect(order(doc)).toEqual(['reseau', 'vision', 'efficacite'])
  })

  it('does nothing past either end', () => {
    const doc = board()
    moveDimension(doc, order(doc), 'vision', -1)
    moveDimension(doc, order(doc), 'reseau', 1)
    expect(order(doc)).toEqual(['vision', 'efficacite', 'reseau'])
  })
})
