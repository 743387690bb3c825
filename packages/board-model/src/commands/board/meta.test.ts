import { describe, expect, it } from 'vitest'
import { readBoard } from '../../read/board.js'
import { congressBoard, updatesDuring } from '../../test-support/boards.js'
import { createCluster } from './clusters.js'
import {
  setFocus,
  setLocked,
  setMultipleDotsPerCluster,
  setPhase,
  setShowTallies,
  setSilent,
  setVotesPerParticipant,
  updateWorkshopInfo,
} from './meta.js'

describe('meta commands', () => {
  it('set each facilitation setting', () => {
    const board = congressBoard()
    const c = createCluster(board, { title: 'c', dimension: 'vision' })
    setPhase(board, 'vote')
    setSilent(board, true)
    setLocked(board, true)
    setVotesPerParticipant(board, 3)
    setMultipleDotsPerCluster(board, false)
    setFocus(board, c)
    expect(readBoard(board).meta).toMatchObject({
      phase: 'vote',
      silent: true,
      locked: true,
      votesPerParticipant: 3,
      multipleDotsPerCluster: false,
      focus: c,
    })
  })

  it('validate their input', () => {
    const board = congressBoard()
    expect(() => setVotesPerParticipant(board, 0)).toThrow()
    expect(() => setVotesPerParticipant(board, 2.5)).toThrow()
    expect(() => setPhase(board, 'party' as never)).toThrow()
    expect(() => setFocus(board, 'nope')).toThrow('unknown-cluster')
    expect(() => updateWorkshopInfo(board, { title: ' ' })).toThrow('title-empty')
  })

  it('hiding tallies empties the board tallies in the same transaction', () => {
    const board = congressBoard()
    setShowTallies(board, true)
    board.getMap('tallies').set('c1', 3)
    setShowTallies(board, false)
    const state = readBoard(board)
    expect(state.meta.showTallies).toBe(false)
    expect(state.tallies).toEqual({})
  })

  it('writing the same value emits no update', () => {
    const board = congressBoard()
    expect(updatesDuring(board, () => setPhase(board, 'collect'))).toBe(0)
  })

  it('edits workshop information', () => {
    const board = congressBoard()
    updateWorkshopInfo(board, { territory: '  ', facilitator: 'Kaléido', date: '2021-07-01' })
    expect(readBoard(board).meta).toMatchObject({
      territory: null,
      facilitator: 'Kaléido',
      date: '2021-07-01',
    })
  })
})
