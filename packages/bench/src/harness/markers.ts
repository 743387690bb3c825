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
