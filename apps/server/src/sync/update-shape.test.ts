import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  duplicateStructGroups,
  gapUpdate,
  manyClients,
  noteUpdate,
  noteWithZeroLengthDelete,
} from '../test-support/hostile-updates.js'
import { pendingReason } from './update-gaps.js'
import { NonCanonicalUpdate, readUpdateShape, TooManyClients } from './update-shape.js'

/** Every kind of content Yjs writes, with deletes and garbage collection. */
function richDoc(): Y.Doc {
  const doc = new Y.Doc()
  const text = doc.getText('text')
  text.insert(0, 'Bonjour à tous 🎉', { bold: true })
  text.insertEmbed(3, { image: 'x.png' })
  text.delete(1, 2)
  const list = doc.getArray<unknown>('list')
  list.insert(0, [1, 'deux', { trois: [3] }, new Uint8Array([1, 2]), null, true])
  list.insert(0, [new Y.Map(), new Y.Array(), new Y.Text('t')])
  list.delete(2, 3)
  const xml = doc.getXmlFragment('xml')
  xml.insert(0, [new Y.XmlElement('p'), new Y.XmlText('x')])
  const map = doc.getMap<unknown>('map')
  for (let i = 0; i < 20; i++) map.set('k', i)
  map.set('nested', new Y.Map([['a', 1]]))
  map.delete('nested')
  return doc
}

describe('readUpdateShape', () => {
  it('accepts what Yjs itself writes: full states, diffs and transaction updates', () => {
    const doc = richDoc()
    const full = Y.encodeStateAsUpdate(doc)
    expect(() => readUpdateShape(full)).not.toThrow()
    const other = new Y.Doc()
    Y.applyUpdate(other, full)
    const events: Uint8Array[] = []
    other.on('update', (update: Uint8Array) => events.push(update))
    other.getText('text').insert(2, 'ajout')
    other.getArray('list').delete(0, 1)
    for (const update of events) expect(() => readUpdateShape(update)).not.toThrow()
    const diff = Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc))
    const shape = readUpdateShape(diff)
    expect(pendingReason(shape, doc)).toBeNull()
    expect(shape.structs.get(other.clientID)?.start).toBe(0)
  })

  it.each([
    ['a zero-length delete range', noteWithZeroLengthDelete(5)],
    ['two struct groups for client 6', duplicateStructGroups(6)],
    ['bytes after the end', new Uint8Array([...noteUpdate(7), 0])],
  ])('refuses %s', (reason, update) => {
    expect(() => readUpdateShape(update)).toThrow(NonCanonicalUpdate)
    expect(() => readUpdateShape(update)).toThrow(reason.split(' for')[0]!)
  })

  it('refuses unknown content refs and subdocuments', () => {
    const withRef = (ref: number) => {
      const e = encoding.createEncoder()
      for (const n of [1, 1, 9, 0]) encoding.writeVarUint(e, n)
      encoding.writeUint8(e, ref | 32)
      encoding.writeVarUint(e, 1)
      encoding.writeVarString(e, 'm')
      encoding.writeVarString(e, 'k')
      encoding.writeVarString(e, 'guid')
      encoding.writeAny(e, {})
      encoding.writeVarUint(e, 0)
      return encoding.toUint8Array(e)
    }
    expect(() => readUpdateShape(withRef(9))).toThrow('a subdocument')
    expect(() => readUpdateShape(withRef(11))).toThrow('unknown content ref 11')
  })

  it('counts only client ids the document does not hold yet, and stops at the first too many', () => {
    expect(() => readUpdateShape(manyClients(11), { max: 10, known: () => false })).toThrow(
      TooManyClients,
    )
    expect(() => readUpdateShape(manyClients(11), { max: 10, known: (c) => c < 5 })).not.toThrow()
  })

  it('tells clock gaps, unknown origins and deletes past the known clock', () => {
    const doc = new Y.Doc()
    expect(pendingReason(readUpdateShape(gapUpdate(3, 4, 10)), doc)).toMatch(
      /client 3 starts at clock 4/,
    )
    expect(pendingReason(readUpdateShape(gapUpdate(3, 0, 10)), doc)).toBeNull()
    const source = new Y.Doc()
    source.getArray('a').insert(0, [1, 2, 3])
    const base = Y.encodeStateAsUpdate(source)
    const editor = new Y.Doc()
    Y.applyUpdate(editor, base)
    editor.getArray('a').insert(1, [9]) // its origin is in `base`, which `doc` lacks
    const next = Y.encodeStateAsUpdate(editor, Y.encodeStateVectorFromUpdate(base))
    expect(pendingReason(readUpdateShape(next), doc)).toMatch(/an item refers to client/)
    editor.getArray('a').delete(0, 1) // a delete of an item `doc` does not have
    const deletion = Y.encodeStateAsUpdate(editor, Y.encodeStateVector(editor))
    expect(pendingReason(readUpdateShape(deletion), doc)).toMatch(/a delete range of client/)
    Y.applyUpdate(doc, base)
    expect(pendingReason(readUpdateShape(next), doc)).toBeNull()
  })
})
