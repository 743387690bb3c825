/**
 * The file name a `Content-Disposition` header proposes: the RFC 5987
 * `filename*=UTF-8''…` form first (it carries non-ASCII names), then
 * `filename="…"` or a bare `filename=…`. Path parts are stripped so a
 * header can never name a directory; `fallback` when nothing usable is left.
 * @example filenameFromDisposition('attachment; filename="lyon-2021-06-10.json"', 'x') // 'lyon-2021-06-10.json'
 */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended?.[2]) {
    try {
      const name = safeName(decodeURIComponent(extended[2].trim().replace(/^"|"$/g, '')))
      if (name) return name
    } catch {
      // Malformed percent-encoding: fall through to the plain parameter.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)
  const plain = quoted
    ? quoted[1]!.replace(/\\(.)/g, '$1')
    : /filename\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim()
  return (plain && safeName(plain)) || fallback
}

function safeName(name: string): string {
  return (name.split(/[/\\]/).pop() ?? '').replace(/^\.+/, '').trim()
}
