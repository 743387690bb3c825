import * as Y from 'yjs'
import { encodeSyncStep2 } from './protocol.js'

/** Step-1 answers kept for the current document version, by state vector. */
const ENTRIES = 16

/**
 * Sync step 2 frames answering a step 1, encoded once per document version.
 * Invariant: `invalidate()` is called on every change of the document, so
 * a cached answer is always what `encodeStateAsUpdate` would give now.
 */
export class Step1Answers {
  /** How many times the document was encoded for an answer (a metric and a test spy). */
  encodes = 0
  /** The answer to "I have nothing" (a state vector of one zero byte): the join storm case. */
  private full: Uint8Array | null = null
  private readonly others = new Map<string, Uint8Array>()

  invalidate(): void {
    this.full = null
    this.others.clear()
  }

  answer(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
    if (stateVector.length === 1 && stateVector[0] === 0) {
      if (!this.full) {
        this.encodes++
        this.full = encodeSyncStep2(Y.encodeStateAsUpdate(doc))
      }
      return this.full
    }
    const key = Buffer.from(
      stateVector.buffer,
      stateVector.byteOffset,
      stateVector.length,
    ).toString('latin1')
    const cached = this.others.get(key)
    if (cached) return cached
    this.encodes++
    const answer = encodeSyncStep2(Y.encodeStateAsUpdate(doc, stateVector))
    if (this.others.size >= ENTRIES) this.others.clear()
    this.others.set(key, answer)
    return answer
  }
}
