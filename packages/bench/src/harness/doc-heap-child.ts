// Forked by `documentHeap` with --expose-gc: loads every document it is sent
// (each one a Y.Doc from its encoded state), keeps them all, and answers the
// heap they take after a full GC. A process of its own, so nothing else the
// load generator holds moves the figure.
import * as Y from 'yjs'

const gc = (globalThis as { gc?: () => void }).gc!

const heapAfterGc = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

process.once('message', (states: Uint8Array[]) => {
  const before = heapAfterGc()
  const docs = states.map((state) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    return doc
  })
  const after = heapAfterGc()
  process.send!({ bytes: after - before, docs: docs.length }, () => process.exit(0))
})
