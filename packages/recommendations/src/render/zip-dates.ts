// A zip entry records its modification time, so the same document zipped
// twice differs by a few bytes. Setting every entry to one fixed date makes
// DOCX output a pure function of the summary (same input, same bytes), which
// keeps exports cacheable and diffable. Only the date fields change; the
// CRCs cover file data, not headers, so the archive stays valid.

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** 1980-01-01 00:00, the earliest DOS date: "no meaningful time". */
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1

/**
 * Returns `zip` with every entry's modification date set to 1980-01-01, in
 * place. Throws when the bytes are not a zip archive this code understands.
 */
export function fixZipDates(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const eocd = findEndOfCentralDirectory(view)
  const entries = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('zip: bad central directory entry')
    view.setUint16(at + 12, DOS_TIME, true)
    view.setUint16(at + 14, DOS_DATE, true)
    const local = view.getUint32(at + 42, true)
    if (view.getUint32(local, true) !== LOCAL) throw new Error('zip: bad local header')
    view.setUint16(local + 10, DOS_TIME, true)
    view.setUint16(local + 12, DOS_DATE, true)
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true)
  }
  return zip
}

/** The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB. */
export function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at
  }
  throw new Error('zip: end of central directory not found')
}
