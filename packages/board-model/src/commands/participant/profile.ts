import type * as Y from 'yjs'
import { BoardModelError } from '../../errors.js'
import { PARTICIPANT_MAPS, RECEIPT_KEYS } from '../../layout.js'
import { cleanName, isVoteCount } from '../../rules.js'

/**
 * Sets how many dots the participant puts on a cluster; 0 removes the vote.
 * Throws `BoardModelError('invalid-count')` for negative or fractional counts.
 * The server decides what counts (phase, budget, cluster) and answers with
 * receipts under `vote:<clusterId>`.
 *
 * @example
 * setVote(myDoc, 'c12', 2)
 */
export function setVote(doc: Y.Doc, clusterId: string, count: number, origin?: unknown): void {
  if (!isVoteCount(count)) throw new BoardModelError('invalid-count')
  const votes = doc.getMap<number>(PARTICIPANT_MAPS.votes)
  if ((votes.get(clusterId) ?? 0) === count) return
  doc.transact(() => {
    if (count === 0) votes.delete(clusterId)
    else votes.set(clusterId, count)
  }, origin)
}

/**
 * Sets the participant's display name (trimmed; empty or null = anonymous).
 * Throws `BoardModelError('name-too-long')` past 40 characters.
 *
 * @example
 * setName(myDoc, 'Amandine')
 */
export function setName(doc: Y.Doc, name: string | null, origin?: unknown): void {
  const checked = cleanName(name)
  if (!checked.ok) throw new BoardModelError(checked.reason)
  const profile = doc.getMap<unknown>(PARTICIPANT_MAPS.profile)
  if ((profile.get('name') ?? null) === checked.value) return
  doc.transact(() => profile.set('name', checked.value), origin)
}

/**
 * The key of the receipt that tells a participant about their vote on a cluster.
 *
 * @example
 * readParticipant(myDoc).receipts[voteReceiptKey('c12')]?.reason // 'over-budget'
 */
export function voteReceiptKey(clusterId: string): string {
  return `${RECEIPT_KEYS.votePrefix}${clusterId}`
}
