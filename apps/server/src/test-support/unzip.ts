import { inflateRawSync } from 'node:zlib'

/** One entry of a zip file (a DOCX) as UTF-8 text: just enough of a zip reader for tests, with node's zlib. */
export function unzipEntry(zip: Uint8Array, name: string): string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let end = zip.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < 0) throw new Error('not a zip file')
  let entry = view.getUint32(end + 16, true)
  const count = view.getUint16(end + 10, true)
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(entry + 10, true)
    const size = view.getUint32(entry + 20, true)
    const nameLength = view.getUint16(entry + 28, true)
    const extra = view.getUint16(entry + 30, true)
    const comment = view.getUint16(entry + 32, true)
    const local = view.getUint32(entry + 42, true)
    const entryName = new TextDecoder().decode(zip.slice(entry + 46, entry + 46 + nameLength))
    if (entryName === name) {
      const dataStart =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
      const data = zip.slice(dataStart, dataStart + size)
      return new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data)
    }
    entry += 46 + nameLength + extra + comment
  }
  throw new Error(`${name} not in zip`)
}
