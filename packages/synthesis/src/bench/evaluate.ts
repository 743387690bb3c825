import { adjustedRandIndex } from '@atelier/cluster-suggestions'
import type { Synthesis } from '../schema.js'

// Grouping quality: the adjusted Rand index of the proposed groups against
// groups made by hand. In every benchmark campaign the hand-made truth is
// known by construction: items that come from the same cluster of the Lyon
// workshop (split between territories, or rebuilt into unseen workshops) say
// the same thing and belong together; everything else apart. Every item
// counts, singletons included; ARI is computed over all dimensions at once
// (a group never spans dimensions, so this weighs them by their items).

/** ARI of the synthesis' groups against "same Lyon cluster id, same dimension". */
export function groupingAri(s: Synthesis): number {
  const truth: string[] = []
  const proposed: string[] = []
  for (const d of s.dimensions) {
    for (const g of d.groups) {
      for (const item of g.items) {
        truth.push(`${d.id}/${item.clusterId}`)
        proposed.push(g.id)
      }
    }
  }
  return adjustedRandIndex(truth, proposed)
}
