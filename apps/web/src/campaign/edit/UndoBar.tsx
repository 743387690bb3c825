import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignDoc } from './useCampaignDoc'

/** Whether a key press asks to undo or redo (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y). */
export function undoKey(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
}): 'undo' | 'redo' | null {
  if (!event.ctrlKey && !event.metaKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}

/**
 * Undo and redo of this page's own edits (another organiser's are never
 * undone from here), as buttons and keyboard shortcuts; also in the
 * recommendation fields, whose own undo would not know the shared text.
 * Says whether the working document is connected.
 */
export function UndoBar({ edit }: { edit: CampaignDoc }) {
  const { t } = useTranslation()
  const { undo } = edit
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const what = undoKey(event)
      if (!what) return
      // Other fields (a title being renamed, the forms) keep their own undo;
      // a recommendation's is the shared text's.
      const target = event.target instanceof Element ? event.target : null
      const field = target?.closest('input, textarea, select, [contenteditable]')
      if (field && !field.closest('.campaign-edit__recommendation')) return
      event.preventDefault()
      if (what === 'undo') undo.undo()
      else undo.redo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo])
  const status = edit.refusal ? 'refused' : edit.synced ? 'live' : 'connecting'
  return (
    <div className="campaign-edit__bar" data-testid="undo-bar">
      <span className="campaign-edit__status" data-status={status} role="status">
        <span className="campaign-edit__status-text">{t(`campaignEdit.status.${status}`)}</span>
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={!undo.canUndo()}
        data-testid="undo-button"
        onClick={() => undo.undo()}
      >
        {t('campaignEdit.undo')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!undo.canRedo()}
        data-testid="redo-button"
        onClick={() => undo.redo()}
      >
        {t('campaignEdit.redo')}
      </button>
    </div>
  )
}
