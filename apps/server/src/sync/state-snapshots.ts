import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)

/** A room's whole document as one gzip'd Yjs update (`GET /sync/:room/state`). */
export interface GzippedState {
  body: Buffer
  /** A strong validator of `body`, quoted, for `ETag` and `If-None-Match`. */
  etag: string
  /** The update's size before compression. */
  rawBytes: number
}

/**
 * How old a snapshot may be and still be served after the document changed
 * by additions only (the room drops it on any removal: `Room.changed`). A
 * client merges its websocket's sync on top of what it applied, so an
 * older copy costs it only a larger sync; re-encoding on every note of a
 * busy room would cost the server one whole-board encode per join instead.
 */
export const SNAPSHOT_MAX_STALE_MS = 2000
/** How long an unchanged snapshot is kept: an idle room must not hold a copy of itself. */
export const SNAPSHOT_TTL_MS = 10_000
/**
 * zlib level 1: 5 ms for a 1.6 MB board against 12 ms at the default 6, for
 * 2 – 4% more bytes (measured on the Lyon notes, repeated to 8,000).
 */
const LEVEL = 1

/**
 * One gzip'd snapshot of a room's document, encoded at most once per
 * document version and at most once per `maxStaleMs` while it changes.
 * Compressed on libuv's thread pool, off the event loop; concurrent askers
 * share the one in flight.
 */
export class StateSnapshots {
  /** How many times the document was encoded (a metric and a test spy). */
  encodes = 0
  private entry: { version: number; at: number; state: Promise<GzippedState> } | null = null
  private expiry: NodeJS.Timeout | null = null

  constructor(
    private readonly maxStaleMs = SNAPSHOT_MAX_STALE_MS,
    private readonly ttlMs = SNAPSHOT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The snapshot of document version `version`, encoded by `encode` when none will do. */
  get(version: number, encode: () => Uint8Array): Promise<GzippedState> {
    const entry = this.entry
    const now = this.now()
    if (entry && (entry.version === version || now - entry.at < this.maxStaleMs)) {
      return entry.state
    }
    this.encodes++
    const update = encode()
    const state = gzipAsync(update, { level: LEVEL }).then((body) => ({
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      rawBytes: update.length,
    }))
    const created = { version, at: now, state }
    this.entry = created
    // A failed compression is not kept: the next asker tries again.
    state.catch(() => {
      if (this.entry === created) this.entry = null
    })
    this.keepFor(this.ttlMs)
    return state
  }

  clear(): void {
    this.entry = null
    if (this.expiry) clearTimeout(this.expiry)
    this.expiry = null
  }

  /** One timer, reset by each encode; unref'd: it never keeps the process up. */
  private keepFor(ms: number): void {
    if (this.expiry) clearTimeout(this.expiry)
    this.expiry = setTimeout(() => {
      this.expiry = null
      this.entry = null
    }, ms)
    this.expiry.unref()
  }
}
