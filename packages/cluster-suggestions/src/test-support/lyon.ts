import { readFileSync } from 'node:fs'
import type { LabelledNote } from '../evaluate.js'

// The Lyon dataset (shared/data/workshop-lyon.json, beside the repository):
// ~160 French notes with typos and emoji, and the facilitator's clusters.
const DATASET = new URL('../../../../../shared/data/workshop-lyon.json', import.meta.url)

interface LyonDataset {
  notes: { id: string; dimension: string; text: string; cluster: string | null }[]
}

const dataset: LyonDataset = JSON.parse(readFileSync(DATASET, 'utf8'))

export const lyonNotes: LabelledNote[] = dataset.notes.map(({ id, text, dimension, cluster }) => ({
  id,
  text,
  dimension,
  cluster,
}))
