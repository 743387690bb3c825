// The Lyon dataset as a BoardSnapshot, for scripts (no TypeScript at run
// time). Mirrors src/test-support/lyon.ts; the examples test fails if the two
// ever disagree, because the committed examples would no longer match.
import { readFileSync } from 'node:fs'

const DATASET = new URL('../../fixtures/workshops/workshop-lyon.json', import.meta.url)

/** @returns {import('../dist/index.js').BoardSnapshot} */
export function lyonSnapshot() {
  const data = JSON.parse(readFileSync(DATASET, 'utf8'))
  const start = Date.UTC(2021, 5, 10, 9, 30)
  /** @type {Record<string, string>} */
  const membership = {}
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
      hidden: false,
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
