import * as Y from 'yjs'
import { encodeSyncStep2 } from './protocol.js'

/** Step-1 answers kept for the current document version, by state vector. */
const ENTRIES = 16
/**
 * How long an answer is kept after it was encoded. A join storm asks within
 * seconds; an idle room must not hold a copy of its whole board (the size of
 * the document again) for hours.
 */
export const ANSWER_TTL_MS = 10_000

/** The key of the state vector "I have nothing" (one zero byte): the join storm case. */
const NOTHING = ''

/**
 * Sync step 2 frames answering a step 1, encoded once per document version
 * and state vector, kept at most `ttlMs`.
 * Invariant: `invalidate()` is called on every change of the document, so
 * a cached answer is always what `encodeStateAsUpdate` would give now.
 */
export class Step1Answers {
  /** How many times the document was encoded for an answer (a metric and a test spy). */
  encodes = 0
  /** By state vector, in the order encoded (so also in the order they expire). */
  private readonly cached = new Map<string, { frame: Uint8Array; expires: number }>()
  private expiry: NodeJS.Timeout | null = null

  constructor(private readonly ttlMs = ANSWER_TTL_MS) {}

  /** Answers kept now. */
  get size(): number {
    return this.cached.size
  }

  invalidate(): void {
    this.cached.clear()
    if (this.expiry) clearTimeout(this.expiry)
    this.expiry = null
  }

  answer(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
    const nothing = stateVector.length === 1 && stateVector[0] === 0
    const key = nothing
      ? NOTHING
      : Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.length).toString(
          'latin1',
        )
    const hit = this.cached.get(key)
    if (hit) return hit.frame
    this.encodes++
    const frame = encodeSyncStep2(
      nothing ? Y.encodeStateAsUpdate(doc) : Y.encodeStateAsUpdate(doc, stateVector),
    )
    if (this.cached.size >= ENTRIES) {
      const oldest = this.cached.keys().next().value as string
      this.cached.delete(oldest)
    }
    this.cached.set(key, { frame, expires: Date.now() + this.ttlMs })
    this.scheduleExpiry()
    return frame
  }

  /** One timer per room, set for the oldest answer; unref'd: it never keeps the process up. */
  private scheduleExpiry(): void {
    if (this.expiry) return
    const oldest = this.cached.values().next().value
    if (!oldest) return
    this.expiry = setTimeout(
      () => {
        this.expiry = null
        const now = Date.now()
        for (const [key, entry] of this.cached) {
          if (entry.expires > now) break
          this.cached.delete(key)
        }
        this.scheduleExpiry()
      },
      Math.max(0, oldest.expires - Date.now()),
    )
    this.expiry.unref()
  }
}
