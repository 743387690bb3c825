import type { z } from 'zod'
import { type Synthesis, SynthesisSchema } from './schema.js'
import { SYNTHESIS_VERSION } from './version.js'

/** Thrown by {@link parseSynthesis}; `problems` has one line per issue, path first. */
export class SynthesisParseError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    super(`Invalid campaign synthesis:\n${problems.map((p) => `- ${p}`).join('\n')}`)
    this.name = 'SynthesisParseError'
    this.problems = problems
  }
}

/**
 * Validates an imported synthesis (already JSON-parsed) and returns it typed.
 * Throws a {@link SynthesisParseError} listing every problem as
 * "path: message" (shape and consistency: unique ids, known workshops,
 * rankings that add up). A newer version is refused with one clear line.
 *
 * @example
 * ```ts
 * try {
 *   sources.push({ kind: 'campaign', synthesis: parseSynthesis(await request.json()) })
 * } catch (error) {
 *   if (error instanceof SynthesisParseError) return c.json({ problems: error.problems }, 400)
 *   throw error
 * }
 * ```
 */
export function parseSynthesis(json: unknown): Synthesis {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new SynthesisParseError(['(root): expected a JSON object'])
  }
  const version = (json as { synthesisVersion?: unknown }).synthesisVersion
  if (typeof version === 'number' && version > SYNTHESIS_VERSION) {
    throw new SynthesisParseError([
      `synthesisVersion: ${version} is newer than this version of Atelier reads (${SYNTHESIS_VERSION}); update Atelier`,
    ])
  }
  const result = SynthesisSchema.safeParse(json)
  if (result.success) return result.data
  throw new SynthesisParseError(result.error.issues.map(describeIssue))
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path =
    issue.path.length === 0
      ? '(root)'
      : issue.path
          .map((key, i) =>
            typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`,
          )
          .join('')
  return `${path}: ${issue.message}`
}
