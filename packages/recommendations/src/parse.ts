import type { z } from 'zod'
import { type SessionSummary, SessionSummarySchema } from './schema.js'
import { SUMMARY_VERSION } from './version.js'

/**
 * Thrown by {@link parseSummary}; `problems` has one line per issue, path first.
 *
 * @example
 * ```ts
 * if (error instanceof SummaryParseError) console.error(error.problems.join('\n'))
 * ```
 */
export class SummaryParseError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    super(`Invalid session summary:\n${problems.map((p) => `- ${p}`).join('\n')}`)
    this.name = 'SummaryParseError'
    this.problems = problems
  }
}

/**
 * Validates an imported summary (already JSON-parsed) and returns it typed.
 * Throws a {@link SummaryParseError} listing every problem, each as
 * "path: message", e.g. `dimensions[0].recommendations[2].dots: Too small...`.
 * A summary from a newer version is refused with one clear line instead of a
 * pile of field errors.
 *
 * @example
 * ```ts
 * try {
 *   const summary = parseSummary(await request.json())
 * } catch (error) {
 *   if (error instanceof SummaryParseError) return c.json({ problems: error.problems }, 400)
 *   throw error
 * }
 * ```
 */
export function parseSummary(json: unknown): SessionSummary {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new SummaryParseError(['(root): expected a JSON object'])
  }
  const version = (json as { summaryVersion?: unknown }).summaryVersion
  if (typeof version === 'number' && version > SUMMARY_VERSION) {
    throw new SummaryParseError([
      `summaryVersion: ${version} is newer than this version of Atelier reads (${SUMMARY_VERSION}); update Atelier`,
    ])
  }
  const result = SessionSummarySchema.safeParse(json)
  if (result.success) return result.data
  throw new SummaryParseError(result.error.issues.map(describeIssue))
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}
