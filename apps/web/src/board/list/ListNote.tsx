import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster, Note } from '../../model'
import { type ActionContext, moveNotesToCluster } from '../actions'
import { useIsSelected } from '../store/hooks'
import type { Selection } from '../store/selection'
import { NoteModeration } from './NoteModeration'

interface Props {
  ctx: ActionContext
  note: Note
  clusterId: string | null
  clusters: Cluster[]
  selection: Selection
  /** The row holding its list's one Tab stop. */
  active: boolean
  onFocusRow: (noteId: string) => void
  onEdit: (noteIds: string[]) => void
}

/**
 * A note of the list view: a checkbox to select it (the row's Tab stop;
 * Enter or a double-click on the text edits it), edit, a "move to" menu (the
 * keyboard's way to drag a note into a cluster or out of it) and
 * moderation. Every control but the active row's checkbox is out of the Tab
 * order; arrows reach them (see ListNotes).
 */
export const ListNote = memo(function ListNote(props: Props) {
  const { ctx, note, clusterId, clusters, selection, active, onFocusRow, onEdit } = props
  const { t } = useTranslation()
  const checkId = useId()
  const selectId = useId()
  const selected = useIsSelected(selection, note.id)
  const short = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text
  return (
    <li
      className="list-view__note"
      data-note-id={note.id}
      data-hidden={note.hidden || undefined}
      data-selected={selected || undefined}
      onFocus={() => onFocusRow(note.id)}
    >
      <input
        id={checkId}
        type="checkbox"
        className="list-view__check"
        data-roving=""
        tabIndex={active ? 0 : -1}
        checked={selected}
        onChange={() => selection.toggle(note.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            onEdit([note.id])
          }
        }}
      />
      <label
        htmlFor={checkId}
        className="list-view__text"
        onDoubleClick={(e) => {
          e.preventDefault()
          onEdit([note.id])
        }}
      >
        {note.text}
        {note.byFacilitator ? (
          <span className="badge badge--facilitator">{t('writes.byFacilitator')}</span>
        ) : null}
        {note.editedByFacilitator ? (
          <span className="badge badge--edited">{t('writes.edited')}</span>
        ) : null}
      </label>
      <button
        type="button"
        className="button button--small button--quiet"
        data-roving=""
        tabIndex={-1}
        aria-label={t('writes.list.editNamed', { text: short })}
        onClick={() => onEdit([note.id])}
      >
        {t('writes.list.edit')}
      </button>
      <label htmlFor={selectId} className="visually-hidden">
        {t('board.moveTo')}
      </label>
      <select
        id={selectId}
        data-roving=""
        tabIndex={-1}
        value={clusterId ?? ''}
        onChange={(e) => moveNotesToCluster.perform(ctx, [note.id], e.target.value || null)}
      >
        <option value="">{t('board.noCluster')}</option>
        {clusters.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title || t('cluster.untitled')}
          </option>
        ))}
      </select>
      <NoteModeration ctx={ctx} note={note} />
    </li>
  )
})
