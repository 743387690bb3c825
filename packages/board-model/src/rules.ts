import { REASONS, type ReasonCode } from './reasons.js'

// The content rules a phone checks before sending and the server checks on
// ingest, as plain functions. No zod here on purpose: phones import the
// participant commands, and these rules are all they need of validation
// (zod is ~25 KB gzipped of a phone's bundle). `schemas.ts` builds the zod
// edge schemas on these same functions, so there is one rule, not two.

/** Longest note, in code points after trimming. */
export const MAX_NOTE_LENGTH = 500

/** Longest display name, in code points after trimming. */
export const MAX_NAME_LENGTH = 40

/** Most dots a facilitator may give each participant. */
export const MAX_VOTES_PER_PARTICIPANT = 99

/** Ids written by participants (note ids): url-safe, 1..64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

const codePoints = (s: string): number => Array.from(s).length

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: ReasonCode }

/**
 * A note's text as stored: NFC, trimmed, 1..500 code points.
 *
 * @example
 * cleanNoteText('  Mutualiser  ') // { ok: true, value: 'Mutualiser' }
 * cleanNoteText('   ')            // { ok: false, reason: 'text-empty' }
 */
export function cleanNoteText(text: string): Checked<string> {
  const value = text.normalize('NFC').trim()
  if (value.length === 0) return { ok: false, reason: REASONS.textEmpty }
  if (codePoints(value) > MAX_NOTE_LENGTH) return { ok: false, reason: REASONS.textTooLong }
  return { ok: true, value }
}

/**
 * A display name as stored: NFC, trimmed, at most 40 code points; empty or
 * null means anonymous (null).
 *
 * @example
 * cleanName(' Amandine ') // { ok: true, value: 'Amandine' }
 */
export function cleanName(name: string | null): Checked<string | null> {
  if (name === null) return { ok: true, value: null }
  const value = name.normalize('NFC').trim()
  if (codePoints(value) > MAX_NAME_LENGTH) return { ok: false, reason: REASONS.nameTooLong }
  return { ok: true, value: value === '' ? null : value }
}

/** A vote count: a non-negative integer. */
export function isVoteCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}
