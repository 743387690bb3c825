import type * as Y from 'yjs'
import { PRIVATE_MAPS } from '../layout.js'
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
