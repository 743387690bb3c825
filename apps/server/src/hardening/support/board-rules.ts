import { readBoard, readParticipant, readPrivateTallies } from '@atelier/board-model'
import type * as Y from 'yjs'

/** A phone as the rules see it: its participant id and its own document. */
export interface PhoneDoc {
  participantId: string
  own: Y.Doc
}

/**
 * The app's rules, as a list of broken ones (empty when the board is
 * coherent): membership only between notes and clusters of one dimension,
 * notes only in the board's dimensions, the focus on a cluster that exists,
 * the live tallies within the phones' dot budget and on clusters that exist,
 * and no phone note silently lost (each is on the board, deleted by the
 * facilitator, or answered with a receipt).
 */
export function brokenRules(board: Y.Doc, privateRoom: Y.Doc, phones: PhoneDoc[]): string[] {
  const state = readBoard(board)
  const broken: string[] = []
  const dimensions = new Set(state.dimensions.map((d) => d.id))
  for (const [noteId, clusterId] of Object.entries(state.membership)) {
    const note = state.notes[noteId]
    const cluster = state.clusters[clusterId]
    if (!note || !cluster) broken.push(`membership ${noteId} -> ${clusterId} dangles`)
    else if (note.dimension !== cluster.dimension)
      broken.push(
        `note ${noteId} (${note.dimension}) in cluster ${clusterId} (${cluster.dimension})`,
      )
  }
  for (const note of Object.values(state.notes))
    if (!dimensions.has(note.dimension)) broken.push(`note ${note.id} in unknown ${note.dimension}`)
  if (state.meta.focus !== null && !state.clusters[state.meta.focus])
    broken.push(`focus on missing cluster ${state.meta.focus}`)

  const tallies = readPrivateTallies(privateRoom)
  const spent = Object.values(tallies).reduce((sum, n) => sum + n, 0)
  const budget = phones.length * state.meta.votesPerParticipant
  if (spent > budget) broken.push(`${spent} dots tallied, budget ${budget}`)
  for (const clusterId of Object.keys(tallies))
    if (tallies[clusterId]! > 0 && !state.clusters[clusterId])
      broken.push(`dots tallied on missing cluster ${clusterId}`)

  const deleted = board.getMap('deletedNotes')
  for (const phone of phones) {
    const { notes, receipts } = readParticipant(phone.own)
    for (const noteId of Object.keys(notes)) {
      if (state.notes[noteId] || deleted.has(noteId) || receipts[noteId]) continue
      broken.push(`note ${noteId} of ${phone.participantId} neither on the board nor answered`)
    }
  }
  return broken
}
