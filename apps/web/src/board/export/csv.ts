// A small RFC 4180 reader for the export previews: comma-separated, fields
// optionally in double quotes, `""` for a quote inside a quoted field, CRLF or
// LF line ends, line breaks allowed inside quoted fields. Pure: no DOM.

export interface CsvTable {
  header: string[]
  rows: string[][]
  /** Data rows in the whole text, including those beyond `maxRows`. */
  totalRows: number
}

/**
 * Parses CSV text into rows of fields. A leading byte order mark is dropped;
 * a final line end does not make an empty last row.
 * @example parseCsv('a,b\r\n"x, y","say ""hi"""\r\n') // [['a','b'],['x, y','say "hi"']]
 */
export function parseCsv(text: string): string[][] {
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
    else if (char === ',') {
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
