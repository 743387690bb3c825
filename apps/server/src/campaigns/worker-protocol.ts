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

/** What a campaign's synthesis is built from, as it is now. */
export interface BuildInput {
  campaignId: string
  campaign: CampaignInfo
  sources: SynthesisInput[]
  /** The organisers' edits (read from the campaign's room); none: the proposal as it is. */
  state?: CampaignState | undefined
}

/**
 * What a build is for. Each purpose is worked out where the synthesis is
 * built (the worker) and only its result comes back: an export is a file
 * (the schema check and rendering of a 60-workshop synthesis is ~60 ms of
 * CPU, its structured clone back ~30 ms), a projection is a few kB.
 */
export type BuildPurpose =
  | { kind: 'synthesis' }
  | { kind: 'render'; format: SynthesisFormat }
  /** The workshops and the missing territories (the organiser's overview). */
  | { kind: 'overview' }
  /** What the congress screen projects (`projectForScreen`). */
  | { kind: 'screen' }
  /** What one workshop's territory link shows (its items and where they went). */
  | { kind: 'territory'; workshopId: string }
  /** The synthesis stamped and hashed as a published version (frozen.ts `publish`). */
  | { kind: 'publish'; stamp: PublicationStamp }
  /** The draft's changes since a published version's JSON (null: none published yet). */
  | { kind: 'draftChanges'; since: string | null }

/** The part of a synthesis the campaign overview shows. */
export type SynthesisOverview = Pick<Synthesis, 'workshops' | 'missingTerritories'>

/** What each purpose gives back. */
export interface BuildResults {
  synthesis: Synthesis
  render: RenderedSummary
  overview: SynthesisOverview
  screen: ScreenProjection
  territory: TerritoryView | null
  publish: PublishedBuild
  draftChanges: DraftChanges
}

export type BuildResult<P extends BuildPurpose> = BuildResults[P['kind']]

/** Main thread → synthesis worker. Plain data (structured clone). */
export type WorkerRequest =
  | { id: number; build: BuildInput; purpose: BuildPurpose }
  /** About versions already frozen: no campaign inputs needed. */
  | { id: number; frozen: { json: string; format: SynthesisFormat } }
  | { id: number; versionChanges: { before: string | null; after: string } }

/** Synthesis worker → main thread: the result, or why this request failed. */
export type WorkerReply =
  | { id: number; result: BuildResults[keyof BuildResults] | SynthesisChanges }
  | { id: number; error: string }
