import { type ReactNode, useMemo } from 'react'
import type { Synthesis } from '../types'
import { type CampaignEdit, CampaignEditContext } from './CampaignEditContext'
import { UndoBar } from './UndoBar'
import type { CampaignDoc } from './useCampaignDoc'
import './edit.css'

/**
 * Gives the group cards below the working document and where each group
 * is, and shows the undo bar. Without the document (not open yet, refused)
 * the cards stay read-only.
 */
export function CampaignEditing({
  doc,
  synthesis,
  children,
}: {
  doc: CampaignDoc | null
  synthesis: Synthesis
  children: ReactNode
}) {
  const places = useMemo(() => {
    const map = new Map<string, Synthesis['dimensions'][number]>()
    for (const dimension of synthesis.dimensions)
      for (const group of dimension.groups) map.set(group.id, dimension)
    return map
  }, [synthesis])
  const edit = useMemo<CampaignEdit | null>(
    () =>
      doc && {
        ...doc,
        dimensionOf: (groupId) => {
          const dimension = places.get(groupId)
          return dimension && { id: dimension.id, groups: dimension.groups }
        },
      },
    [doc, places],
  )
  return (
    <CampaignEditContext.Provider value={edit}>
      {doc ? <UndoBar edit={doc} /> : null}
      {children}
    </CampaignEditContext.Provider>
  )
}
