import type { Language } from '../labels.js'

/** A spreadsheet reads a cell starting with these as a formula (or, CR and tab, strips to one). */
const FORMULA_START = /^[=+\-@\t\r]/
/** Quoted whatever the dialect, so a reader guessing the separator cannot split a text cell. */
const NEEDS_QUOTES = /[",;\r\n]/

/**
 * How a spreadsheet of the workshop's locale reads CSV. French Excel splits on
 * `;` and reads `12,5` as a number (a comma would be its decimal separator);
 * English Excel splits on `,` and reads `12.5`.
 */
export interface CsvDialect {
  separator: ';' | ','
  decimal: ',' | '.'
}

/** The dialect Excel expects in the workshop's language. */
export function csvDialect(language: Language): CsvDialect {
  return language === 'fr' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' }
}

const ENGLISH: CsvDialect = { separator: ',', decimal: '.' }

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a semicolon, a
 * quote or a line break, inner quotes doubled. Text starting with = + - @ tab
 * or CR gets a leading single quote so Excel and LibreOffice show it instead
 * of running it as a formula (CSV injection). Numbers are written with the
 * dialect's decimal mark and never prefixed (a negative number is a number).
 *
 * @example
 * ```ts
 * csvField('+ de visibilite svp')          // "'+ de visibilite svp"
 * csvField('a; "b"')                       // "\"a; \"\"b\"\"\""
 * csvField(12.5, csvDialect('fr'))         // "12,5"
 * ```
 */
export function csvField(value: string | number, dialect: CsvDialect = ENGLISH): string {
  if (typeof value === 'number') return String(value).replace('.', dialect.decimal)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * Rows as a CSV file: UTF-8 byte order mark first (Excel otherwise reads
 * UTF-8 as Windows-1252 and mangles accents), the dialect's separator, CRLF
 * after every row including the last.
 */
export function csvDocument(
  rows: readonly (readonly (string | number)[])[],
  dialect: CsvDialect = ENGLISH,
): string {
  const line = (row: readonly (string | number)[]) =>
    `${row.map((v) => csvField(v, dialect)).join(dialect.separator)}\r\n`
  return `\uFEFF${rows.map(line).join('')}`
}
