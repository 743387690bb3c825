import { z } from 'zod'
import { checkSummaryConsistency } from './consistency.js'
import { SUMMARY_VERSION } from './version.js'

// The session summary, version 1. Field order here is the key order of every
// JSON export (renderJson re-parses through this schema), so reorder only
// with a version bump. docs/summary.md explains each field; the descriptions
// below end up in docs/summary.schema.json.

const count = () => z.int().nonnegative()
const share = () => z.number().min(0).max(1)

/** A visible note as it appears in a summary: no participant id, no name. */
export const SummaryNoteSchema = z.object({
  id: z.string().min(1).describe('Note id on the board.'),
  text: z.string().describe('What the participant wrote, verbatim (never rewritten or trimmed).'),
  author: z
    .string()
    .min(1)
    .describe(
      'Anonymous author id ("P01", "P02", ...) numbered by each author\'s first note in time order. Stable within a session; meaningless across sessions.',
    ),
})

export const UnclusteredNoteSchema = SummaryNoteSchema.extend({
  cluster: z
    .object({ id: z.string(), title: z.string() })
    .nullable()
    .describe(
      'The miscellaneous cluster ("Divers", "Misc", untitled...) the note was filed under, or null when it was never clustered.',
    ),
})

export const RecommendationSchema = z.object({
  rank: z
    .int()
    .positive()
    .describe(
      '1 = most supported in its dimension. Unique: ties are broken (see docs/summary.md).',
    ),
  clusterId: z.string().min(1),
  title: z.string().describe('Cluster title given by the facilitator; may be empty.'),
  text: z.string().describe("The facilitator's recommendation text; empty when none was written."),
  dots: count().describe('Dots (votes) cast on this recommendation.'),
  shareOfDimension: share().describe(
    'dots / dots of all recommendations of the same dimension; 0 when the dimension has none. Rounded to 4 decimals.',
  ),
  shareOfSession: share().describe(
    'dots / totals.dotsOnRecommendations (all dimensions); 0 when there are none. Rounded to 4 decimals.',
  ),
  voters: count().describe('Distinct participants who put at least one dot on it.'),
  notes: z.array(SummaryNoteSchema).describe('Supporting notes, oldest first.'),
})

export const SummaryDimensionSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  prompt: z.string(),
  dots: count().describe("Sum of the dots of this dimension's recommendations."),
  recommendations: z.array(RecommendationSchema).describe('In rank order.'),
  unclustered: z
    .array(UnclusteredNoteSchema)
    .describe(
      'Visible notes supporting no recommendation, oldest first. Kept so nothing said is lost.',
    ),
})

export const SummaryWorkshopSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  territory: z.string().nullable(),
  date: z.iso.date().describe('Date of the session, YYYY-MM-DD.'),
  facilitator: z.string().nullable(),
  language: z
    .enum(['fr', 'en'])
    .describe('Language of the workshop; renderers pick their labels from it.'),
  participantCount: count(),
})

export const SummaryTotalsSchema = z.object({
  notes: count().describe('Visible notes in this summary = supportingNotes + unclusteredNotes.'),
  supportingNotes: count(),
  unclusteredNotes: count(),
  hiddenNotes: count().describe(
    'Notes hidden by moderation: excluded from the summary, only counted.',
  ),
  participants: count().describe('workshop.participantCount, as the board counted people.'),
  contributors: count().describe('Distinct authors of visible notes.'),
  voters: count().describe('Distinct participants who cast at least one counted dot.'),
  dotsCast: count().describe('All dots in the snapshot = dotsOnRecommendations + dotsUnassigned.'),
  dotsOnRecommendations: count(),
  dotsUnassigned: count().describe(
    'Dots on clusters that are not recommendations here: deleted clusters, or miscellaneous clusters without a recommendation text.',
  ),
  recommendations: count(),
  droppedClusters: count().describe('Empty clusters left out: no visible note, no text, no dot.'),
})

/**
 * Zod schema of a session summary (version {@link SUMMARY_VERSION}). Parses
 * the shape and also checks that the totals, ranks and note ids agree with
 * each other, so an edited or truncated file is refused on import.
 *
 * @example
 * ```ts
 * const result = SessionSummarySchema.safeParse(JSON.parse(text))
 * if (result.success) console.log(result.data.totals.notes)
 * ```
 */
export const SessionSummarySchema = z
  .object({
    summaryVersion: z.literal(SUMMARY_VERSION),
    generatedAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe('When the export was made, if the caller said; null keeps exports byte-identical.'),
    workshop: SummaryWorkshopSchema,
    totals: SummaryTotalsSchema,
    dimensions: z.array(SummaryDimensionSchema).describe("In the board's dimension order."),
  })
  .superRefine(checkSummaryConsistency)
  .meta({
    title: 'Atelier session summary',
    description:
      'The structured recommendations of one workshop session: per dimension, recommendations ranked by dots with their supporting notes, and the notes that support none.',
  })

export type SessionSummary = z.infer<typeof SessionSummarySchema>
export type SummaryNote = z.infer<typeof SummaryNoteSchema>
export type UnclusteredNote = z.infer<typeof UnclusteredNoteSchema>
export type Recommendation = z.infer<typeof RecommendationSchema>
export type SummaryDimension = z.infer<typeof SummaryDimensionSchema>
export type SummaryWorkshop = z.infer<typeof SummaryWorkshopSchema>
export type SummaryTotals = z.infer<typeof SummaryTotalsSchema>
