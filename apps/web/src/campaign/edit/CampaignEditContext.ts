import { createContext, useContext } from 'react'
import type { SynthesisGroup } from '../types'
import type { CampaignDoc } from './useCampaignDoc'

/** What the group cards need to edit: the document, and where each group is. */
export interface CampaignEdit extends CampaignDoc {
  /** The dimension a group of the synthesis shown now is in, and its groups. */
  dimensionOf(groupId: string): { id: string; groups: SynthesisGroup[] } | undefined
}

export const CampaignEditContext = createContext<CampaignEdit | null>(null)

/** The editing context, or null while the document is not open (the cards are read-only then). */
export function useCampaignEdit(): CampaignEdit | null {
  return useContext(CampaignEditContext)
}
