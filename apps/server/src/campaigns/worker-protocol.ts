import type {
  CampaignInfo,
  CampaignSource,
  CampaignState,
  Synthesis,
  SynthesisChanges,
} from '@atelier/synthesis'
import type { RenderedSummary } from '../workshops/summary-service.js'
import type { SynthesisFormat } from './exports.js'
import type { DraftChanges, PublicationStamp, PublishedBuild } from './frozen.js'
import type { ScreenProjection } from './screen-projection.js'
import type { TerritoryView } from './territory-view.js'

/**
 * A source as the main thread hands it over: a live workshop's summary, or
 * an imported file still as its stored JSON text (a string crosses to the
 * worker almost for free; parsing sixty files, or cloning them as objects,
 * would cost the event loop tens of milliseconds).
 */
export type SynthesisInput =
  | CampaignSource
  | { kind: 'file'; file: 'summary' | 'synthesis'; json: string }

/** Main thread → synthesis worker. Plain data (structured clone). */
export interface BuildRequest {
  id: number
  campaignId: string
  campaign: CampaignInfo
  sources: SynthesisInput[]
  /** The organisers' edits (read from the campaign's room); none: the proposal as it is. */
  state?: CampaignState | undefined
  /**
   * An export to render there too: the reply is then the file alone (the
   * schema check and rendering of a 60-workshop synthesis is ~60 ms of CPU,
   * and its structured clone back ~30 ms: neither runs on the event loop).
   */
  format?: SynthesisFormat
  /** Only what the organiser's overview lists (the workshops, the missing territories). */
  overview?: true
  /** Only what the congress screen projects (`projectForScreen`). */
  screen?: true
  /** Only what one workshop's territory link shows (its items and where they went). */
  territory?: string
  /** Publishing: the reply is the synthesis stamped and hashed (frozen.ts `publish`). */
  publish?: PublicationStamp
  /** The draft's changes since a published version's JSON (null: none published yet). */
  changesSince?: { json: string | null }
}

/** Main thread → worker, about versions already frozen (no campaign inputs needed). */
export type FrozenRequest =
  | { id: number; frozen: { json: string; format: SynthesisFormat } }
  | { id: number; versionChanges: { before: string | null; after: string } }

/** The part of a synthesis the campaign overview shows. */
export type SynthesisOverview = Pick<Synthesis, 'workshops' | 'missingTerritories'>

/** Synthesis worker → main thread: the synthesis, its export, or why this build failed. */
export type BuildReply =
  | { id: number; synthesis: Synthesis }
  | { id: number; rendered: RenderedSummary }
  | { id: number; overview: SynthesisOverview }
  | { id: number; screen: ScreenProjection }
  | { id: number; territory: TerritoryView | null }
  | { id: number; published: PublishedBuild }
  | { id: number; changes: SynthesisChanges }
  | { id: number; draft: DraftChanges }
  | { id: number; error: string }
