import { readFileSync } from 'node:fs'
import type { BoardSnapshot } from '../snapshot.js'

// The Lyon dataset (shared/data/workshop-lyon.json, beside the repository)
// mapped to a BoardSnapshot the way the server would build one: a note's
// `cluster` becomes membership, notes without one stay unclustered, votes go
// through as they are. The dataset has no ids, colours or timestamps for
// some things; the loader makes up stable ones.

const DATASET = new URL('../../../../../shared/data/workshop-lyon.json', import.meta.url)

interface LyonDataset {
  workshop: {
    title: string
    territory: string
    date: string
    facilitator: string
    language: 'fr' | 'en'
  }
  dimensions: { id: string; title: string; prompt: string }[]
  participants: { id: string; name: string }[]
  notes: {
    id: string
    participant: string
    dimension: string
    text: string
    cluster: string | null
  }[]
  clusters: { id: string; dimension: string; title: string; recommendation: string | null }[]
  votes: { participant: string; cluster: string; count: number }[]
}

/** The raw dataset, for tests that compute expectations independently. */
export function lyonDataset(): LyonDataset {
  return JSON.parse(readFileSync(DATASET, 'utf8')) as LyonDataset
}

/** A fresh snapshot of the Lyon workshop; `hidden` lists note ids to mark as moderated. */
export function lyonSnapshot(options: { hidden?: readonly string[] } = {}): BoardSnapshot {
  const data = lyonDataset()
  const hidden = new Set(options.hidden ?? [])
  const start = Date.UTC(2021, 5, 10, 9, 30)
  const membership: Record<string, string> = {}
  for (const note of data.notes) if (note.cluster) membership[note.id] = note.cluster
  return {
    workshop: {
      id: 'lyon-2021-06-10',
      title: data.workshop.title,
      territory: data.workshop.territory,
      date: data.workshop.date,
      facilitator: data.workshop.facilitator,
      language: data.workshop.language,
      participantCount: data.participants.length,
    },
    dimensions: data.dimensions.map((d, order) => ({ ...d, order })),
    notes: data.notes.map((note, i) => ({
      id: note.id,
      text: note.text,
      dimension: note.dimension,
      author: note.participant,
      createdAt: start + i * 15_000,
      hidden: hidden.has(note.id),
    })),
    clusters: data.clusters.map((c) => ({
      id: c.id,
      title: c.title,
      dimension: c.dimension,
      color: null,
      recommendation: c.recommendation ?? '',
    })),
    membership,
    votes: data.votes.map((v) => ({ ...v })),
  }
}
