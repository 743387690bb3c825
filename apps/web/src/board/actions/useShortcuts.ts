import { useEffect } from 'react'
import type { ActionContext, BoardAction } from './types'

/** True when a key event belongs to a text field (its own shortcuts apply there). */
function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/** Whether `e` is `shortcut` in the `Mod+Shift+G` notation (Mod: Ctrl, or Cmd on a Mac). */
export function matchesShortcut(
  shortcut: string,
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  const parts = shortcut.split('+')
  const key = parts.pop()!.toLowerCase()
  const mod = parts.includes('Mod')
  return (
    e.key.toLowerCase() === key &&
    mod === (e.ctrlKey || e.metaKey) &&
    parts.includes('Shift') === e.shiftKey &&
    parts.includes('Alt') === e.altKey
  )
}

/**
 * Runs an action when its shortcut is pressed on the page (not in a text
 * field) and it is enabled. Only argument-less actions (they work on the
 * selection) have shortcuts. `after` receives what the action returned.
 */
export function useShortcuts(
  ctx: ActionContext,
  actions: readonly BoardAction<[], unknown>[],
  after?: (id: string, result: unknown) => void,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (inTextField(e.target)) return
      const action = actions.find((a) => a.shortcut && matchesShortcut(a.shortcut, e))
      if (!action?.enabled(ctx)) return
      e.preventDefault()
      after?.(action.id, action.perform(ctx))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [ctx, actions, after])
}
