import type * as Y from 'yjs'
import { count } from './read/values.js'
import { REASONS, type ReasonCode } from './reasons.js'
import type { BoardState, Phase, Vote } from './types.js'

// Pure vote counting. Nothing here reads a Y.Doc: the server feeds it
// `readBoard(board)` and `readParticipant(doc).votes` and gets numbers back.

/** Phases in which participants' votes are counted. */
export const COUNTED_PHASES: readonly Phase[] = ['vote', 'synthesize', 'closed']

/** What vote judging needs from the board: `readBoard(doc)` satisfies it. */
export type VoteContext = Pick<BoardState, 'meta' | 'clusters' | 'participants'>

/** The verdict on one requested vote. `reason` is null when fully counted. */
export interface VoteJudgement {
  cluster: string
  requested: unknown
  counted: number
  reason: ReasonCode | null
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Judges every non-zero vote of a participant: phase, removal, count type,
 * unknown cluster, one-dot mode, then the budget, spent on clusters in id
 * order (code-unit order) so the cut is deterministic.
 *
 * @example
 * judgeVotes(state, 'p1', { c1: 4, c2: 3 }) // with a budget of 5:
 * // [{ cluster: 'c1', counted: 4, reason: null, ... }, { cluster: 'c2', counted: 1, reason: 'over-budget', ... }]
 */
export function judgeVotes(
  state: VoteContext,
  participantId: string,
  votes: Record<string, unknown>,
): VoteJudgement[] {
  const { meta } = state
  const blanket: ReasonCode | null = state.participants[participantId]?.removed
    ? REASONS.participantRemoved
    : COUNTED_PHASES.includes(meta.phase)
      ? null
      : REASONS.votingClosed
  let budget = Math.max(0, Math.floor(meta.votesPerParticipant))
  const out: VoteJudgement[] = []
  for (const cluster of Object.keys(votes).sort(byCodeUnit)) {
    const requested = votes[cluster]
    const n = count(requested)
    if (n === 0) continue
    const reject = (reason: ReasonCode) => out.push({ cluster, requested, counted: 0, reason })
    if (blanket) reject(blanket)
    else if (n === null) reject(REASONS.invalidCount)
    else if (!state.clusters[cluster]) reject(REASONS.unknownCluster)
    else {
      let reason: ReasonCode | null = null
      let wanted = n
      if (!meta.multipleDotsPerCluster && wanted > 1) {
        wanted = 1
        reason = REASONS.oneDotPerCluster
      }
      const counted = Math.min(wanted, budget)
      if (counted < wanted) reason = REASONS.overBudget
      budget -= counted
      out.push({ cluster, requested, counted, reason })
    }
  }
  return out
}

/**
 * The votes of one participant that count, as `{ cluster, count }` with
 * count > 0, in cluster id order.
 *
 * @example
 * validVotes(state, 'p1', { c1: 2, gone: 1 }) // [{ cluster: 'c1', count: 2 }]
 */
export function validVotes(
  state: VoteContext,
  participantId: string,
  votes: Record<string, unknown>,
): { cluster: string; count: number }[] {
  return judgeVotes(state, participantId, votes)
    .filter((j) => j.counted > 0)
    .map((j) => ({ cluster: j.cluster, count: j.counted }))
}

/**
 * Every valid vote of every participant, in the shape of `BoardSnapshot.votes`.
 * Removed participants are left out.
 *
 * @example
 * toBoardSnapshot(state, collectVotes(state, ballots), { id: 'ws42' })
 */
export function collectVotes(
  state: VoteContext,
  perParticipant: ReadonlyMap<string, Record<string, unknown>>,
): Vote[] {
  const out: Vote[] = []
  const ids = Array.from(perParticipant.keys()).sort(byCodeUnit)
  for (const participant of ids) {
    for (const v of validVotes(state, participant, perParticipant.get(participant) ?? {}))
      out.push({ participant, ...v })
  }
  return out
}

/**
 * Dots per cluster over all current (not removed) participants. Clusters
 * without dots are absent (read absent as 0).
 *
 * @example
 * tallyVotes(state, new Map([['p1', { c1: 2 }], ['p2', { c1: 1 }]])) // { c1: 3 }
 */
export function tallyVotes(
  state: VoteContext,
  perParticipant: ReadonlyMap<string, Record<string, unknown>>,
): Record<string, number> {
  const tallies: Record<string, number> = {}
  for (const v of collectVotes(state, perParticipant))
    tallies[v.cluster] = (tallies[v.cluster] ?? 0) + v.count
  return tallies
}

/** How far the vote has got: `voted` of `participants` have at least one dot that counts. */
export interface VoteProgress {
  voted: number
  participants: number
}

/**
 * Vote progress for the facilitator ("23 / 38 ont voté"). The denominator is
 * the participants registered on the board and not removed, not the phones
 * connected right now: phones sleep while people think, and a ratio that
 * jumps with screen locks would say nothing. A participant counts as having
 * voted once one of their dots counts (see `validVotes`).
 *
 * @example
 * voteProgress(state, new Map([['p1', { c1: 1 }]])) // { voted: 1, participants: 38 }
 */
export function voteProgress(
  state: VoteContext,
  perParticipant: ReadonlyMap<string, Record<string, unknown>>,
): VoteProgress {
  const voters = new Set(collectVotes(state, perParticipant).map((v) => v.participant))
  let participants = 0
  let voted = 0
  for (const p of Object.values(state.participants)) {
    if (p.removed) continue
    participants++
    if (voters.has(p.id)) voted++
  }
  return { voted, participants }
}

/**
 * Makes a tallies map (the private room's, or the board's while
 * `showTallies`) equal to `tallies`, writing only the differences, in one
 * transaction.
 *
 * @example
 * writeTallies(privateDoc.getMap(PRIVATE_MAPS.tallies), tallyVotes(state, ballots), 'server')
 */
export function writeTallies(
  map: Y.Map<unknown>,
  tallies: Record<string, number>,
  origin?: unknown,
): void {
  const apply = () => {
    for (const key of Array.from(map.keys())) if (!(key in tallies)) map.delete(key)
    for (const [key, n] of Object.entries(tallies)) if (map.get(key) !== n) map.set(key, n)
  }
  if (map.doc) map.doc.transact(apply, origin)
  else apply()
}
