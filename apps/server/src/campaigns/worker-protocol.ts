import type { CampaignInfo, CampaignSource, Synthesis } from '@atelier/synthesis'

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
}

/** Synthesis worker → main thread: the synthesis, or why this build failed. */
export type BuildReply = { id: number; synthesis: Synthesis } | { id: number; error: string }
