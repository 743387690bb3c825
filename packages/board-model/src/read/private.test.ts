import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PRIVATE_MAPS } from '../layout.js'
import { readPrivateTallies, readVoteProgress } from './private.js'

describe('readPrivateTallies', () => {
  it('reads counts and skips what is not a non-negative integer', () => {
    const doc = new Y.Doc()
    const tallies = doc.getMap<unknown>(PRIVATE_MAPS.tallies)
    tallies.set('c1', 4)
    tallies.set('c2', 0)
    tallies.set('bad', -1)
    tallies.set('half', 1.5)
    tallies.set('text', '3')
    expect(readPrivateTallies(doc)).toEqual({ c1: 4, c2: 0 })
  })

  it('is empty for an empty document', () => {
    expect(readPrivateTallies(new Y.Doc())).toEqual({})
  })
})

describe('readVoteProgress', () => {
  it('reads voted of participants, null until both are written', () => {
    const doc = new Y.Doc()
    const progress = doc.getMap<unknown>(PRIVATE_MAPS.progress)
    expect(readVoteProgress(doc)).toBeNull()
    progress.set('voted', 23)
    expect(readVoteProgress(doc)).toBeNull()
    progress.set('participants', 38)
    expect(readVoteProgress(doc)).toEqual({ voted: 23, participants: 38 })
    progress.set('voted', -1)
    expect(readVoteProgress(doc)).toBeNull()
  })
})
