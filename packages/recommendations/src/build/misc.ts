// Facilitators park off-topic notes in a catch-all cluster. Such a cluster is
// not a recommendation unless the facilitator wrote one for it; see
// buildSummary. Matched on the normalized start of the title so "Divers / hors
// sujet", "Autres idées" and "Misc." all count, while "Diversité" does not.
const MISC_TITLE = /^(divers|autres?|hors[ -]sujet|misc|miscellaneous|others?|off[ -]topic)\b/

/**
 * True for a catch-all cluster title: empty, or starting with "Divers",
 * "Autre(s)", "Hors sujet", "Misc", "Other(s)" or "Off topic" (any case,
 * accents ignored).
 *
 * @example
 * ```ts
 * isMiscTitle('Divers / hors sujet') // true
 * isMiscTitle('Diversité des métiers') // false
 * ```
 */
export function isMiscTitle(title: string): boolean {
  const normalized = title.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase()
  return normalized === '' || MISC_TITLE.test(normalized)
}
