import { lyonDataset, pick, seededRandom } from '@atelier/fixtures'
import { type BoardSnapshot, buildSummary, type SessionSummary } from '@atelier/recommendations'

// Workshops nobody ran, for scale and for grouping on unseen text: each note
// is a Lyon note rebuilt with words of another note of the same dimension and
// phone-style slips (the vocabulary, lengths and typo rate look real), filed
// under the cluster of the note it came from; each participant spends three
// dots on clusters of the workshop. Seeded: same seed, same workshop.

export interface SyntheticOptions {
  notes?: number
  participants?: number
  /** How a cluster is titled: as in Lyon, by its first note's text, or not at all. */
  titles?: 'lyon' | 'first-note' | 'none'
}

function slip(word: string, random: () => number): string {
  if (word.length < 4) return word
  const i = 1 + Math.floor(random() * (word.length - 2))
  const kind = random()
  if (kind < 0.33) return word.slice(0, i) + word.slice(i + 1)
  if (kind < 0.66) return word.slice(0, i) + word[i] + word.slice(i)
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1)
}

/** A synthetic workshop's session summary. */
export function syntheticSummary(
  seed: number,
  id: string,
  options: SyntheticOptions = {},
): SessionSummary {
  const random = seededRandom(seed)
  const data = lyonDataset()
  const clustered = data.notes.filter((n) => n.cluster !== null)
  const people = Array.from({ length: options.participants ?? 38 }, (_, i) => `p${i + 1}`)
  const notes: BoardSnapshot['notes'] = []
  const membership: Record<string, string> = {}
  const firstText = new Map<string, string>()
  for (let k = 0; k < (options.notes ?? 160); k += 1) {
    const base = pick(clustered, random)
    const donor = pick(
      clustered.filter((n) => n.dimension === base.dimension),
      random,
    ).text.split(/\s+/)
    const text = base.text
      .split(/\s+/)
      .map((word) => {
        const r = random()
        if (r < 0.15) return pick(donor, random)
        if (r < 0.2) return slip(word, random)
        return word
      })
      .join(' ')
    const noteId = `${id}-n${k}`
    notes.push({
      id: noteId,
      text,
      dimension: base.dimension,
      author: pick(people, random),
      createdAt: k,
      hidden: false,
    })
    membership[noteId] = base.cluster!
    if (!firstText.has(base.cluster!)) firstText.set(base.cluster!, text)
  }
  const used = data.clusters.filter((c) => firstText.has(c.id))
  const titles = options.titles ?? 'lyon'
  const votes: BoardSnapshot['votes'] = []
  for (const person of people) {
    for (let d = 0; d < 3; d += 1)
      votes.push({ participant: person, cluster: pick(used, random).id, count: 1 })
  }
  return buildSummary({
    workshop: {
      id,
      title: `Atelier ${id}`,
      territory: `Territoire ${id}`,
      date: '2021-06-10',
      facilitator: null,
      language: 'fr',
      participantCount: people.length,
    },
    dimensions: data.dimensions.map((d, order) => ({ ...d, order })),
    notes,
    clusters: used.map((c) => ({
      id: c.id,
      dimension: c.dimension,
      color: null,
      title:
        titles === 'lyon'
          ? c.title
          : titles === 'first-note'
            ? firstText.get(c.id)!.slice(0, 60)
            : '',
      recommendation: titles === 'lyon' ? (c.recommendation ?? '') : '',
    })),
    membership,
    votes,
  })
}
