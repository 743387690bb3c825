import type { NoteInput } from './options.js'

/** Plain UTF-16 order: the same on every device, unlike `localeCompare`. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Notes sorted by id: everything downstream works on this order, which is what
 * makes the results independent of the order the board handed the notes in.
 * Ids must be unique, or that guarantee (and the result's meaning) is lost.
 */
export function sortById<T extends NoteInput>(notes: readonly T[]): T[] {
  const sorted = [...notes].sort((a, b) => byCodeUnit(a.id, b.id))
  sorted.forEach((note, i) => {
    if (i > 0 && sorted[i - 1]!.id === note.id)
      throw new RangeError(`duplicate note id: ${note.id}`)
  })
  return sorted
}
