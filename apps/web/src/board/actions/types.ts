import type { BoardStore } from '../store/boardStore'
import type { Selection } from '../store/selection'

/** Transaction origin of the facilitator's edits (undo and audit read it). */
export const FACILITATOR = 'facilitator'

/**
 * What every action runs against: the store (its `boardDoc` and `layoutDoc`
 * are the documents to write, with board-model commands only) and the
 * facilitator's selection. The canvas, its menus, the toolbar and the list
 * view build the same context, so one action behaves the same everywhere.
 */
export interface ActionContext {
  store: BoardStore
  selection: Selection
}

/**
 * One canvas or list operation (Excalidraw style: one action per file).
 * `Args` are what the caller passes beyond the context (a note id, a cluster
 * id...); an action without arguments works on the selection.
 */
export interface BoardAction<Args extends unknown[] = [], Result = void> {
  /** Stable id (tests, telemetry, shortcut tables). */
  id: string
  /** i18n key of the action's label. */
  labelKey: string
  /** Keyboard shortcut, in the `Mod+Shift+G` notation (Mod is Ctrl, or Cmd on a Mac). */
  shortcut?: string
  /** Whether `perform` would do something now (buttons use it for `disabled`). */
  enabled(ctx: ActionContext, ...args: Args): boolean
  /** Does it: one transaction per document, under the FACILITATOR origin. */
  perform(ctx: ActionContext, ...args: Args): Result
}

/** Builds the context a surface passes to actions. */
export function actionContext(store: BoardStore, selection: Selection): ActionContext {
  return { store, selection }
}
