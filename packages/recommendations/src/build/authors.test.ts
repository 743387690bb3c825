import { describe, expect, test } from 'vitest'
import type { SnapshotNote } from '../snapshot.js'
import { anonymousAuthors } from './authors.js'

const note = (id: string, author: string, createdAt: number, hidden = false): SnapshotNote => ({
  id,
  text: '',
  dimension: 'd',
  author,
  createdAt,
  hidden,
})

describe('anonymousAuthors', () => {
  test('numbers authors by their first note in time, not by array order', () => {
    const ids = anonymousAuthors([
      note('n3', 'carol', 30),
      note('n1', 'bob', 10),
      note('n2', 'alice', 20),
      note('n4', 'bob', 40),
    ])
    expect([...ids]).toEqual([
      ['bob', 'P01'],
      ['alice', 'P02'],
      ['carol', 'P03'],
    ])
  })

  test('equal times fall back to note id', () => {
    const ids = anonymousAuthors([note('b', 'y', 5), note('a', 'x', 5)])
    expect(ids.get('x')).toBe('P01')
  })

  test('hiding a note never renumbers the other authors', () => {
    const notes = [note('n1', 'troll', 1), note('n2', 'alice', 2)]
    const hidden = [note('n1', 'troll', 1, true), note('n2', 'alice', 2)]
    expect(anonymousAuthors(hidden).get('alice')).toBe(anonymousAuthors(notes).get('alice'))
  })

  test('pads to the width of the largest number', () => {
    const many = Array.from({ length: 120 }, (_, i) => note(`n${i}`, `a${i}`, i))
    const ids = anonymousAuthors(many)
    expect(ids.get('a0')).toBe('P001')
    expect(ids.get('a119')).toBe('P120')
  })
})
