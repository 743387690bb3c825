import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SCHEMA_VERSION } from './layout.js'
import { MIGRATIONS, migrateBoard } from './migrations.js'
import { readBoard } from './read/board.js'
import { updatesDuring } from './test-support/boards.js'

/** A board as version 1 wrote it: no facilitation fields. */
function v1Board(): Y.Doc {
  const doc = new Y.Doc()
  const meta = doc.getMap('meta')
  meta.set('schemaVersion', 1)
  meta.set('title', 'Ancien atelier')
  meta.set('territory', null)
  meta.set('language', 'fr')
  meta.set('date', '2020-01-15')
  meta.set('facilitator', null)
  meta.set('phase', 'vote')
  meta.set('votesPerParticipant', 3)
  const dim = new Y.Map<unknown>()
  doc.getMap('dimensions').set('vision', dim)
  dim.set('title', 'Vision')
  dim.set('prompt', '?')
  dim.set('order', 0)
  return doc
}

describe('migrations', () => {
  it('are named, strictly ordered and end at SCHEMA_VERSION', () => {
    const versions = MIGRATIONS.map((m) => m.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
    expect(versions.at(-1)).toBe(SCHEMA_VERSION)
    for (const m of MIGRATIONS) expect(m.name).toMatch(/^[A-Z][A-Za-z]+$/)
  })

  it('an old v1 board gets the facilitation defaults and keeps its content', () => {
    const doc = v1Board()
    const report = migrateBoard(doc, 'server', new Y.Doc())
    expect(report).toEqual({
      from: 1,
      to: SCHEMA_VERSION,
      applied: ['AddFacilitationMeta', 'MoveFacilitatorOnlyContent'],
    })
    const { meta, dimensions } = readBoard(doc)
    expect(meta).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      title: 'Ancien atelier',
      phase: 'vote',
      votesPerParticipant: 3,
      multipleDotsPerCluster: true,
      silent: false,
      locked: false,
      showTallies: false,
      focus: null,
    })
    // The timer is a real nested map: timer commands work on the migrated doc.
    expect(doc.getMap('meta').get('timer')).toBeInstanceOf(Y.Map)
    expect(dimensions.map((d) => d.id)).toEqual(['vision'])
  })

  it('fills only what is missing', () => {
    const doc = v1Board()
    doc.getMap('meta').set('locked', true)
    migrateBoard(doc)
    expect(readBoard(doc).meta.locked).toBe(true)
  })

  it('is a no-op on a current board, an empty doc and a newer board', () => {
    const current = v1Board()
    const privateDoc = new Y.Doc()
    migrateBoard(current, 'server', privateDoc)
    expect(updatesDuring(current, () => migrateBoard(current, 'server', privateDoc))).toBe(0)
    const empty = new Y.Doc()
    expect(migrateBoard(empty).applied).toEqual([])
    expect(empty.getMap('meta').size).toBe(0)
    const newer = v1Board()
    newer.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1)
    expect(updatesDuring(newer, () => migrateBoard(newer))).toBe(0)
  })

  it('a pre-versioned board runs every migration', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('title', 'Très ancien')
    expect(migrateBoard(doc, 'server', new Y.Doc()).applied).toEqual([
      'InitialLayout',
      'AddFacilitationMeta',
      'MoveFacilitatorOnlyContent',
    ])
    expect(readBoard(doc).meta).toMatchObject({ title: 'Très ancien', phase: 'collect' })
    expect(doc.getMap('meta').get('votesPerParticipant')).toBe(5)
  })
})
