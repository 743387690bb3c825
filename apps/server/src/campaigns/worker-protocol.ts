import type { CampaignInfo, CampaignSource, Synthesis } from '@atelier/synthesis'

/** Main thread → synthesis worker. Plain data (structured clone). */
export interface BuildRequest {
  id: number
  campaignId: string
  campaign: CampaignInfo
  sources: CampaignSource[]
}

/** Synthesis worker → main thread: the synthesis, or why this build failed. */
export type BuildReply = { id: number; synthesis: Synthesis } | { id: number; error: string }
