import { readFileSync } from 'node:fs'

// The Lyon dataset (shared/data/workshop-lyon.json, beside the repository):
// a real French workshop with typos, emoji, a facilitator's clusters and votes.
const DATASET = new URL('../../../../../shared/data/workshop-lyon.json', import.meta.url)

export interface LyonDataset {
  workshop: {
    title: string
    territory: string
    date: string
    facilitator: string
    language: 'fr'
  }
  dimensions: { id: string; title: string; prompt: string }[]
  participants: { id: string; name: string | null }[]
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

export const lyon: LyonDataset = JSON.parse(readFileSync(DATASET, 'utf8'))
