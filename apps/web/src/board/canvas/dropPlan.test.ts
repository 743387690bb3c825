import { describe, expect, it } from 'vitest'
import { planDrop } from './dropPlan'

const clusters = [
  { id: 'c1', dimension: 'vision', rect: { x: 0, y: 0, width: 500, height: 400 } },
  { id: 'c2', dimension: 'reseau', rect: { x: 1000, y: 0, width: 500, height: 400 } },
]
const notes = [
  { id: 'loose', dimension: 'vision', clusterId: null, x: 0, y: 1000 },
  { id: 'inC1', dimension: 'vision', clusterId: 'c1', x: 16, y: 52 },
  { id: 'other', dimension: 'reseau', clusterId: null, x: 1000, y: 1000 },
]
const drop = (
  at: { x: number; y: number },
  dimension = 'vision',
  clusterId: string | null = null,
) => planDrop([{ id: 'n1', dimension, clusterId, at }], clusters, notes)

describe('planDrop', () => {
  it('a note onto a loose note of its dimension makes a new cluster of both', () => {
    expect(drop({ x: 30, y: 1020 })).toMatchObject({
      kind: 'stack',
      onto: 'loose',
      dimension: 'vision',
    })
  })

  it('a note onto a clustered note joins that note’s cluster', () => {
    expect(drop({ x: 40, y: 70 })).toMatchObject({ kind: 'join', clusterId: 'c1' })
  })

  it('a note into a cluster’s free space joins it', () => {
    expect(drop({ x: 280, y: 200 })).toMatchObject({ kind: 'join', clusterId: 'c1' })
  })

  it('refuses a note or a cluster of another dimension, saying which', () => {
    expect(drop({ x: 1010, y: 1010 })).toMatchObject({
      kind: 'refused',
      reason: 'other-dimension',
      dimension: 'reseau',
    })
    expect(drop({ x: 1100, y: 100 })).toMatchObject({ kind: 'refused', dimension: 'reseau' })
  })

  it('refuses a mixed selection onto a note of one of its dimensions', () => {
    const plan = planDrop(
      [
        { id: 'n1', dimension: 'vision', clusterId: null, at: { x: 30, y: 1020 } },
        { id: 'n2', dimension: 'reseau', clusterId: null, at: { x: 250, y: 1020 } },
      ],
      clusters,
      notes,
    )
    expect(plan.kind).toBe('refused')
  })

  it('elsewhere the notes are placed where they were let go', () => {
    const plan = drop({ x: 700, y: 700 }, 'vision', 'c1')
    expect(plan).toEqual({ kind: 'place', positions: { n1: { x: 700, y: 700 } } })
  })

  it('never lands a dragged note on itself', () => {
    const plan = planDrop(
      [{ id: 'loose', dimension: 'vision', clusterId: null, at: { x: 5, y: 1005 } }],
      clusters,
      notes,
    )
    expect(plan.kind).toBe('place')
  })
})
