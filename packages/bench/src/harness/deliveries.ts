import type { Receive } from './listener.js'
import { markerReader, scanMarkers } from './markers.js'

/**
 * Notes numbered 0..notes-1, when each was written, and their arrivals at
 * every listener: how many arrived and how late, on the generator's one clock.
 */
export class Deliveries {
  readonly latencies: number[] = []
  delivered = 0
  private readonly writtenAt: Float64Array

  constructor(private readonly notes: number) {
    this.writtenAt = new Float64Array(notes)
  }

  written(seq: number): void {
    this.writtenAt[seq] = performance.now()
  }

  /** For one receiver: counts note `seq` once, when it first arrives there. */
  receiver(): (seq: number, at: number) => void {
    const seen = new Uint8Array(this.notes)
    return (seq, at) => {
      if (seq >= this.notes || seen[seq] || !this.writtenAt[seq]) return
      seen[seq] = 1
      this.delivered++
      this.latencies.push(at - this.writtenAt[seq]!)
    }
  }

  /** For one receiver of whole frames: the notes whose markers the frame holds. */
  frameScanner(): (frame: Buffer, at: number) => void {
    const arrived = this.receiver()
    return (frame, at) => scanMarkers(frame, (seq) => arrived(seq, at))
  }

  /** What one raw listener does with what it receives: finds the notes whose markers arrived. */
  listener(): Receive {
    return { pieces: markerReader(this.receiver()) }
  }
}
