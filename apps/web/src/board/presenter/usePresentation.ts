import type * as Y from 'yjs'
import { type Presentation, readPresentation } from '../../model'
import { useDocState } from '../../sync/hooks'

/** What the projector is asked to show (the layout doc's `presentation`), live. */
export function usePresentation(layoutDoc: Y.Doc): Presentation {
  return useDocState(layoutDoc, readPresentation)
}
