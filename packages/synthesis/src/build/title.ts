import { normalize } from '@atelier/cluster-suggestions'

// A proposed group's title is one of its items' titles, never invented text:
// the title most items share (accents and case aside), ties going to the
// title whose items carry the most of their workshops' dots; shown as the
// best-supported item spelt it.

interface Titled {
  title: string
  exactShare: number
}

/** The title of a proposed group; empty when no item has one. */
export function proposedTitle(items: readonly Titled[]): string {
  const families = new Map<string, { count: number; share: number; best: Titled }>()
  for (const item of items) {
    const key = normalize(item.title)
    if (key === '') continue
    const family = families.get(key)
    if (!family) families.set(key, { count: 1, share: item.exactShare, best: item })
    else {
      family.count += 1
      family.share += item.exactShare
      if (item.exactShare > family.best.exactShare) family.best = item
    }
  }
  let winner: { count: number; share: number; best: Titled } | undefined
  let winnerKey = ''
  for (const [key, family] of families) {
    if (
      !winner ||
      family.count > winner.count ||
      (family.count === winner.count && family.share > winner.share) ||
      (family.count === winner.count && family.share === winner.share && key < winnerKey)
    ) {
      winner = family
      winnerKey = key
    }
  }
  return winner?.best.title.trim() ?? ''
}
