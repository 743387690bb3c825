// What ingesting one note costs on a big board: 4,000 facilitator notes and
// 400 participants with 5 notes each, then every participant writes one
// more note and is ingested, as the server does after each phone update.
// Prints the mean and p99 per ingest, and what the walk over the board that
// the author index replaced costs by itself on the same board (the floor
// that ingest paid per note before). Run after `pnpm --filter @atelier/board-model build`:
//   node apps/server/bench/ingest-per-note.mjs [boardNotes]
import {
  addFacilitatorNote,
  addOwnNote,
  BOARD_MAPS,
  createBoard,
  ingestParticipant,
  PRIVATE_MAPS,
} from '@atelier/board-model'
import * as Y from 'yjs'

const BOARD_NOTES = Number(process.argv[2] ?? 4000)
const PARTICIPANTS = 400
const board = new Y.Doc()
createBoard(board, { title: 'Banc', template: 'congress', date: '2026-12-02' })
const privateDoc = new Y.Doc()
const dimension = [...board.getMap(BOARD_MAPS.dimensions).keys()][0] ?? 'vision'
board.transact(() => {
  for (let i = 0; i < BOARD_NOTES; i++) addFacilitatorNote(board, { text: `note ${i}`, dimension })
})
const phones = Array.from({ length: PARTICIPANTS }, () => new Y.Doc())
const ingest = (i) => ingestParticipant(board, privateDoc, phones[i], `p${i}`, 'server')
for (let round = 0; round < 5; round++)
  for (let i = 0; i < PARTICIPANTS; i++) {
    addOwnNote(phones[i], { id: `p${i}n${round}`, text: `idée ${round}`, dimension, createdAt: 1 })
    ingest(i)
  }

const spread = (samples) => {
  samples.sort((a, b) => a - b)
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length
  return `mean ${(mean * 1000).toFixed(0)} µs, p99 ${(samples[Math.floor(samples.length * 0.99)] * 1000).toFixed(0)} µs`
}
const perIngest = []
for (let i = 0; i < PARTICIPANTS; i++) {
  addOwnNote(phones[i], { id: `p${i}n9`, text: 'une de plus', dimension, createdAt: 2 })
  const started = performance.now()
  const report = ingest(i)
  perIngest.push(performance.now() - started)
  if (report.added.length !== 1)
    throw new Error(`note of p${i} not added: ${JSON.stringify(report.rejected)}`)
}
const notes = board.getMap(BOARD_MAPS.notes)
const authors = privateDoc.getMap(PRIVATE_MAPS.authors)
const perWalk = []
for (let i = 0; i < PARTICIPANTS; i++) {
  const started = performance.now()
  let mine = 0
  for (const [id, note] of notes.entries())
    if (note instanceof Y.Map && (authors.get(id) ?? note.get('author')) === `p${i}`) mine++
  perWalk.push(performance.now() - started)
  if (mine !== 6) throw new Error(`p${i} has ${mine} notes`)
}
console.log(`board of ${notes.size} notes, ${PARTICIPANTS} participants`)
console.log(`ingest of one new note: ${spread(perIngest)}`)
console.log(`the walk over the board alone (replaced by the index): ${spread(perWalk)}`)
