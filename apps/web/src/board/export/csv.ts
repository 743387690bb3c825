// A small RFC 4180 reader for the export previews: fields separated by `;`
// (French exports, as French Excel wants) or `,` (English), optionally in
// double quotes, `""` for a quote inside a quoted field, CRLF or LF line ends,
// line breaks allowed inside quoted fields. Pure: no DOM.

export type CsvSeparator = ';' | ','

export interface CsvTable {
  header: string[]
  rows: string[][]
  /** Data rows in the whole text, including those beyond `maxRows`. */
  totalRows: number
}

/**
 * The separator of a CSV text, read from its first line outside quotes: `;`
 * when it has more semicolons than commas, else `,`. The server writes the
 * header line itself (no separator inside a header), so the count is clear.
 * @example detectSeparator('Dimension;Rang\r\n') // ';'
 */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0
  let commas = 0
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (quoted) continue
    else if (char === '\r' || char === '\n') break
    else if (char === ';') semicolons += 1
    else if (char === ',') commas += 1
  }
  return semicolons > commas ? ';' : ','
}

/**
 * Parses CSV text into rows of fields split on `separator` (detected from the
 * first line when not given). A leading byte order mark is dropped; a final
 * line end does not make an empty last row.
 * @example parseCsv('a;b\r\n"x; y";"say ""hi"""\r\n') // [['a','b'],['x; y','say "hi"']]
 */
export function parseCsv(
  text: string,
  separator: CsvSeparator = detectSeparator(text),
): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < source.length) {
    const char = source[i]!
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += char
      i += 1
      continue
    }
    if (char === '"' && field === '') quoted = true
    else if (char === separator) {
      row.push(field)
      field = ''
    } else if (char === '\r' || char === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      if (char === '\r' && source[i + 1] === '\n') i += 1
    } else field += char
    i += 1
  }
  // The last line has no line end: it still counts, unless the text ended on one.
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** The header and the first `maxRows` data rows, for a preview table. */
export function csvPreview(text: string, maxRows: number): CsvTable {
  const [header = [], ...rows] = parseCsv(text)
  return { header, rows: rows.slice(0, maxRows), totalRows: rows.length }
}
