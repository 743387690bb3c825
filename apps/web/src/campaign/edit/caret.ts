/** One op of a Y.Text change (`event.delta`). */
export interface DeltaOp {
  retain?: number
  insert?: unknown
  delete?: number
}

/**
 * Where a caret at `position` ends up after a remote change `delta`: text
 * inserted before it pushes it on, text deleted before it pulls it back;
 * another's insertion exactly at the caret lands after it (the typist's
 * next letters stay where they were going).
 */
export function moveThrough(position: number, delta: readonly DeltaOp[]): number {
  let index = 0
  let result = position
  for (const op of delta) {
    if (op.retain !== undefined) {
      index += op.retain
    } else if (typeof op.insert === 'string') {
      if (index < position) result += op.insert.length
      index += op.insert.length
    } else if (op.delete !== undefined) {
      if (index < position) result -= Math.min(op.delete, position - index)
    }
    if (index >= position && op.retain !== undefined) break
  }
  return Math.max(0, result)
}
