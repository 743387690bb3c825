import { describe, expect, it } from 'vitest'
import { analyze } from './analyze.js'
import { leaveOneDimensionOut, scoreSuggestions } from './evaluate.js'
import { findNearDuplicates } from './near-duplicates.js'
import { suggestClusters } from './suggest-clusters.js'
import { lyonNotes } from './test-support/lyon.js'

// Regression floors a little below what the defaults reach on the Lyon 2021
// workshop (overall 0.58, efficacité 0.50, réseau 0.62, vision 0.52; the
// leave-one-dimension-out estimate 0.57). See bench/bench.mjs for the figures.
const THRESHOLD_GRID = [0.05, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3, 0.35, 0.4]

describe('suggestClusters on the Lyon workshop', () => {
  it('agrees with the facilitator well above chance', () => {
    const score = scoreSuggestions(lyonNotes)
    expect(score.overall).toBeGreaterThan(0.55)
    expect(score.perDimension.efficacite).toBeGreaterThan(0.45)
    expect(score.perDimension.reseau).toBeGreaterThan(0.57)
    expect(score.perDimension.vision).toBeGreaterThan(0.47)
  })

  it('keeps its agreement when the threshold is tuned without the scored dimension', () => {
    expect(leaveOneDimensionOut(lyonNotes, THRESHOLD_GRID).overall).toBeGreaterThan(0.53)
  })

  it('proposes usable groups: within a dimension, titled, each note once', () => {
    const proposals = suggestClusters(lyonNotes)
    const ids = proposals.flatMap((p) => p.noteIds)
    expect(new Set(ids).size).toBe(ids.length)
    const dimensionOf = new Map(lyonNotes.map((n) => [n.id, n.dimension]))
    for (const p of proposals) {
      expect(p.noteIds.every((id) => dimensionOf.get(id) === p.dimension)).toBe(true)
      expect(p.title).toMatch(/^\S/)
      expect(p.title.split(' ').length).toBeLessThanOrEqual(6)
    }
    // Neither everything in one heap nor nothing: the facilitator made 21 clusters.
    expect(proposals.length).toBeGreaterThanOrEqual(12)
    expect(proposals.length).toBeLessThanOrEqual(40)
  })
})

describe('findNearDuplicates on the Lyon workshop', () => {
  const pairs = findNearDuplicates(lyonNotes)
  const keysOf = new Map(
    lyonNotes.map((n) => [
      n.id,
      new Set(
        analyze(n.text)
          .filter((t) => !t.stop)
          .map((t) => t.key),
      ),
    ]),
  )

  it('finds the notes that are plainly written twice', () => {
    // "garder sa veste de citoyen dans l'entreprise" / "Garder sa veste de citoyen engagé ..."
    expect(pairs).toContainEqual(['n034', 'n047'])
    // "Former les nouveaux associés dès leur arrivée" / "formation des nouveaux associes des l'embauche"
    expect(pairs).toContainEqual(['n071', 'n092'])
  })

  it('reports few pairs, each sharing most of its words', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(2)
    expect(pairs.length).toBeLessThanOrEqual(10)
    for (const [a, b] of pairs) {
      const ka = keysOf.get(a)!
      const kb = keysOf.get(b)!
      const shared = [...ka].filter((k) => kb.has(k)).length
      // Jaccard over matching keys, independent of the TF-IDF weighting used to find them.
      expect(shared / new Set([...ka, ...kb]).size).toBeGreaterThanOrEqual(0.3)
    }
  })
})
