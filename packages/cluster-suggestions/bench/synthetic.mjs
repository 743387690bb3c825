// Synthetic sessions for timing: notes rebuilt from a real session's words,
// with phone-style slips, so the vocabulary, note lengths and typo rate look real.
// Seeded (mulberry32): the same size always gives the same notes.

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Drops, doubles or swaps one letter, as thumbs do. */
function slip(word, random) {
  if (word.length < 4) return word
  const i = 1 + Math.floor(random() * (word.length - 2))
  const kind = random()
  if (kind < 0.33) return word.slice(0, i) + word.slice(i + 1)
  if (kind < 0.66) return word.slice(0, i) + word[i] + word.slice(i)
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1)
}

/**
 * @param {{ id: string, text: string, dimension: string }[]} seedNotes
 * @param {number} count
 */
export function syntheticNotes(seedNotes, count, seed = 42) {
  const random = mulberry32(seed)
  const pick = (items) => items[Math.floor(random() * items.length)]
  const notes = []
  for (let k = 0; k < count; k += 1) {
    const base = pick(seedNotes)
    const donor = pick(seedNotes.filter((note) => note.dimension === base.dimension))
    const donorWords = donor.text.split(/\s+/)
    const words = base.text.split(/\s+/).map((word) => {
      const r = random()
      if (r < 0.15) return pick(donorWords)
      if (r < 0.2) return slip(word, random)
      return word
    })
    notes.push({
      id: `s${String(k).padStart(5, '0')}`,
      text: words.join(' '),
      dimension: base.dimension,
    })
  }
  return notes
}
