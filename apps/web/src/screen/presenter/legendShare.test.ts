import { describe, expect, it } from 'vitest'
import { pickShare } from './legendShare'

describe('how the wall legend shares its line', () => {
  it('keeps equal shares unless proportional ones leave the longest title fewer lines', () => {
    // The Lyon workshop at 1920x1080, then at 1024x768 (lines each title needs).
    expect(pickShare({ equal: [2, 1, 1], proportional: [2, 2, 2] })).toBe('equal')
    expect(pickShare({ equal: [5, 2, 2], proportional: [3, 3, 3] })).toBe('proportional')
    expect(pickShare({ equal: [], proportional: [] })).toBe('equal')
  })
})
