import { DOCX_MIME } from '@atelier/recommendations'

/** A rendered export: what an HTTP route sends as an attachment. */
export interface ExportFile {
  body: string | Uint8Array
  contentType: string
  filename: string
}

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: DOCX_MIME,
} as const

/** The kinds of file Atelier exports, by extension. */
export type ExportExtension = keyof typeof CONTENT_TYPES

/**
 * `name.extension` with the content type that goes with it: the one table
 * the workshop summary and the campaign synthesis exports share.
 */
export function exportFile(
  body: string | Uint8Array,
  extension: ExportExtension,
  name: string,
): ExportFile {
  return { body, contentType: CONTENT_TYPES[extension], filename: `${name}.${extension}` }
}

/**
 * "Atelier Lyon Métropole" -> "atelier-lyon-metropole" (at most 60
 * characters; `fallback` when nothing is left): ASCII, safe in every file
 * system and in a Content-Disposition header.
 */
export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  return slug || fallback
}
