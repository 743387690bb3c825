import type { Synthesis } from '../schema.js'
import { renderSynthesisJson } from './json.js'

/**
 * The text a published version's content hash is computed over: the
 * synthesis.json with `generatedAt` and `publication` cleared, so the hash
 * says what the synthesis holds, not when or by whom it was frozen. Hash it
 * with whatever the caller has (the server: SHA-256 from node:crypto).
 *
 * @example
 * ```ts
 * const contentHash = createHash('sha256').update(synthesisContent(draft)).digest('hex')
 * ```
 */
export function synthesisContent(synthesis: Synthesis): string {
  return renderSynthesisJson({ ...synthesis, generatedAt: null, publication: null })
}
