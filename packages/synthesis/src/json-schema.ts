import { z } from 'zod'
import { SynthesisSchema } from './schema.js'

/**
 * The JSON Schema (draft 2020-12) of a campaign synthesis, generated from
 * {@link SynthesisSchema}. `docs/synthesis.schema.json` is this object,
 * pretty-printed; a test fails when the committed file is stale
 * (`pnpm --filter @atelier/synthesis run gen:schema` rewrites it).
 * Cross-field rules (unique ids, rankings that add up) are checked by
 * `parseSynthesis` only.
 */
export function synthesisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SynthesisSchema, {
    target: 'draft-2020-12',
    io: 'output',
    override: ({ jsonSchema }) => {
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum
    },
  })
}
