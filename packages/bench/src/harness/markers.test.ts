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
      feed(text.subarray(0, cut), 0, false)
      feed(text.subarray(cut), 0, true)
      expect(found).toEqual(expected)
    }
  })

  it('finds every marker in a message that comes three bytes at a time, when its last piece came', () => {
    const found: number[] = []
    const completedAt: number[] = []
    const feed = markerReader((seq, at) => {
      found.push(seq)
      completedAt.push(at)
    })
    // Each piece's arrival time is its offset here: a marker is found with the piece holding its closing tilde.
    for (let at = 0; at < text.length; at += 3)
      feed(text.subarray(at, at + 3), at, at + 3 >= text.length)
    expect(found).toEqual(expected)
    const closingTilde = (seq: number) => text.indexOf(marker(seq)) + marker(seq).length - 1
    expect(completedAt).toEqual(expected.map((seq) => closingTilde(seq) - (closingTilde(seq) % 3)))
  })

  it('does not join the end of one message to the start of the next', () => {
    const found: number[] = []
    const feed = markerReader((seq) => found.push(seq))
    feed(Buffer.from('x ~N12'), 0, true)
    feed(Buffer.from('3~ y'), 0, true)
    expect(found).toEqual([])
  })
})
