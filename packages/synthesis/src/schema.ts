import { SummaryNoteSchema } from '@atelier/recommendations'
import { z } from 'zod'
import { checkSynthesisConsistency } from './consistency.js'
import { SYNTHESIS_VERSION } from './version.js'

// The campaign synthesis, version 1. Field order here is the key order of
// the JSON export (renderSynthesisJson re-parses through this schema), so
// reorder only with a version bump. The descriptions end up in
// docs/synthesis.schema.json.

const count = () => z.int().nonnegative()
const share = () => z.number().min(0).max(1)

/** Through which regional campaign a workshop or an item reached a national campaign. */
export const ViaSchema = z
  .object({
    campaignId: z.string().min(1),
    campaignTitle: z.string(),
    territory: z.string().nullable().describe("The regional campaign's own territory."),
  })
  .describe('The regional campaign this came through; null when contributed directly.')

/** Where a regional group put an item, kept when a regional synthesis is imported. */
export const RegionalGroupSchema = z
  .object({
    groupId: z.string().min(1),
    title: z.string(),
    recommendation: z.string().describe('The regional recommendation written by the organisers.'),
  })
  .describe('The group the item belonged to in the regional synthesis it came through.')

export const SynthesisWorkshopSchema = z.object({
  id: z.string().min(1).describe('Workshop id on the server that ran it.'),
  title: z.string(),
  territory: z.string().nullable(),
  date: z.iso.date().describe('Date of the session, YYYY-MM-DD.'),
  language: z.enum(['fr', 'en']),
  participants: count(),
  voters: count().describe('Distinct participants who cast at least one counted dot.'),
  dots: count().describe(
    "Dots on the workshop's recommendations (its summary's totals.dotsOnRecommendations): the denominator of every item's dotShare.",
  ),
  notes: count().describe('Visible notes of the workshop (supporting and unclustered).'),
  recommendations: count().describe('Items this workshop contributed.'),
  source: z
    .enum(['live', 'imported'])
    .describe('live: a workshop of this server; imported: from a summary.json file.'),
  status: z.enum(['running', 'closed', 'imported']),
  via: ViaSchema.nullable(),
})

/** One recommendation of one workshop, with its provenance down to the sticky note. */
export const SynthesisItemSchema = z.object({
  id: z
    .string()
    .min(1)
    .describe('Stable id: "<workshopId>:<clusterId>"; the key organisers use to move items.'),
  workshopId: z.string().min(1),
  territory: z.string().nullable().describe("The workshop's territory, kept at every level."),
  date: z.iso.date(),
  dimensionId: z.string().min(1).describe('Dimension id in the workshop it came from.'),
  clusterId: z.string().min(1),
  title: z.string().describe("The workshop facilitator's cluster title; may be empty."),
  recommendation: z.string().describe("The workshop's recommendation text; may be empty."),
  rank: z.int().positive().describe('Its rank in its dimension in its workshop.'),
  dots: count(),
  dotShare: share().describe(
    "dots / its workshop's dots (workshops[].dots); 0 when the workshop has none. Rounded to 4 decimals.",
  ),
  voters: count(),
  notes: z.array(SummaryNoteSchema).describe('Supporting notes, verbatim, oldest first.'),
  via: ViaSchema.nullable(),
  regionalGroup: RegionalGroupSchema.nullable(),
})

export const RankingSchema = z.object({
  dots: count().describe("Raw dots: the sum of the items' dots."),
  equalWorkshopScore: share().describe(
    "Every workshop counting the same: the sum of the items' dotShare / the number of workshops in the campaign. Rounded to 4 decimals.",
  ),
  breadth: count().describe('How many distinct workshops raised it.'),
})

export const SynthesisGroupSchema = z.object({
  id: z
    .string()
    .min(1)
    .describe(
      'Proposed groups: "g:" + the id of their first item (smallest), stable while items come and go; organiser groups keep the id of the campaign state.',
    ),
  title: z.string(),
  recommendation: z
    .string()
    .describe("The campaign's recommendation, written by the organisers; empty until then."),
  origin: z
    .enum(['proposed', 'organiser'])
    .describe('proposed: computed by similarity; organiser: from the campaign working state.'),
  accepted: z
    .boolean()
    .describe('The organisers accepted this group (always false when proposed).'),
  minority: z
    .boolean()
    .describe(
      'A minority position: raised by one workshop only, in a campaign of several, and strongly supported there (see the README: dotShare >= 0.1 or first in its dimension).',
    ),
  suggestedGroup: z
    .string()
    .nullable()
    .describe(
      "Proposed groups only: the organiser group the similarity would have joined it to (it took most of the proposal), e.g. a new workshop's item beside a group already accepted; null otherwise.",
    ),
  territories: z.array(z.string()).describe('Distinct territories of its items, sorted.'),
  ranking: RankingSchema,
  items: z.array(SynthesisItemSchema).describe('By dotShare, then dots, then id.'),
})

export const SynthesisDimensionSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  groups: z
    .array(SynthesisGroupSchema)
    .describe('By equalWorkshopScore, then dots, then breadth, then id.'),
})

export const CampaignHeaderSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  level: z.enum(['regional', 'national']),
  territory: z.string().nullable(),
  language: z.enum(['fr', 'en']),
})

export const PublicationSchema = z
  .object({
    version: z.int().positive(),
    contentHash: z.string().min(1),
    publishedAt: z.iso.datetime({ offset: true }),
    publishedBy: z.string(),
  })
  .describe('Set on a published (frozen) version; null on the working draft.')

export const SynthesisTotalsSchema = z.object({
  workshops: count(),
  participants: count(),
  items: count(),
  groups: count(),
  notes: count().describe('Supporting notes carried by the items.'),
  dots: count(),
})

/**
 * Zod schema of a campaign synthesis (version {@link SYNTHESIS_VERSION}).
 * Parses the shape and checks that ids are unique, that every item's
 * workshop is listed and that the rankings agree with the items, so an edited
 * or truncated file is refused on import.
 */
export const SynthesisSchema = z
  .object({
    synthesisVersion: z.literal(SYNTHESIS_VERSION),
    generatedAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe('When it was computed, if the caller said; null keeps exports byte-identical.'),
    publication: PublicationSchema.nullable(),
    campaign: CampaignHeaderSchema,
    totals: SynthesisTotalsSchema,
    workshops: z.array(SynthesisWorkshopSchema).describe('Contributing workshops, by id.'),
    expectedTerritories: z.array(z.string()),
    missingTerritories: z
      .array(z.string())
      .describe('Expected territories from which no workshop contributed yet.'),
    dimensions: z.array(SynthesisDimensionSchema),
  })
  .superRefine(checkSynthesisConsistency)
  .meta({
    title: 'Atelier campaign synthesis',
    description:
      'The recommendations of a campaign of workshops: per dimension, similar recommendations of different workshops grouped, ranked by raw dots, by every workshop counting the same and by breadth, each item keeping its workshop, territory, cluster and supporting notes.',
  })

export type Synthesis = z.infer<typeof SynthesisSchema>
export type SynthesisWorkshop = z.infer<typeof SynthesisWorkshopSchema>
export type SynthesisItem = z.infer<typeof SynthesisItemSchema>
export type SynthesisGroup = z.infer<typeof SynthesisGroupSchema>
export type SynthesisDimension = z.infer<typeof SynthesisDimensionSchema>
export type SynthesisRanking = z.infer<typeof RankingSchema>
export type SynthesisTotals = z.infer<typeof SynthesisTotalsSchema>
export type Via = z.infer<typeof ViaSchema>
export type RegionalGroup = z.infer<typeof RegionalGroupSchema>
export type Publication = z.infer<typeof PublicationSchema>
