import type * as Y from 'yjs'
import { createCluster, forgetLayout } from '../../model'
import { FACILITATOR } from '../canvas/controller'
import type { Proposal } from './proposals'

/**
 * Turns a proposal into a real cluster. The notes' old places are forgotten
 * so the automatic layout (the same code that places incoming notes) finds
 * the new cluster a free spot in its dimension's frame and lines its notes up
 * inside it, instead of a cluster frame stretched across scattered notes.
 * Both writes happen in the same task, so one undo takes the whole accept back.
 */
export function acceptProposal(board: Y.Doc, layout: Y.Doc, proposal: Proposal): string {
  const id = createCluster(
    board,
    {
      title: proposal.title.trim(),
      dimension: proposal.dimension,
      noteIds: proposal.noteIds,
    },
    FACILITATOR,
  )
  forgetLayout(layout, proposal.noteIds, FACILITATOR)
  return id
}
