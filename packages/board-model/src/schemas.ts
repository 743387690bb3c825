import { z } from 'zod'
import { cleanName, cleanNoteText, isVoteCount, MAX_VOTES_PER_PARTICIPANT } from './rules.js'

export { ID_PATTERN, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_VOTES_PER_PARTICIPANT } from './rules.js'

/**
 * Runtime schemas for values that cross a trust boundary: what participants
 * write, what import files contain, what meta setters receive.
 */

/**
 * A note text: trimmed, NFC-normalised, 1..500 code points. Issue messages
 * are reason codes (`text-empty`, `text-too-long`).
 *
 * @example
 * noteTextSchema.parse('  Plus de SCIC  ') // 'Plus de SCIC'
 */
export const noteTextSchema = z.string().transform((s, ctx) => {
  const checked = cleanNoteText(s)
  if (checked.ok) return checked.value
  ctx.addIssue({ code: 'custom', message: checked.reason })
  return z.NEVER
})

/**
 * A note as a participant submits it.
 *
 * @example
 * participantNoteSchema.parse({ text: 'Idée', dimension: 'vision' })
 */
export const participantNoteSchema = z.object({
  text: noteTextSchema,
  dimension: z.string().min(1).max(64),
})

/**
 * A display name: trimmed, at most 40 code points; empty becomes null.
 *
 * @example
 * nameSchema.parse('  ') // null
 */
export const nameSchema = z
  .string()
  .nullable()
  .transform((s, ctx) => {
    const checked = cleanName(s)
    if (checked.ok) return checked.value
    ctx.addIssue({ code: 'custom', message: checked.reason })
    return z.NEVER
  })

/**
 * A vote count: a non-negative integer.
 *
 * @example
 * voteCountSchema.safeParse(-1).success // false
 */
export const voteCountSchema = z.number().refine(isVoteCount)

/**
 * A participant's votes: cluster id -> non-negative integer.
 *
 * @example
 * votesSchema.parse({ c1: 2, c2: 1 })
 */
export const votesSchema = z.record(z.string(), voteCountSchema)

/** The workshop phases. */
export const phaseSchema = z.enum(['collect', 'cluster', 'vote', 'synthesize', 'closed'])

/** The workshop languages. */
export const languageSchema = z.enum(['fr', 'en'])

/** Votes per participant: an integer in 1..99. */
export const votesPerParticipantSchema = z.number().int().min(1).max(MAX_VOTES_PER_PARTICIPANT)

/** An ISO calendar date, e.g. "2021-06-10". */
export const isoDateSchema = z.iso.date()

/**
 * The values of the board's meta map, as setters and imports accept them.
 *
 * @example
 * metaValuesSchema.partial().parse({ phase: 'vote', votesPerParticipant: 5 })
 */
export const metaValuesSchema = z.object({
  title: z.string().trim().min(1).max(200),
  territory: z.string().trim().max(200).nullable(),
  language: languageSchema,
  date: isoDateSchema,
  facilitator: z.string().trim().max(200).nullable(),
  phase: phaseSchema,
  votesPerParticipant: votesPerParticipantSchema,
  multipleDotsPerCluster: z.boolean(),
  silent: z.boolean(),
  locked: z.boolean(),
  showTallies: z.boolean(),
  focus: z.string().nullable(),
})

/** A canvas point: finite numbers. */
export const pointSchema = z.object({ x: z.number().finite(), y: z.number().finite() })

/** A cluster frame size: finite, non-negative. */
export const sizeSchema = z.object({ w: z.number().finite().min(0), h: z.number().finite().min(0) })
