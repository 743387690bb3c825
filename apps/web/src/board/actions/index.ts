// The registry of board actions: every surface (canvas, menus, toolbar, list
// view) imports actions from here. One file per action; add a line per file.
export { deleteCluster } from './deleteCluster'
export { deleteNotes } from './deleteNotes'
export { dropNotes } from './dropNotes'
export { groupSelection } from './groupSelection'
export { mergeClusters } from './mergeClusters'
export { moveNotesToCluster } from './moveNotesToCluster'
export { renameCluster } from './renameCluster'
export { selectionDimension } from './selectionDimension'
export { splitCluster } from './splitCluster'
export { takeOutOfCluster } from './takeOutOfCluster'
export { allHidden, toggleHidden } from './toggleHidden'
export { type ActionContext, actionContext, type BoardAction, FACILITATOR } from './types'
