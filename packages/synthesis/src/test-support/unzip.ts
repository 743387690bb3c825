import { inflateRawSync } from 'node:zlib'

// Just enough of a zip reader to open a DOCX in tests with node's zlib: walks
// the central directory and inflates each entry.

/** Entry name -> its bytes as UTF-8 text. */
export function unzipText(zip: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)
  let eocd = buffer.length - 22
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1
  if (eocd < 0) throw new Error('not a zip archive')
  const count = buffer.readUInt16LE(eocd + 10)
  let at = buffer.readUInt32LE(eocd + 16)
  const out = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10)
    const size = buffer.readUInt32LE(at + 20)
    const nameLength = buffer.readUInt16LE(at + 28)
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32)
    const local = buffer.readUInt32LE(at + 42)
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength)
    const data = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28)
    const raw = buffer.subarray(data, data + size)
    out.set(name, (method === 0 ? raw : inflateRawSync(raw)).toString('utf8'))
    at += 46 + skip
  }
  return out
}

/** Visible text of a WordprocessingML body: <w:t> contents, one paragraph per line. */
export function wordText(xml: string): string {
  const parts: string[] = []
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<\/w:p>/g)) {
    if (m[0] === '<w:br/>' || m[0] === '</w:p>') parts.push('\n')
    else parts.push(decode(m[1] ?? ''))
  }
  return parts.join('')
}

function decode(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return text.replace(/&(#\d+|[a-z]+);/g, (whole, code: string) =>
    code.startsWith('#') ? String.fromCodePoint(Number(code.slice(1))) : (named[code] ?? whole),
  )
}
