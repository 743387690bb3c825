import type { BoardState, Presentation, WorldRect } from '../../model'

/** The one view the projector shows at a time. */
export type ScreenView =
  | { kind: 'silent' }
  | { kind: 'wall' }
  | { kind: 'board' }
  | { kind: 'follow'; rect: WorldRect }
  | { kind: 'cluster'; clusterId: string }
  | { kind: 'selection'; noteIds: string[]; clusterIds: string[] }
  | { kind: 'vote' }
  | { kind: 'ranking' }
  | { kind: 'draft'; clusterId: string; text: string }
  | { kind: 'recommendations' }

/**
 * What the projector shows, from the board and the facilitator's choice.
 * Silent mode wins over everything (counts only until the reveal); then an
 * explicit choice that still points at something; else the phase's view.
 *
 * @example
 * chooseView(board, { mode: 'auto', ... }).kind // 'wall' while collecting
 */
export function chooseView(board: BoardState, presentation: Presentation): ScreenView {
  if (board.meta.silent) return { kind: 'silent' }
  const { mode } = presentation
  if (mode === 'follow' && presentation.viewport)
    return { kind: 'follow', rect: presentation.viewport }
  if (mode === 'cluster' && presentation.clusterId && board.clusters[presentation.clusterId])
    return { kind: 'cluster', clusterId: presentation.clusterId }
  if (mode === 'selection') {
    const visible = (id: string) => board.notes[id] && !board.notes[id]!.hidden
    const noteIds = presentation.selection.filter(visible)
    const clusterIds = presentation.selection.filter((id) => board.clusters[id])
    if (noteIds.length + clusterIds.length > 0) return { kind: 'selection', noteIds, clusterIds }
  }
  return phaseView(board, presentation)
}

function phaseView(board: BoardState, presentation: Presentation): ScreenView {
  const { phase, showTallies } = board.meta
  if (phase === 'collect') return { kind: 'wall' }
  if (phase === 'cluster') return { kind: 'board' }
  if (phase === 'vote') return showTallies ? { kind: 'ranking' } : { kind: 'vote' }
  const draft = presentation.draft
  if (phase === 'synthesize' && draft && board.clusters[draft.clusterId])
    return { kind: 'draft', clusterId: draft.clusterId, text: draft.text }
  return { kind: 'recommendations' }
}
