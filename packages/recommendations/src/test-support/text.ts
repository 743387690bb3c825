// Turning rendered markup back into what a reader sees, to check that
// participant text comes out literally. Deliberately naive: it only has to
// read markup that our renderers (or marked, or docx) wrote.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(code.slice(2), 16))
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)))
    return ENTITIES[code] ?? whole
  })
}

/** Visible text of HTML: <br> as a line break, tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]*>/g, ''))
}

/** Text of a WordprocessingML body: <w:t> contents, <w:br/> as line breaks, <w:tab/> as tabs, paragraphs on lines. */
export function wordText(documentXml: string): string {
  const parts: string[] = []
  for (const match of documentXml.matchAll(
    /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>|<\/w:p>/g,
  )) {
    if (match[0] === '<w:br/>') parts.push('\n')
    else if (match[0] === '<w:tab/>') parts.push('\t')
    else if (match[0] === '</w:p>') parts.push('\n')
    else parts.push(decodeEntities(match[1] ?? ''))
  }
  return parts.join('')
}
