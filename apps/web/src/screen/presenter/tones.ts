import type { Dimension } from '../../model'

// Projector colours per dimension: a pale card with a strong edge, so the
// grouping survives a washed-out projector (pastels alone vanish).
const TONES = [
  { card: '#fff3b8', edge: '#b58a00' },
  { card: '#d6e9ff', edge: '#2a62a8' },
  { card: '#d9f2d3', edge: '#2f7d32' },
  { card: '#ffdbe4', edge: '#b03a5b' },
] as const

export type Tone = (typeof TONES)[number]

/** The tone of each dimension, by its place in the board's order. */
export function dimensionTones(dimensions: readonly Dimension[]): Map<string, Tone> {
  return new Map(dimensions.map((d, i) => [d.id, TONES[i % TONES.length]!]))
}
