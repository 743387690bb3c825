/** A spreadsheet reads a cell starting with these as a formula (or, CR and tab, strips to one). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line
 * break, inner quotes doubled. Text starting with = + - @ tab or CR gets a
 * leading single quote so Excel and LibreOffice show it instead of running it
 * as a formula (CSV injection). Numbers are written as they are.
 *
 * @example
 * ```ts
 * csvField('+ de visibilite svp') // "'+ de visibilite svp"
 * csvField('a, "b"')              // "\"a, \"\"b\"\"\""
 * ```
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * Rows as a CSV file: UTF-8 byte order mark first (Excel otherwise reads
 * UTF-8 as Windows-1252 and mangles accents), comma separators, CRLF after
 * every row including the last.
 */
export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`
}
