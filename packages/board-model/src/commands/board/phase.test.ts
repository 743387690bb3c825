import { describe, expect, it } from 'vitest'
import { readBoard } from '../../read/board.js'
import { congressBoard, updatesDuring } from '../../test-support/boards.js'
import { changePhase } from './phase.js'
import { pauseTimer, startTimer } from './timer.js'

describe('changePhase', () => {
  it('clears a countdown that has run out, in the same update as the phase', () => {
    const board = congressBoard()
    startTimer(board, 60_000, 1_000)
    expect(updatesDuring(board, () => changePhase(board, 'cluster', 70_000, 'facilitator'))).toBe(1)
    const { phase, timer } = readBoard(board).meta
    expect(phase).toBe('cluster')
    expect(timer).toEqual({ endsAt: null, remainingMs: null, durationMs: null })
  })

  it('keeps a running or paused countdown', () => {
    const board = congressBoard()
    startTimer(board, 60_000, 1_000)
    changePhase(board, 'cluster', 30_000)
    expect(readBoard(board).meta.timer.endsAt).toBe(61_000)
    pauseTimer(board, 31_000)
    changePhase(board, 'vote', 500_000)
    expect(readBoard(board).meta.timer.remainingMs).toBe(30_000)
  })

  it('refuses an unknown phase', () => {
    expect(() => changePhase(congressBoard(), 'break' as never, 0)).toThrow()
  })
})
