/**
 * Notes carry an ASCII marker with their sequence number in their text. Yjs
 * keeps strings as UTF-8 inside an update, so a listener finds which notes a
 * frame holds with `indexOf`, without decoding Yjs: a thousand listeners in
 * one load generator could not afford a Yjs document each.
 */
export const marker = (seq: number) => `~N${seq}~`

const START = Buffer.from('~N')
const TILDE = 0x7e

/** Calls `found` with each marker's sequence number in `frame`. */
export function scanMarkers(frame: Buffer, found: (seq: number) => void): void {
  let at = frame.indexOf(START)
  while (at !== -1) {
    let seq = 0
    let end = at + 2
    for (; end < frame.length; end++) {
      const byte = frame[end]!
      if (byte === TILDE) break
      if (byte < 0x30 || byte > 0x39) {
        seq = -1
        break
      }
      seq = seq * 10 + (byte - 0x30)
    }
    if (seq >= 0 && end < frame.length && end > at + 2) found(seq)
    at = frame.indexOf(START, end)
  }
}

/** The longest marker a scan can meet (`~N` and a sequence number of up to 12 digits and `~`). */
const LONGEST = 16

/**
 * A marker scan over a message that arrives in pieces, a listener's
 * `pieces` handler: calls `found` with each marker's sequence number once,
 * and the arrival time of the piece that completed it, also for a marker cut
 * between two pieces (the end of the one is kept and scanned again with the
 * next).
 */
export function markerReader(
  found: (seq: number, at: number) => void,
): (piece: Buffer, at: number, last: boolean) => void {
  let carry: Buffer | undefined
  return (piece, at, last) => {
    const data = carry ? Buffer.concat([carry, piece]) : piece
    scanMarkers(data, (seq) => found(seq, at))
    carry = last ? undefined : unfinishedMarker(data)
  }
}

/** The end of `data` if it may be the start of a marker cut off there (`~`, `~N`, `~N4`, ...). */
function unfinishedMarker(data: Buffer): Buffer | undefined {
  const tail = data.subarray(Math.max(0, data.length - LONGEST))
  const start = tail.lastIndexOf(START)
  if (start !== -1) {
    let digits = true
    for (let i = start + 2; i < tail.length && digits; i++)
      digits = tail[i]! >= 0x30 && tail[i]! <= 0x39
    // Only digits after `~N`, no closing tilde yet: the marker goes on in the next piece.
    if (digits) return tail.subarray(start)
  }
  return tail[tail.length - 1] === TILDE ? tail.subarray(tail.length - 1) : undefined
}
