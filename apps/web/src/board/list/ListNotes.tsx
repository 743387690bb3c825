import { type KeyboardEvent, useRef, useState } from 'react'
import type { Cluster, Note } from '../../model'
import type { ActionContext } from '../actions'
import type { Selection } from '../store/selection'
import { ListNote } from './ListNote'
import { rovingTarget } from './roving'

interface Props {
  ctx: ActionContext
  notes: Note[]
  clusterId: string | null
  clusters: Cluster[]
  selection: Selection
  onEdit: (noteIds: string[]) => void
  describedBy: string
}

/** Controls of a row that take part in roving focus, in order. */
const ROVING = '[data-roving]'

/**
 * The notes of one group (or the loose notes of a dimension) as one Tab
 * stop: Tab enters on the last row used, arrows move between rows and along
 * a row's controls (see `rovingTarget`). 160 notes are a few dozen Tab
 * stops, not 480.
 */
export function ListNotes(props: Props) {
  const { ctx, notes, clusterId, clusters, selection, onEdit, describedBy } = props
  const ref = useRef<HTMLUListElement>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const active = notes.some((n) => n.id === activeId) ? activeId : (notes[0]?.id ?? null)

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const rows = [...(ref.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [])]
    const controls = rows.map((row) => [...row.querySelectorAll<HTMLElement>(ROVING)])
    const row = rows.findIndex((r) => r.contains(event.target as Node))
    const col = controls[row]?.indexOf(event.target as HTMLElement) ?? -1
    if (row < 0 || col < 0) return
    const to = rovingTarget(
      event.key,
      { row, col },
      controls.map((c) => c.length),
    )
    const target = to && controls[to.row]?.[to.col]
    // Arrows are ours even at an edge: a closed <select> must not change its value on ArrowDown.
    if (to || /^Arrow/.test(event.key)) event.preventDefault()
    target?.focus()
  }

  return (
    <ul ref={ref} onKeyDown={onKeyDown} aria-describedby={describedBy}>
      {notes.map((note) => (
        <ListNote
          key={note.id}
          ctx={ctx}
          note={note}
          clusterId={clusterId}
          clusters={clusters}
          selection={selection}
          active={note.id === active}
          onFocusRow={setActiveId}
          onEdit={onEdit}
        />
      ))}
    </ul>
  )
}
