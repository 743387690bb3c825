import { z } from 'zod'
import { SessionSummarySchema } from './schema.js'

/**
 * The JSON Schema (draft 2020-12) of a session summary, generated from
 * {@link SessionSummarySchema}. `docs/summary.schema.json` is this object,
 * pretty-printed; a test fails when the committed file is stale
 * (`pnpm --filter @atelier/recommendations run gen:schema` rewrites it).
 * Cross-field rules (ranks in order, totals that add up) cannot be said in
 * JSON Schema; only `parseSummary` checks them.
 *
 * @example
 * ```ts
 * writeFileSync('summary.schema.json', `${JSON.stringify(summaryJsonSchema(), null, 2)}\n`)
 * ```
 */
export function summaryJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SessionSummarySchema, {
    target: 'draft-2020-12',
    io: 'output',
    // z.int() is a safe integer; saying "maximum: 9007199254740991" on every
    // count would only be noise for readers of the schema.
    override: ({ jsonSchema }) => {
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum
    },
  })
}
