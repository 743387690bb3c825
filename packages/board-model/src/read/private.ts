import type * as Y from 'yjs'
import { PRIVATE_MAPS } from '../layout.js'
import type { VoteProgress } from '../votes.js'
import { count } from './values.js'

/**
 * Live dot counts per cluster from the private room (`<workshopId>:private`),
 * which the server keeps current during the vote whether or not the board
 * shows tallies. Malformed entries are skipped; absent means 0.
 *
 * @example
 * readPrivateTallies(privateDoc)['c1'] // 4 | undefined
 */
export function readPrivateTallies(doc: Y.Doc): Record<string, number> {
  const tallies: Record<string, number> = {}
  for (const [id, v] of doc.getMap<unknown>(PRIVATE_MAPS.tallies).entries()) {
    const n = count(v)
    if (n !== null) tallies[id] = n
  }
  return tallies
}

/**
 * Vote progress from the private room: how many participants have spent at
 * least one dot that counts, out of the participants on the board (not
 * removed). Null until the server has written it.
 *
 * @example
 * readVoteProgress(privateDoc) // { voted: 23, participants: 38 }
 */
export function readVoteProgress(doc: Y.Doc): VoteProgress | null {
  const map = doc.getMap<unknown>(PRIVATE_MAPS.progress)
  const voted = count(map.get('voted'))
  const participants = count(map.get('participants'))
  if (voted === null || participants === null) return null
  return { voted, participants }
}
