import type { ActionContext } from './types'

/** The one dimension of the selected notes, or null when they span several (no cluster then). */
export function selectionDimension({ store, selection }: ActionContext): string | null {
  const dimensions = new Set(selection.list().map((id) => store.note(id)?.dimension))
  const [only] = dimensions
  return dimensions.size === 1 && only ? only : null
}
