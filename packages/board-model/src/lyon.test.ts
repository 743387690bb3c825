import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCluster, setRecommendation } from './commands/board/clusters.js'
import { setPhase } from './commands/board/meta.js'
import { addOwnNote } from './commands/participant/notes.js'
import { setName, setVote } from './commands/participant/profile.js'
import { createBoard } from './create-board.js'
import { ingestParticipant } from './ingest/ingest.js'
import { readBoard } from './read/board.js'
import { readParticipant } from './read/participant.js'
import { toBoardSnapshot } from './snapshot.js'
import { privateOf } from './test-support/boards.js'
import { lyon } from './test-support/lyon.js'
import { collectVotes, tallyVotes } from './votes.js'

// The Lyon workshop replayed through the real paths: phones write their own
// docs, the server ingests them, the facilitator clusters, the room votes.
function replayLyon() {
  const board = new Y.Doc()
  const { workshop } = lyon
  createBoard(board, { ...workshop, template: 'congress' }, 'server')
  const phones = new Map<string, Y.Doc>()
  for (const p of lyon.participants) {
    const phone = new Y.Doc()
    if (p.name) setName(phone, p.name)
    phones.set(p.id, phone)
  }
  lyon.notes.forEach((n, i) => {
    const phone = phones.get(n.participant)!
    addOwnNote(phone, { id: n.id, text: n.text, dimension: n.dimension })
    ingestParticipant(board, privateOf(board), phone, n.participant, 'server', { now: 1_000 + i })
  })
  for (const [pid, phone] of phones)
    ingestParticipant(board, privateOf(board), phone, pid, 'server', { now: 1 })
  setPhase(board, 'cluster', 'facilitator')
  for (const c of lyon.clusters) {
    const noteIds = lyon.notes.filter((n) => n.cluster === c.id).map((n) => n.id)
    createCluster(
      board,
      { id: c.id, title: c.title, dimension: c.dimension, noteIds },
      'facilitator',
    )
    if (c.recommendation) setRecommendation(board, c.id, c.recommendation, 'facilitator')
  }
  setPhase(board, 'vote', 'facilitator')
  for (const v of lyon.votes) setVote(phones.get(v.participant)!, v.cluster, v.count)
  for (const [pid, phone] of phones)
    ingestParticipant(board, privateOf(board), phone, pid, 'server')
  return { board, phones }
}

describe('the Lyon workshop, end to end', () => {
  const { board, phones } = replayLyon()
  const state = readBoard(board, privateOf(board))
  const ballots = new Map(Array.from(phones, ([pid, doc]) => [pid, readParticipant(doc).votes]))

  it('every note lands on the board once, with its author', () => {
    expect(Object.keys(state.notes)).toHaveLength(lyon.notes.length)
    for (const n of lyon.notes)
      expect(state.notes[n.id]).toMatchObject({ text: n.text.trim(), author: n.participant })
  })

  it("the facilitator's clusters are on the board", () => {
    const expected = Object.fromEntries(
      lyon.notes.filter((n) => n.cluster).map((n) => [n.id, n.cluster]),
    )
    expect(state.membership).toEqual(expected)
  })

  it('every vote of the dataset counts and nobody gets a receipt', () => {
    const key = (v: { participant: string; cluster: string }) => `${v.participant}/${v.cluster}`
    const sort = <T extends { participant: string; cluster: string }>(vs: T[]) =>
      [...vs].sort((a, b) => key(a).localeCompare(key(b)))
    expect(sort(collectVotes(state, ballots))).toEqual(sort(lyon.votes))
    for (const phone of phones.values()) expect(readParticipant(phone).receipts).toEqual({})
    const total = Object.values(tallyVotes(state, ballots)).reduce((a, b) => a + b, 0)
    expect(total).toBe(lyon.votes.reduce((a, v) => a + v.count, 0))
  })

  it('produces the BoardSnapshot the recommendations package expects', () => {
    const snapshot = toBoardSnapshot(state, collectVotes(state, ballots), { id: 'lyon' })
    expect(snapshot.workshop).toEqual({ id: 'lyon', ...lyon.workshop, participantCount: 38 })
    expect(snapshot.dimensions.map(({ id, title, prompt }) => ({ id, title, prompt }))).toEqual(
      lyon.dimensions,
    )
    expect(snapshot.notes.map((n) => n.id)).toEqual(lyon.notes.map((n) => n.id))
    expect(
      snapshot.clusters.map(({ id, dimension, title, recommendation }) => ({
        id,
        dimension,
        title,
        recommendation,
      })),
    ).toEqual(lyon.clusters.map((c) => ({ ...c, recommendation: c.recommendation ?? '' })))
    expect(snapshot.votes).toHaveLength(lyon.votes.length)
    // Plain data: survives JSON unchanged.
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot)
  })

  it('names reach the board; anonymous participants stay anonymous', () => {
    for (const p of lyon.participants) expect(state.participants[p.id]?.name).toBe(p.name)
  })
})
