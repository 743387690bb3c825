import { type Synthesis, SynthesisSchema } from '../schema.js'

/**
 * The synthesis as `synthesis.json`: re-parsed through the schema so keys
 * come in schema order whatever built the object, two-space indented, one
 * trailing newline.
 */
export function renderSynthesisJson(synthesis: Synthesis): string {
  return `${JSON.stringify(SynthesisSchema.parse(synthesis), null, 2)}\n`
}
