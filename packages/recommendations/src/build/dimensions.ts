import type { SnapshotDimension } from '../snapshot.js'
import { compareCodeUnits } from './authors.js'

/**
 * The dimensions of a summary, in board order (`order`, then id), followed by
 * one stand-in for each dimension id that notes or clusters refer to but the
 * snapshot does not declare (a dimension deleted after notes were written).
 * The stand-in is titled with its id, so its notes are still exported rather
 * than silently lost.
 */
export function orderedDimensions(
  declared: readonly SnapshotDimension[],
  referenced: Iterable<string>,
): Pick<SnapshotDimension, 'id' | 'title' | 'prompt'>[] {
  const known = new Map<string, SnapshotDimension>()
  for (const dimension of declared) if (!known.has(dimension.id)) known.set(dimension.id, dimension)
  const ordered = [...known.values()].sort(
    (a, b) => a.order - b.order || compareCodeUnits(a.id, b.id),
  )
  const orphans = [...new Set(referenced)].filter((id) => !known.has(id)).sort(compareCodeUnits)
  return [
    ...ordered.map(({ id, title, prompt }) => ({ id, title, prompt })),
    ...orphans.map((id) => ({ id, title: id, prompt: '' })),
  ]
}
