import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readLayout } from '../../read/layout.js'
import { forgetLayout, setClusterSize, setPosition, setPositions } from './layout.js'

describe('layout commands', () => {
  it('sets many positions in one transaction, and sizes', () => {
    const doc = new Y.Doc()
    let n = 0
    doc.on('afterTransaction', () => n++)
    setPositions(doc, { n1: { x: 1, y: 2 }, n2: { x: 3, y: 4 } }, 'facilitator')
    expect(n).toBe(1)
    setPosition(doc, 'c1', { x: 10, y: 20 })
    setClusterSize(doc, 'c1', { w: 300, h: 200 })
    expect(readLayout(doc)).toEqual({
      positions: { n1: { x: 1, y: 2 }, n2: { x: 3, y: 4 }, c1: { x: 10, y: 20 } },
      sizes: { c1: { w: 300, h: 200 } },
    })
    forgetLayout(doc, ['c1', 'n2'])
    expect(readLayout(doc)).toEqual({ positions: { n1: { x: 1, y: 2 } }, sizes: {} })
  })

  it('refuses non-finite coordinates and negative sizes, writing nothing', () => {
    const doc = new Y.Doc()
    expect(() => setPositions(doc, { a: { x: 0, y: 0 }, b: { x: Number.NaN, y: 0 } })).toThrow()
    expect(() => setClusterSize(doc, 'c', { w: -1, h: 5 })).toThrow()
    expect(readLayout(doc)).toEqual({ positions: {}, sizes: {} })
  })

  it('skips malformed entries written by other clients', () => {
    const doc = new Y.Doc()
    doc.getMap('positions').set('bad', { x: 'a', y: 1 })
    doc.getMap('positions').set('good', { x: 0, y: 1 })
    expect(readLayout(doc).positions).toEqual({ good: { x: 0, y: 1 } })
  })
})
