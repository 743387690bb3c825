/** Time all connections together may spend handling frames in one turn of the event loop. */
export const FRAME_SLICE_MS = 20
/** Frames waiting past this pause their socket (TCP backpressure) until they are handled. */
export const INBOX_HIGH_WATER = 512

// One slice shared by every connection of the process: when it is spent,
// frames wait for the next turn, and the connections that waited are served
// first, in the order they started waiting (round robin).
let sliceEnd = 0
const waiting = new Set<FrameInbox>()

function openSlice(): void {
  if (sliceEnd !== 0) return
  sliceEnd = performance.now() + FRAME_SLICE_MS
  setImmediate(nextSlice)
}

function nextSlice(): void {
  sliceEnd = 0
  const turn = [...waiting]
  waiting.clear()
  for (const inbox of turn) inbox.drain()
}

/**
 * The frames of one connection, handled in arrival order, within the time
 * slice of the current turn. ws hands over every frame of a socket read at
 * once (64 KB of 40-byte frames is 1,600 of them): handled in one go, a few
 * flooding phones held the event loop for 0.5 to 2 s (the hardening fuzzer
 * measured it). A frame that arrives while the slice lasts is handled at once.
 *
 * Invariants: frames of a connection are handled in order, one at a time;
 * no turn spends much more than `FRAME_SLICE_MS` (plus one frame) on frames;
 * a socket with more than `INBOX_HIGH_WATER` frames waiting is paused; frames
 * still waiting when the socket closes are handled up to a few, then dropped.
 */
export class FrameInbox {
  private frames: Uint8Array[] = []
  private next = 0
  private draining = false
  private paused = false
  private stopped = false

  constructor(
    private readonly handle: (frame: Uint8Array) => void,
    private readonly socket: { pause(): void; resume(): void },
  ) {}

  push(frame: Uint8Array): void {
    if (this.stopped) return
    this.frames.push(frame)
    if (!this.paused && this.frames.length - this.next > INBOX_HIGH_WATER) {
      this.paused = true
      this.socket.pause()
    }
    this.drain()
  }

  /**
   * The connection is gone: handles at most `last` of the frames still
   * waiting (a phone's note sent just before it closed), drops the rest (a
   * flood; a stock client re-sends what the server lacks when it reconnects).
   */
  stop(last = 0): void {
    const end = Math.min(this.frames.length, this.next + last)
    while (this.next < end) this.handle(this.frames[this.next++]!)
    this.stopped = true
    this.frames = []
    this.next = 0
    waiting.delete(this)
  }

  /** Handles waiting frames while the slice lasts; the rest wait for the next turn. */
  drain(): void {
    if (this.draining || this.stopped) return
    openSlice()
    this.draining = true
    try {
      while (this.next < this.frames.length && !this.stopped) {
        if (performance.now() > sliceEnd) {
          waiting.add(this)
          return
        }
        this.handle(this.frames[this.next++]!)
      }
    } finally {
      this.draining = false
    }
    this.frames = []
    this.next = 0
    if (this.paused && !this.stopped) {
      this.paused = false
      this.socket.resume()
    }
  }
}
