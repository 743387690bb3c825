import {
  addOwnNote,
  BOARD_MAPS,
  createBoard,
  createCluster,
  ingestParticipant,
  moveToCluster,
  setPhase,
  setRecommendation,
  setShowTallies,
  writeTallies,
} from '@atelier/board-model'
import type { SessionSummary } from '@atelier/recommendations'
import * as Y from 'yjs'
import { SERVER_ORIGIN } from './origin.js'

/**
 * Rebuilds a read-only board from a session summary (an archived workshop):
 * dimensions, one cluster per recommendation with its text, the notes under
 * their anonymous authors, the dots as shown tallies, phase closed.
 *
 * Notes go through `ingestParticipant` like any phone's, so an imported
 * board obeys the same validation as a live one (and keeps its authors in
 * the private room, like a live one).
 */
export function boardFromSummary(board: Y.Doc, privateDoc: Y.Doc, summary: SessionSummary): void {
  const { workshop } = summary
  createBoard(
    board,
    {
      title: workshop.title,
      territory: workshop.territory,
      language: workshop.language,
      date: workshop.date,
      facilitator: workshop.facilitator,
      template: 'blank',
      dimensions: summary.dimensions.map(({ id, title, prompt }) => ({ id, title, prompt })),
    },
    SERVER_ORIGIN,
  )

  // One participant document per anonymous author, ingested as a phone's would be.
  const authors = new Map<string, Y.Doc>()
  const membership = new Map<string, string[]>()
  const clusterIds = new Map<string, string>()
  const tallies: Record<string, number> = {}
  const noteOf = (note: { id: string; text: string; author: string }, dimension: string) => {
    const doc = authors.get(note.author) ?? new Y.Doc()
    authors.set(note.author, doc)
    addOwnNote(doc, { id: note.id, text: note.text, dimension })
  }
  const clusterFor = (source: { id: string; title: string }, dimension: string) => {
    let id = clusterIds.get(source.id)
    if (!id) {
      id = createCluster(board, { title: source.title, dimension }, SERVER_ORIGIN)
      clusterIds.set(source.id, id)
    }
    return id
  }
  for (const dimension of summary.dimensions) {
    for (const recommendation of dimension.recommendations) {
      const id = clusterFor(
        { id: recommendation.clusterId, title: recommendation.title },
        dimension.id,
      )
      if (recommendation.text) setRecommendation(board, id, recommendation.text, SERVER_ORIGIN)
      if (recommendation.dots > 0) tallies[id] = recommendation.dots
      for (const note of recommendation.notes) noteOf(note, dimension.id)
      membership.set(
        id,
        recommendation.notes.map((n) => n.id),
      )
    }
    for (const note of dimension.unclustered) {
      noteOf(note, dimension.id)
      if (note.cluster) {
        const id = clusterFor(note.cluster, dimension.id)
        membership.set(id, [...(membership.get(id) ?? []), note.id])
      }
    }
  }
  for (const [author, doc] of authors)
    ingestParticipant(board, privateDoc, doc, author, SERVER_ORIGIN)
  for (const [clusterId, noteIds] of membership)
    moveToCluster(board, noteIds, clusterId, SERVER_ORIGIN)
  writeTallies(board.getMap(BOARD_MAPS.tallies), tallies, SERVER_ORIGIN)
  setShowTallies(board, true, SERVER_ORIGIN)
  setPhase(board, 'closed', SERVER_ORIGIN)
  for (const doc of authors.values()) doc.destroy()
}
