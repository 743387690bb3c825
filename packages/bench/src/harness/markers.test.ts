import { describe, expect, it } from 'vitest'
import { marker, markerReader } from './markers.js'

describe('markerReader', () => {
  const text = Buffer.from(
    Array.from(
      { length: 40 },
      (_, seq) => `Idée ${marker(seq * 37)} : mutualiser ~ les ~achats`,
    ).join(''),
  )
  const expected = Array.from({ length: 40 }, (_, seq) => seq * 37)

  it('finds every marker once wherever the message is cut', () => {
    for (let cut = 0; cut <= text.length; cut++) {
      const found: number[] = []
      const feed = markerReader((seq) => found.push(seq))
      feed(text.subarray(0, cut), false)
      feed(text.subarray(cut), true)
      expect(found).toEqual(expected)
    }
  })

  it('finds every marker in a message that comes three bytes at a time', () => {
    const found: number[] = []
    const feed = markerReader((seq) => found.push(seq))
    for (let at = 0; at < text.length; at += 3)
      feed(text.subarray(at, at + 3), at + 3 >= text.length)
    expect(found).toEqual(expected)
  })

  it('does not join the end of one message to the start of the next', () => {
    const found: number[] = []
    const feed = markerReader((seq) => found.push(seq))
    feed(Buffer.from('x ~N12'), true)
    feed(Buffer.from('3~ y'), true)
    expect(found).toEqual([])
  })
})
