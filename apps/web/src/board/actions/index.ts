// The registry of board actions: every surface (canvas, menus, toolbar, list
// view) imports actions from here. One file per action; add a line per file.
export { actionContext, type ActionContext, type BoardAction, FACILITATOR } from './types'
