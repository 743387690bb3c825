import { request } from 'node:http'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import * as Y from 'yjs'
import { scanMarkers } from './markers.js'

const gunzipAsync = promisify(gunzip)

/** Atelier's HTTP copy of a room, as its web app fetches it before the socket syncs. */
export interface CopySource {
  url: string
  token: string
}

export interface Copy {
  /** What came over the wire (gzip'd); 0 when the server had no copy to give (204). */
  wireBytes: number
  /** The copy's state vector: what the socket's sync step 1 then says the phone holds. */
  stateVector: Uint8Array
  /** The note markers the copy holds (`harness/markers.ts`). */
  markers: number[]
}

interface Read {
  body: Buffer
  stateVector: Uint8Array
  markers: number[]
}

const NOTHING: Read = { body: Buffer.alloc(0), stateVector: new Uint8Array([0]), markers: [] }

/**
 * What each distinct copy holds, read once. A storm's phones get the same
 * bytes; a browser would inflate its own, on the phone's CPU. The load
 * generator, one core for 300 phones, inflates and scans each distinct body
 * once and checks that every other phone's body is byte for byte that one.
 */
const reads = new Map<string, Promise<Read>>()

function readOf(body: Buffer): Promise<Read> {
  return gunzipAsync(body).then((update) => {
    const markers: number[] = []
    scanMarkers(update, (seq) => markers.push(seq))
    return { body, stateVector: Y.encodeStateVectorFromUpdate(update), markers }
  })
}

async function readCopy(body: Buffer, etag: string): Promise<Read> {
  let read = reads.get(etag)
  if (!read) {
    read = readOf(body)
    reads.set(etag, read)
  }
  const known = await read
  return known.body.equals(body) ? known : readOf(body)
}

/** GET `/sync/:room/state` as a browser asks it (gzip accepted), raw bytes counted. */
export function fetchCopy(source: CopySource): Promise<Copy> {
  return new Promise((resolve, reject) => {
    const asked = request(
      source.url,
      {
        agent: false,
        headers: { authorization: `Bearer ${source.token}`, 'accept-encoding': 'gzip' },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const body = Buffer.concat(chunks)
          const read =
            response.statusCode === 200
              ? readCopy(body, String(response.headers.etag))
              : Promise.resolve(NOTHING)
          read.then(
            ({ stateVector, markers }) => resolve({ wireBytes: body.length, stateVector, markers }),
            reject,
          )
        })
      },
    )
    asked.on('error', reject)
    asked.end()
  })
}
