import { describe, expect, it } from 'vitest'
import { typoRepairs } from './typos.js'

describe('typoRepairs', () => {
  it('maps a rare misspelling to the common spelling one edit away', () => {
    const counts = new Map([
      ['actionnair', 3],
      ['actionair', 1],
    ])
    expect(typoRepairs(counts, new Set())).toEqual(new Map([['actionair', 'actionnair']]))
  })

  it('prefers a lexicon word even when the slip is as frequent', () => {
    const repairs = typoRepairs(new Map([['carbonne', 2]]), new Set(['carbone']))
    expect(repairs.get('carbonne')).toBe('carbone')
  })

  it('never swaps letters, and leaves short keys alone', () => {
    // salaires / salariés differ by a transposition: two different words.
    expect(
      typoRepairs(
        new Map([
          ['salari', 9],
          ['salair', 1],
        ]),
        new Set(),
      ).size,
    ).toBe(0)
    expect(
      typoRepairs(
        new Map([
          ['port', 9],
          ['part', 1],
        ]),
        new Set(),
      ).size,
    ).toBe(0)
  })

  it('is deterministic on ties: the alphabetically first target wins', () => {
    const counts = new Map([
      ['mobilix', 2],
      ['mobilit', 2],
      ['mobilis', 1],
    ])
    expect(typoRepairs(counts, new Set()).get('mobilis')).toBe('mobilit')
  })
})
