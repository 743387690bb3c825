import type * as Y from 'yjs'
import { readTimer } from '../../read/board.js'
import { phaseSchema } from '../../schemas.js'
import { timerStatus } from '../../timer.js'
import type { Phase } from '../../types.js'
import { setPhase } from './meta.js'
import { resetTimer } from './timer.js'

/**
 * Moves the room to a phase, as the facilitator's phase control does: in the
 * same transaction a countdown that has run out is cleared, because "time is
 * up" belongs to the step that just ended and must not linger on every screen.
 * A running or paused countdown is kept (the facilitator may be back in a moment).
 *
 * @example
 * changePhase(board, 'vote', serverNow(), 'facilitator')
 */
export function changePhase(doc: Y.Doc, phase: Phase, nowServerMs: number, origin?: unknown): void {
  const next = phaseSchema.parse(phase)
  doc.transact(() => {
    setPhase(doc, next, origin)
    if (timerStatus(readTimer(doc), nowServerMs) === 'expired') resetTimer(doc, origin)
  }, origin)
}
