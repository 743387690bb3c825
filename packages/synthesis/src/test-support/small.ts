import { type BoardSnapshot, buildSummary } from '@atelier/recommendations'
import type { CampaignInfo, CampaignSource } from '../inputs.js'

// Hand-sized workshops for tests whose figures are computed by hand: each
// cluster gets its notes and its dots, the dots spread one per person over
// the workshop's participants (so voters = min(dots, participants) when one
// cluster is voted alone).

export interface SmallCluster {
  id: string
  dimension?: string
  title: string
  text?: string
  notes: string[]
  dots: number
}

export interface SmallWorkshop {
  id: string
  territory: string
  participants: number
  clusters: SmallCluster[]
}

const DIMENSIONS = [
  { id: 'vision', title: 'Vision', prompt: '', order: 0 },
  { id: 'reseau', title: 'Réseau', prompt: '', order: 1 },
]

/** A workshop's summary, built through the real summary builder. */
export function smallSummary(w: SmallWorkshop) {
  const people = Array.from({ length: w.participants }, (_, i) => `p${i + 1}`)
  const snapshot: BoardSnapshot = {
    workshop: {
      id: w.id,
      title: `Atelier ${w.territory}`,
      territory: w.territory,
      date: '2021-05-01',
      facilitator: null,
      language: 'fr',
      participantCount: w.participants,
    },
    dimensions: DIMENSIONS,
    notes: [],
    clusters: [],
    membership: {},
    votes: [],
  }
  let noteCount = 0
  let voter = 0
  for (const c of w.clusters) {
    snapshot.clusters.push({
      id: c.id,
      title: c.title,
      dimension: c.dimension ?? 'vision',
      color: null,
      recommendation: c.text ?? '',
    })
    for (const text of c.notes) {
      noteCount += 1
      const id = `${w.id}-n${noteCount}`
      snapshot.notes.push({
        id,
        text,
        dimension: c.dimension ?? 'vision',
        author: people[noteCount % people.length]!,
        createdAt: noteCount,
        hidden: false,
      })
      snapshot.membership[id] = c.id
    }
    for (let d = 0; d < c.dots; d += 1) {
      snapshot.votes.push({ participant: people[voter % people.length]!, cluster: c.id, count: 1 })
      voter += 1
    }
  }
  // The same participant voting twice on a cluster is two entries: merge them.
  const merged = new Map<string, { participant: string; cluster: string; count: number }>()
  for (const v of snapshot.votes) {
    const key = `${v.participant}\u0000${v.cluster}`
    const known = merged.get(key)
    if (known) known.count += v.count
    else merged.set(key, { ...v })
  }
  snapshot.votes = [...merged.values()]
  return buildSummary(snapshot)
}

/** Small workshops as live closed sources. */
export function smallSources(workshops: SmallWorkshop[]): CampaignSource[] {
  return workshops.map((w) => ({
    kind: 'workshop',
    source: 'live',
    status: 'closed',
    summary: smallSummary(w),
  }))
}

export function smallCampaign(overrides: Partial<CampaignInfo> = {}): CampaignInfo {
  return {
    id: 'test',
    title: 'Campagne test',
    level: 'regional',
    territory: 'Région test',
    language: 'fr',
    expectedTerritories: [],
    ...overrides,
  }
}
