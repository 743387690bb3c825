import type * as Y from 'yjs'
import type { BoardState } from '../model'
import type { ActionContext } from './actions'
import { ClusterPanel } from './cluster/ClusterPanel'
import type { Selection } from './store/selection'
import type { Suggestions } from './suggest/proposals'
import { SuggestPanel } from './suggest/SuggestPanel'

interface Props {
  board: BoardState
  boardDoc: Y.Doc
  layoutDoc: Y.Doc
  ctx: ActionContext
  selection: Selection
  live: Readonly<Record<string, number>>
  suggestions: Suggestions | null
  onCloseSuggestions: () => void
  onShowNotes: (noteIds: string[]) => void
  openCluster: string | null
  onOpenCluster: (id: string | null) => void
}

/** The drawers over the board: suggestion review on the left, the open cluster on the right. */
export function FacilitationDrawers(props: Props) {
  const { board, boardDoc, layoutDoc, selection, live, suggestions, openCluster } = props
  return (
    <>
      {suggestions ? (
        <SuggestPanel
          board={board}
          boardDoc={boardDoc}
          layoutDoc={layoutDoc}
          suggestions={suggestions}
          selection={selection}
          onClose={props.onCloseSuggestions}
          onShow={props.onShowNotes}
        />
      ) : null}
      {openCluster && board.clusters[openCluster] ? (
        <ClusterPanel
          key={openCluster}
          clusterId={openCluster}
          board={board}
          doc={boardDoc}
          ctx={props.ctx}
          layoutDoc={layoutDoc}
          selection={selection}
          live={live}
          onClose={() => props.onOpenCluster(null)}
          onOpen={props.onOpenCluster}
        />
      ) : null}
    </>
  )
}
