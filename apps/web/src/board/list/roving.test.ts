import { describe, expect, it } from 'vitest'
import { rovingTarget } from './roving'

describe('rovingTarget', () => {
  const rows = [5, 3, 5]
  it('moves between rows keeping the column, clamped to shorter rows', () => {
    expect(rovingTarget('ArrowDown', { row: 0, col: 4 }, rows)).toEqual({ row: 1, col: 2 })
    expect(rovingTarget('ArrowUp', { row: 2, col: 1 }, rows)).toEqual({ row: 1, col: 1 })
  })
  it('moves along a row and stops at its ends', () => {
    expect(rovingTarget('ArrowRight', { row: 1, col: 1 }, rows)).toEqual({ row: 1, col: 2 })
    expect(rovingTarget('ArrowRight', { row: 1, col: 2 }, rows)).toBeNull()
    expect(rovingTarget('ArrowLeft', { row: 1, col: 0 }, rows)).toBeNull()
  })
  it('stops at the first and last rows; Home and End jump there', () => {
    expect(rovingTarget('ArrowUp', { row: 0, col: 0 }, rows)).toBeNull()
    expect(rovingTarget('ArrowDown', { row: 2, col: 0 }, rows)).toBeNull()
    expect(rovingTarget('Home', { row: 2, col: 3 }, rows)).toEqual({ row: 0, col: 0 })
    expect(rovingTarget('End', { row: 0, col: 3 }, rows)).toEqual({ row: 2, col: 0 })
  })
  it('ignores other keys and empty lists', () => {
    expect(rovingTarget('a', { row: 0, col: 0 }, rows)).toBeNull()
    expect(rovingTarget('ArrowDown', { row: 0, col: 0 }, [])).toBeNull()
  })
})
