import { lyonDataset } from '@atelier/fixtures'
import type { BoardSnapshot } from '../snapshot.js'

// The Lyon workshop from @atelier/fixtures,
// mapped to a BoardSnapshot the way the server would build one: a note's
// `cluster` becomes membership, notes without one stay unclustered, votes go
// through as they are. The dataset has no ids, colours or timestamps for
// some things; the loader makes up stable ones.

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

export { lyonDataset }
