/**
 * Version of the session summary schema. Bump it on any change a reader of an
 * older summary could not ignore (renamed, removed or re-meant field), and
 * teach {@link parseSummary} to migrate the older shape.
 *
 * @example
 * ```ts
 * if (summary.summaryVersion !== SUMMARY_VERSION) throw new Error('re-export')
 * ```
 */
export const SUMMARY_VERSION = 1
