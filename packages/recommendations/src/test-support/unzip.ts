import { inflateRawSync } from 'node:zlib'
import { findEndOfCentralDirectory } from '../render/zip-dates.js'

// Just enough of a zip reader to open a DOCX in tests, with node's zlib, so
// CI needs no unzip binary: walks the central directory and inflates.

export interface ZipEntry {
  name: string
  /** DOS date and time fields as stored, to check they were normalized. */
  dosDate: number
  dosTime: number
  data: Buffer
}

export function unzip(zip: Uint8Array): Map<string, ZipEntry> {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const eocd = findEndOfCentralDirectory(view)
  const count = buffer.readUInt16LE(eocd + 10)
  let at = buffer.readUInt32LE(eocd + 16)
  const entries = new Map<string, ZipEntry>()
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10)
    const compressedSize = buffer.readUInt32LE(at + 20)
    const nameLength = buffer.readUInt16LE(at + 28)
    const extraLength = buffer.readUInt16LE(at + 30)
    const commentLength = buffer.readUInt16LE(at + 32)
    const localOffset = buffer.readUInt32LE(at + 42)
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength)
    const localData =
      localOffset +
      30 +
      buffer.readUInt16LE(localOffset + 26) +
      buffer.readUInt16LE(localOffset + 28)
    const raw = buffer.subarray(localData, localData + compressedSize)
    entries.set(name, {
      name,
      dosTime: buffer.readUInt16LE(at + 12),
      dosDate: buffer.readUInt16LE(at + 14),
      data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw),
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** A part of the archive as UTF-8 text; throws when it is missing. */
export function zipText(entries: Map<string, ZipEntry>, name: string): string {
  const entry = entries.get(name)
  if (!entry) throw new Error(`no ${name} in archive (has ${[...entries.keys()].join(', ')})`)
  return entry.data.toString('utf8')
}
