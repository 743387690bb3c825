import * as Y from 'yjs'
import { BoardModelError } from '../../errors.js'
import { newTimerMap } from '../../migrations.js'
import { readTimer } from '../../read/board.js'
import { timerRemaining } from '../../timer.js'
import type { TimerState } from '../../types.js'
import { metaMap, put } from './maps.js'

const MINUTE = 60_000

function writeTimer(doc: Y.Doc, next: TimerState, origin: unknown): void {
  doc.transact(() => {
    const meta = metaMap(doc)
    let timer = meta.get('timer')
    if (!(timer instanceof Y.Map)) {
      timer = newTimerMap()
      meta.set('timer', timer)
    }
    const map = timer as Y.Map<unknown>
    put(map, 'endsAt', next.endsAt)
    put(map, 'remainingMs', next.remainingMs)
    put(map, 'durationMs', next.durationMs)
  }, origin)
}

/**
 * Starts (or restarts) the countdown for `durationMs` from a server time.
 *
 * @example
 * startTimer(board, 5 * 60_000, serverNow())
 */
export function startTimer(
  doc: Y.Doc,
  durationMs: number,
  nowServerMs: number,
  origin?: unknown,
): void {
  if (!Number.isFinite(durationMs) || durationMs <= 0) throw new BoardModelError('invalid-duration')
  writeTimer(doc, { endsAt: nowServerMs + durationMs, remainingMs: null, durationMs }, origin)
}

/**
 * Pauses a running countdown, keeping what is left. No-op otherwise.
 *
 * @example
 * pauseTimer(board, serverNow())
 */
export function pauseTimer(doc: Y.Doc, nowServerMs: number, origin?: unknown): void {
  const t = readTimer(doc)
  if (t.endsAt === null) return
  writeTimer(doc, { ...t, endsAt: null, remainingMs: timerRemaining(t, nowServerMs) }, origin)
}

/**
 * Resumes a paused countdown. No-op otherwise.
 *
 * @example
 * resumeTimer(board, serverNow())
 */
export function resumeTimer(doc: Y.Doc, nowServerMs: number, origin?: unknown): void {
  const t = readTimer(doc)
  if (t.endsAt !== null || t.remainingMs === null) return
  writeTimer(doc, { ...t, endsAt: nowServerMs + t.remainingMs, remainingMs: null }, origin)
}

/**
 * Adds one minute: to the time left when running or paused; an expired or
 * idle timer starts a fresh one-minute countdown.
 *
 * @example
 * addMinute(board, serverNow())
 */
export function addMinute(doc: Y.Doc, nowServerMs: number, origin?: unknown): void {
  const t = readTimer(doc)
  const duration = (t.durationMs ?? 0) + MINUTE
  if (t.endsAt !== null && t.endsAt > nowServerMs)
    writeTimer(doc, { ...t, endsAt: t.endsAt + MINUTE, durationMs: duration }, origin)
  else if (t.endsAt === null && t.remainingMs !== null)
    writeTimer(doc, { ...t, remainingMs: t.remainingMs + MINUTE, durationMs: duration }, origin)
  else startTimer(doc, MINUTE, nowServerMs, origin)
}

/**
 * Stops the countdown and clears it.
 *
 * @example
 * resetTimer(board)
 */
export function resetTimer(doc: Y.Doc, origin?: unknown): void {
  writeTimer(doc, { endsAt: null, remainingMs: null, durationMs: null }, origin)
}
