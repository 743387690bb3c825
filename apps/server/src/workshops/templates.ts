import {
  ID_PATTERN,
  MAX_DIMENSION_PROMPT,
  MAX_DIMENSION_TITLE,
  MAX_DIMENSIONS,
} from '@atelier/board-model'
import { z } from 'zod'

// A workshop template: the questions of a workshop, to start another one
// with them. Saved on this server (the catalog) and exchanged as a JSON file
// of exactly this shape. Every template that reaches the server, from a file
// or a request, is parsed with `templateFileSchema` first: it is hostile input.

/** Longest template name, in characters. */
export const MAX_TEMPLATE_NAME = 120
/** Largest template request body the server reads, in bytes. */
export const MAX_TEMPLATE_BYTES = 64 * 1024
/** Most templates one server keeps (there are no accounts: this bounds what anyone can add). */
export const MAX_TEMPLATES = 1000

const codePoints = (max: number) => (s: string) => [...s].length <= max

const dimensionSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  title: z
    .string()
    .trim()
    .min(1)
    .refine(codePoints(MAX_DIMENSION_TITLE), `at most ${MAX_DIMENSION_TITLE} characters`),
  prompt: z
    .string()
    .trim()
    .refine(codePoints(MAX_DIMENSION_PROMPT), `at most ${MAX_DIMENSION_PROMPT} characters`),
})

/** A template name: trimmed, 1..120 characters. */
export const templateNameSchema = z
  .string()
  .trim()
  .min(1)
  .refine(codePoints(MAX_TEMPLATE_NAME), `at most ${MAX_TEMPLATE_NAME} characters`)

/** The template file (`format: "atelier-template"`, version 1). */
export const templateFileSchema = z
  .object({
    format: z.literal('atelier-template'),
    version: z.literal(1),
    name: templateNameSchema,
    language: z.enum(['fr', 'en']),
    dimensions: z.array(dimensionSchema).min(1).max(MAX_DIMENSIONS),
  })
  .refine((t) => new Set(t.dimensions.map((d) => d.id)).size === t.dimensions.length, {
    message: 'dimension ids must be unique',
    path: ['dimensions'],
  })

export type TemplateFile = z.infer<typeof templateFileSchema>

/** A template as the catalog keeps it. */
export interface TemplateRecord {
  id: string
  name: string
  language: 'fr' | 'en'
  dimensions: { id: string; title: string; prompt: string }[]
  createdAt: number
}

/** Where templates live (SQLite in `templates`). */
export interface TemplateStore {
  saveTemplate(record: TemplateRecord): Promise<void>
  getTemplate(id: string): Promise<TemplateRecord | undefined>
  /** Newest first. */
  listTemplates(limit: number): Promise<TemplateRecord[]>
  countTemplates(): Promise<number>
}

/** The downloadable file of a template. */
export function templateFile(record: TemplateRecord): TemplateFile {
  return {
    format: 'atelier-template',
    version: 1,
    name: record.name,
    language: record.language,
    dimensions: record.dimensions.map(({ id, title, prompt }) => ({ id, title, prompt })),
  }
}
