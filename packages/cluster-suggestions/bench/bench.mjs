// Benchmark: agreement with the facilitator on the Lyon workshop, and speed.
// Run with `pnpm --filter @atelier/cluster-suggestions run bench` (builds dist first).
//
// ARI convention (see src/evaluate.ts): every note counts; a note in no
// proposal is its own cluster, and so is a note the facilitator left
// unclustered. "Overall" is one ARI over all notes.

import { readFileSync } from 'node:fs'
import { bestThreshold, leaveOneDimensionOut, scoreSuggestions } from '../dist/evaluate.js'
import { findNearDuplicates, suggestClusters } from '../dist/index.js'
import { syntheticNotes } from './synthetic.mjs'

const DATASET = new URL('../../fixtures/workshops/workshop-lyon.json', import.meta.url)
const notes = JSON.parse(readFileSync(DATASET, 'utf8')).notes
const GRID = [0.01, 0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3, 0.35, 0.4]

const fmt = (x) => x.toFixed(3)
const row = (label, score) =>
  console.log(
    `${label.padEnd(44)} overall ${fmt(score.overall)}  ${Object.entries(score.perDimension)
      .map(([d, v]) => `${d} ${fmt(v)}`)
      .join('  ')}`,
  )

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timeIt(input, runs) {
  const times = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    suggestClusters(input)
    times.push(performance.now() - start)
  }
  return median(times)
}

// Timing first, on a cold process: the first call pays for JIT and lexicon tables.
const coldStart = performance.now()
suggestClusters(notes)
const lyonCold = performance.now() - coldStart
const lyonWarm = timeIt(notes, 20)
const synthetic = syntheticNotes(notes, 2000)
const bigWarm = timeIt(synthetic, 5)
const oneColumn = synthetic.map((note) => ({ ...note, dimension: 'all' }))
const oneColumnWarm = timeIt(oneColumn, 3)

const clusters = new Set(notes.map((n) => n.cluster).filter((c) => c !== null))
const unclustered = notes.filter((n) => n.cluster === null).length
console.log(
  `Lyon workshop: ${notes.length} notes, ${clusters.size} clusters, ${unclustered} unclustered\n`,
)
console.log('Adjusted Rand index against the facilitator')
row('defaults (threshold 0.2, words+themes+trigrams)', scoreSuggestions(notes))
const lodo = leaveOneDimensionOut(notes, GRID)
row('threshold tuned leaving the dimension out', lodo)
console.log(`${''.padEnd(44)} thresholds ${JSON.stringify(lodo.thresholds)}`)
const lexical = { weights: { themes: 0 } }
const lexicalBest = bestThreshold(notes, GRID, lexical)
row(
  `no domain themes, best threshold ${lexicalBest}`,
  scoreSuggestions(notes, { ...lexical, threshold: lexicalBest }),
)
row('no domain themes, leave-one-dimension-out', leaveOneDimensionOut(notes, GRID, lexical))

console.log(
  `\nNear-duplicate pairs (within a dimension): ${JSON.stringify(findNearDuplicates(notes))}`,
)

console.log('\nTime of suggestClusters (median of warm runs)')
console.log(
  `  Lyon, ${notes.length} notes: first call ${lyonCold.toFixed(1)} ms, warm ${lyonWarm.toFixed(1)} ms`,
)
console.log(
  `  synthetic, ${synthetic.length} notes in 3 dimensions: ${bigWarm.toFixed(1)} ms ` +
    `(x${(bigWarm / lyonWarm).toFixed(1)} the Lyon time for x${(synthetic.length / notes.length).toFixed(1)} the notes)`,
)
console.log(
  `  synthetic, ${oneColumn.length} notes in 1 dimension: ${oneColumnWarm.toFixed(1)} ms ` +
    `(x${(oneColumnWarm / lyonWarm).toFixed(1)}; the pairwise step is quadratic per dimension)`,
)
