import type * as Y from 'yjs'
import { setPresentation } from '../../model'
import { FACILITATOR } from '../canvas/controller'

/**
 * Action "show this cluster on the projector" (null: back to the phase view),
 * for every surface that offers it: the cluster panel, the list view, the
 * side panel's "what the room sees".
 */
export function showClusterOnScreen(layoutDoc: Y.Doc, clusterId: string | null): void {
  setPresentation(
    layoutDoc,
    clusterId ? { mode: 'cluster', clusterId } : { mode: 'auto' },
    FACILITATOR,
  )
}
