import { describe, expect, it } from 'vitest'
import {
  addMinute,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
} from './commands/board/timer.js'
import { readTimer } from './read/board.js'
import { congressBoard } from './test-support/boards.js'
import { timerRemaining, timerStatus } from './timer.js'

const MIN = 60_000

describe('timerRemaining / timerStatus (pure)', () => {
  it('idle timer has no remaining time', () => {
    const idle = { endsAt: null, remainingMs: null, durationMs: null }
    expect(timerRemaining(idle, 5)).toBeNull()
    expect(timerStatus(idle, 5)).toBe('idle')
  })

  it('running timer counts down to zero and never below', () => {
    const t = { endsAt: 10_000, remainingMs: null, durationMs: 10_000 }
    expect(timerRemaining(t, 4_000)).toBe(6_000)
    expect(timerStatus(t, 4_000)).toBe('running')
    expect(timerRemaining(t, 12_000)).toBe(0)
    expect(timerStatus(t, 12_000)).toBe('expired')
  })

  it('paused timer keeps its remaining time whatever the clock says', () => {
    const t = { endsAt: null, remainingMs: 42_000, durationMs: MIN }
    expect(timerRemaining(t, 0)).toBe(42_000)
    expect(timerRemaining(t, 1e12)).toBe(42_000)
    expect(timerStatus(t, 0)).toBe('paused')
  })
})

describe('timer commands', () => {
  it('start, pause, resume: the pause does not eat time', () => {
    const board = congressBoard()
    startTimer(board, 5 * MIN, 1_000)
    expect(timerRemaining(readTimer(board), 1_000 + MIN)).toBe(4 * MIN)
    pauseTimer(board, 1_000 + MIN)
    expect(readTimer(board)).toEqual({ endsAt: null, remainingMs: 4 * MIN, durationMs: 5 * MIN })
    resumeTimer(board, 1_000 + 10 * MIN)
    expect(timerRemaining(readTimer(board), 1_000 + 11 * MIN)).toBe(3 * MIN)
  })

  it('adds a minute to a running, a paused, and an expired timer', () => {
    const board = congressBoard()
    startTimer(board, MIN, 0)
    addMinute(board, 30_000)
    expect(timerRemaining(readTimer(board), 30_000)).toBe(90_000)
    pauseTimer(board, 30_000)
    addMinute(board, 30_000)
    expect(readTimer(board).remainingMs).toBe(150_000)
    resetTimer(board)
    startTimer(board, MIN, 0)
    addMinute(board, 5 * MIN) // expired: a fresh minute from now
    expect(timerRemaining(readTimer(board), 5 * MIN)).toBe(MIN)
  })

  it('reset clears everything; pause and resume are no-ops when not applicable', () => {
    const board = congressBoard()
    pauseTimer(board, 0)
    resumeTimer(board, 0)
    expect(readTimer(board)).toEqual({ endsAt: null, remainingMs: null, durationMs: null })
    startTimer(board, MIN, 0)
    resumeTimer(board, 10) // already running
    expect(readTimer(board).endsAt).toBe(MIN)
    resetTimer(board)
    expect(timerStatus(readTimer(board), 0)).toBe('idle')
    expect(() => startTimer(board, 0, 0)).toThrow('invalid-duration')
  })
})
