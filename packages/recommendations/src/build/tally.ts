import type { SnapshotVote } from '../snapshot.js'

export interface ClusterTally {
  dots: number
  voters: Set<string>
}

/**
 * Dots and distinct voters per cluster id. A vote whose count is not a
 * positive integer carries no dot and is ignored (the snapshot contract says
 * votes are already valid; this only keeps a bad one from poisoning totals).
 */
export function tallyVotes(votes: readonly SnapshotVote[]): Map<string, ClusterTally> {
  const tallies = new Map<string, ClusterTally>()
  for (const vote of votes) {
    if (!Number.isInteger(vote.count) || vote.count <= 0) continue
    let tally = tallies.get(vote.cluster)
    if (!tally) {
      tally = { dots: 0, voters: new Set() }
      tallies.set(vote.cluster, tally)
    }
    tally.dots += vote.count
    tally.voters.add(vote.participant)
  }
  return tallies
}
