import { lyonDataset, seededRandom, shuffled } from '@atelier/fixtures'
import { type BoardSnapshot, buildSummary, type SessionSummary } from '@atelier/recommendations'
import type { CampaignInfo, CampaignSource } from '../inputs.js'

// The Lyon workshop (38 people, 160 notes, 21 clusters) split by participants
// into territories, as if each group of people had held its own workshop on
// the same template: participant i goes to territory i mod k; each territory
// keeps its people's notes and dots, and the clusters that still hold one of
// its notes (a facilitator only names clusters of notes they have).

export const TERRITORIES = ['Lyon Nord', 'Lyon Sud', 'Villeurbanne', 'Vénissieux', 'Bron']

export interface SplitOptions {
  /** How many territories (default 3). */
  count?: number
  /** Rewrites a cluster as a territory's facilitator would have named it. */
  cluster?: (
    cluster: { id: string; title: string; recommendation: string },
    territory: number,
  ) => { title: string; recommendation: string }
  /** Prefix of the workshop ids, to make several distinct campaigns. */
  prefix?: string
  /** Territory names, in order (default {@link TERRITORIES}). */
  territories?: string[]
  /** Shuffles the participants before dealing them out (default: in id order). */
  seed?: number
}

/** One BoardSnapshot per territory. */
export function lyonTerritorySnapshots(options: SplitOptions = {}): BoardSnapshot[] {
  const count = options.count ?? 3
  const data = lyonDataset()
  const sortedIds = data.participants.map((p) => p.id).sort()
  const participants =
    options.seed === undefined ? sortedIds : shuffled(sortedIds, seededRandom(options.seed))
  const territoryOf = new Map(participants.map((p, i) => [p, i % count]))
  const start = Date.UTC(2021, 5, 10, 9, 30)
  const names = options.territories ?? TERRITORIES
  return Array.from({ length: count }, (_, t) => {
    const people = new Set(participants.filter((p) => territoryOf.get(p) === t))
    const notes = data.notes.filter((n) => people.has(n.participant))
    const used = new Set(notes.map((n) => n.cluster).filter((c) => c !== null))
    const membership: Record<string, string> = {}
    for (const note of notes) if (note.cluster) membership[note.id] = note.cluster
    return {
      workshop: {
        id: `${options.prefix ?? 'lyon'}-${t + 1}`,
        title: `Atelier ${names[t] ?? `territoire ${t + 1}`}`,
        territory: names[t] ?? `Territoire ${t + 1}`,
        date: `2021-06-${String(10 + t).padStart(2, '0')}`,
        facilitator: null,
        language: 'fr',
        participantCount: people.size,
      },
      dimensions: data.dimensions.map((d, order) => ({ ...d, order })),
      notes: notes.map((note) => ({
        id: note.id,
        text: note.text,
        dimension: note.dimension,
        author: note.participant,
        createdAt: start + data.notes.indexOf(note) * 15_000,
        hidden: false,
      })),
      clusters: data.clusters
        .filter((c) => used.has(c.id))
        .map((c) => {
          const base = { id: c.id, title: c.title, recommendation: c.recommendation ?? '' }
          const named = options.cluster ? options.cluster(base, t) : base
          return { ...base, ...named, dimension: c.dimension, color: null }
        }),
      membership,
      votes: data.votes.filter((v) => people.has(v.participant) && used.has(v.cluster)),
    }
  })
}

/** The territories' session summaries. */
export function lyonTerritorySummaries(options: SplitOptions = {}): SessionSummary[] {
  return lyonTerritorySnapshots(options).map((snapshot) => buildSummary(snapshot))
}

/** The summaries as live, closed workshops of a campaign. */
export function lyonSources(options: SplitOptions = {}): CampaignSource[] {
  return lyonTerritorySummaries(options).map((summary) => ({
    kind: 'workshop',
    source: 'live',
    status: 'closed',
    summary,
  }))
}

/** A regional campaign expecting the territories plus one that never contributes. */
export function lyonCampaign(overrides: Partial<CampaignInfo> = {}): CampaignInfo {
  return {
    id: 'aura-2021',
    title: 'Congrès régional Auvergne-Rhône-Alpes 2021',
    level: 'regional',
    territory: 'Auvergne-Rhône-Alpes',
    language: 'fr',
    expectedTerritories: ['Lyon Nord', 'Lyon Sud', 'Villeurbanne', 'Saint-Étienne'],
    ...overrides,
  }
}
