import { describe, expect, it } from 'vitest'
import { stillCovered } from './culling'

describe('stillCovered', () => {
  const last = { area: { x: -100, y: -100, width: 1200, height: 900 }, scale: 0.5 }

  it('holds while a pan keeps the view inside what the last cull drew', () => {
    expect(stillCovered(last, { x: 0, y: 0, width: 1000, height: 700 }, 0.5)).toBe(true)
    expect(stillCovered(last, { x: 100, y: 100, width: 1000, height: 700 }, 0.5)).toBe(true)
  })

  it('fails once the view crosses an edge of it', () => {
    expect(stillCovered(last, { x: 101, y: 0, width: 1000, height: 700 }, 0.5)).toBe(false)
    expect(stillCovered(last, { x: 0, y: -101, width: 1000, height: 700 }, 0.5)).toBe(false)
  })

  it('fails on a zoom, and before any cull', () => {
    expect(stillCovered(last, { x: 0, y: 0, width: 500, height: 350 }, 1)).toBe(false)
    expect(stillCovered(null, { x: 0, y: 0, width: 1000, height: 700 }, 0.5)).toBe(false)
  })
})
