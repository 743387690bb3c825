import { describe, expect, it } from 'vitest'
import { waitFor } from '../test-support/harness.js'
import { FRAME_SLICE_MS, FrameInbox, INBOX_HIGH_WATER } from './frame-inbox.js'

// The frames of one socket read arrive all at once; the inbox spreads their
// handling over turns of the event loop, in order, pausing the socket when
// too many wait.

const busy = (ms: number) => {
  const end = performance.now() + ms
  while (performance.now() < end) {}
}

function inbox(costMs = 0) {
  const handled: number[] = []
  const socket = {
    paused: 0,
    resumed: 0,
    pause() {
      this.paused++
    },
    resume() {
      this.resumed++
    },
  }
  const box = new FrameInbox((frame) => {
    busy(costMs)
    handled.push(frame[0]! | (frame[1]! << 8))
  }, socket)
  const frame = (n: number) => Uint8Array.of(n & 0xff, n >> 8)
  return { box, handled, socket, frame }
}

describe('FrameInbox', () => {
  it('handles a frame that arrives alone at once', () => {
    const { box, handled, frame } = inbox()
    box.push(frame(1))
    expect(handled).toEqual([1])
  })

  it('spreads a burst over turns of the event loop, in arrival order', async () => {
    const { box, handled, frame } = inbox(1)
    const burst = FRAME_SLICE_MS * 4
    for (let i = 0; i < burst; i++) box.push(frame(i))
    // One turn handled about one slice worth, not the whole burst.
    expect(handled.length).toBeLessThan(burst)
    expect(handled.length).toBeGreaterThan(0)
    await waitFor(() => handled.length === burst, 5000, 'burst handled')
    expect(handled).toEqual(Array.from({ length: burst }, (_, i) => i))
  })

  it('pauses the socket while too many frames wait and resumes it once they are handled', async () => {
    const { box, handled, socket, frame } = inbox(0.05)
    const burst = INBOX_HIGH_WATER * 2 + 2000
    for (let i = 0; i < burst; i++) box.push(frame(i))
    expect(socket.paused).toBe(1)
    await waitFor(() => handled.length === burst, 10_000, 'burst handled')
    expect(socket.resumed).toBe(1)
  })

  it('handles a few of the frames still waiting when the socket closes and drops the rest', () => {
    const { box, handled, frame } = inbox(2)
    for (let i = 0; i < 200; i++) box.push(frame(i))
    const before = handled.length
    box.stop(5)
    expect(handled.length).toBe(before + 5)
    box.push(frame(999))
    expect(handled).not.toContain(999)
  })
})
