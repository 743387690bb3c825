/**
 * Repairs spelling slips by mapping a rare matching key (stem) to a more
 * frequent key one edit away (`actionair` -> `actionnair`).
 *
 * Kept conservative on purpose: only keys of at least MIN_LENGTH letters,
 * plain Levenshtein distance 1 (no transposition, so `salair` never becomes
 * `salari`), and the rarer spelling always yields to the commoner one or to a
 * lexicon key, so the repair cannot invent a key that nothing contains.
 */

const MIN_LENGTH = 6

/** Levenshtein distance capped at 2 (we only care whether it is <= 1). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** All one-deletion variants, plus the word itself: two words within one edit share one. */
function deletionKeys(word: string): string[] {
  const keys = [word]
  for (let i = 0; i < word.length; i += 1) keys.push(word.slice(0, i) + word.slice(i + 1))
  return keys
}

/**
 * @param counts how many notes use each key
 * @param known keys that are correct by construction (lexicon entries): never repaired, preferred as targets
 * @returns rare key -> repaired key, only for keys that changed
 */
export function typoRepairs(
  counts: ReadonlyMap<string, number>,
  known: ReadonlySet<string>,
): Map<string, string> {
  const score = (word: string) =>
    known.has(word) ? Number.POSITIVE_INFINITY : (counts.get(word) ?? 0)
  const candidates = [...new Set([...counts.keys(), ...known])].filter(
    (w) => w.length >= MIN_LENGTH,
  )
  const byDeletion = new Map<string, string[]>()
  for (const word of candidates) {
    for (const key of deletionKeys(word)) {
      const bucket = byDeletion.get(key)
      if (bucket) bucket.push(word)
      else byDeletion.set(key, [word])
    }
  }
  const repairs = new Map<string, string>()
  for (const word of counts.keys()) {
    if (word.length < MIN_LENGTH || known.has(word)) continue
    let best: string | undefined
    for (const key of deletionKeys(word)) {
      for (const other of byDeletion.get(key) ?? []) {
        if (other === word || score(other) <= score(word) || !withinOneEdit(word, other)) continue
        // Highest count wins; ties go to the alphabetically first word, for determinism.
        if (
          best === undefined ||
          score(other) > score(best) ||
          (score(other) === score(best) && other < best)
        ) {
          best = other
        }
      }
    }
    if (best !== undefined) repairs.set(word, best)
  }
  return repairs
}
