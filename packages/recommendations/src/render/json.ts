import { type SessionSummary, SessionSummarySchema } from '../schema.js'

/**
 * The summary as pretty JSON (2 spaces, trailing newline), keys in schema
 * order whatever order the given object has them in, unknown keys dropped.
 * Throws a ZodError when the summary breaks the schema, so an invalid file is
 * never written. JSON.stringify escapes what JSON needs; participant text is
 * otherwise kept verbatim.
 *
 * @example
 * ```ts
 * writeFileSync('summary.json', renderJson(buildSummary(snapshot)))
 * ```
 */
export function renderJson(summary: SessionSummary): string {
  // Parsing rebuilds every object in the schema's key order: that is the
  // stable order, and it is the same for built and imported summaries.
  return `${JSON.stringify(SessionSummarySchema.parse(summary), null, 2)}\n`
}
