import { describe, expect, it } from 'vitest'
import { planDrop } from './dropPlan'

const clusters = [
  { id: 'c1', dimension: 'vision', rect: { x: 0, y: 0, width: 500, height: 400 } },
  { id: 'c2', dimension: 'reseau', rect: { x: 1000, y: 0, width: 500, height: 400 } },
]

describe('planDrop', () => {
  it('moves a note into the cluster under it', () => {
    const plan = planDrop(
      [{ id: 'n1', dimension: 'vision', clusterId: null, at: { x: 50, y: 100 } }],
      clusters,
    )
    expect(plan.moves.get('c1')).toEqual(['n1'])
    expect(plan.positions.n1).toEqual({ x: 50, y: 100 })
  })

  it('takes a note out when dropped outside every cluster', () => {
    const plan = planDrop(
      [{ id: 'n1', dimension: 'vision', clusterId: 'c1', at: { x: 700, y: 700 } }],
      clusters,
    )
    expect(plan.moves.get(null)).toEqual(['n1'])
  })

  it('leaves membership alone when a note moves inside its own cluster', () => {
    const plan = planDrop(
      [{ id: 'n1', dimension: 'vision', clusterId: 'c1', at: { x: 100, y: 200 } }],
      clusters,
    )
    expect(plan.moves.size).toBe(0)
  })

  it('never puts a note into a cluster of another dimension', () => {
    const plan = planDrop(
      [{ id: 'n1', dimension: 'vision', clusterId: null, at: { x: 1100, y: 100 } }],
      clusters,
    )
    expect(plan.moves.size).toBe(0)
  })

  it('grows the cluster so a note dropped on its edge sits inside', () => {
    const plan = planDrop(
      [{ id: 'n1', dimension: 'vision', clusterId: null, at: { x: 380, y: 300 } }],
      clusters,
    )
    expect(plan.moves.get('c1')).toEqual(['n1'])
    const grown = plan.grown.c1!
    expect(grown.x + grown.width).toBeGreaterThanOrEqual(380 + 200)
    expect(grown.y + grown.height).toBeGreaterThanOrEqual(300 + 130)
  })
})
