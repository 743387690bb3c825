import { describe, expect, it } from 'vitest'
import { moveThrough } from './caret'

// The caret of an organiser typing a recommendation while another edits the
// same text: it stays on the same character.

describe('moveThrough', () => {
  it('moves on by what is inserted before it, not after', () => {
    expect(moveThrough(5, [{ insert: 'abc' }])).toBe(8)
    expect(moveThrough(5, [{ retain: 2 }, { insert: 'abc' }])).toBe(8)
    expect(moveThrough(5, [{ retain: 6 }, { insert: 'abc' }])).toBe(5)
  })

  it('moves back by what is deleted before it, at most to the deletion', () => {
    expect(moveThrough(5, [{ delete: 2 }])).toBe(3)
    expect(moveThrough(5, [{ retain: 3 }, { delete: 10 }])).toBe(3)
    expect(moveThrough(5, [{ retain: 5 }, { delete: 3 }])).toBe(5)
  })

  it('another’s insertion exactly at the caret lands after it', () => {
    expect(moveThrough(5, [{ retain: 5 }, { insert: 'x' }])).toBe(5)
  })
})
