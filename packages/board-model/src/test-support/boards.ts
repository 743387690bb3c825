import * as Y from 'yjs'
import { createBoard } from '../create-board.js'
import { readBoard } from '../read/board.js'

/** A fresh congress board (French), dated, in collect phase. */
export function congressBoard(): Y.Doc {
  const doc = new Y.Doc()
  createBoard(doc, { title: 'Atelier test', template: 'congress', date: '2021-06-10' }, 'test')
  return doc
}

/** Sends every update of each doc to the others (full state, both ways). */
export function sync(...docs: Y.Doc[]): void {
  for (const a of docs)
    for (const b of docs)
      if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
}

/** Counts the updates a doc emits while `fn` runs. */
export function updatesDuring(doc: Y.Doc, fn: () => void): number {
  let n = 0
  const on = () => {
    n++
  }
  doc.on('update', on)
  try {
    fn()
  } finally {
    doc.off('update', on)
  }
  return n
}

const privateDocs = new WeakMap<Y.Doc, Y.Doc>()

/** The private room (`<workshopId>:private`) that goes with a test board, created on first use. */
export function privateOf(board: Y.Doc): Y.Doc {
  let doc = privateDocs.get(board)
  if (!doc) {
    doc = new Y.Doc()
    privateDocs.set(board, doc)
  }
  return doc
}

/** The facilitator's view of a test board: the board plus its private room. */
export function facilitatorView(board: Y.Doc) {
  return readBoard(board, privateOf(board))
}
