import type Konva from 'konva'
import type * as Y from 'yjs'
import {
  createCluster,
  deleteNote,
  hideNote,
  moveToCluster,
  setClusterSize,
  setPosition,
  setPositions,
  unhideNote,
} from '../../model'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { boundsOf, idsInLasso } from '../geometry/hitTest'
import type { Point, Rect } from '../geometry/types'
import { arrangeCluster } from '../layout/clusterGrid'
import type { BoardStore } from '../store/boardStore'
import type { Selection } from '../store/selection'
import { planDrop } from './dropPlan'

/** Transaction origin of the facilitator's edits (undo and audit read it). */
export const FACILITATOR = 'facilitator'

export interface ControllerDeps {
  store: BoardStore
  selection: Selection
  boardDoc: Y.Doc
  layoutDoc: Y.Doc
  stage: () => Konva.Stage | null
  onRename: (clusterId: string) => void
  /** Opens the cluster's side panel (colour, recommendation, merge, split, delete). */
  onOpenCluster?: (clusterId: string) => void
  /** Opens the note's right-click menu at client coordinates. */
  onNoteMenu?: (noteId: string, x: number, y: number) => void
}

/**
 * The canvas's gestures turned into board-model commands. One instance per
 * board, stable for the page's life, so memoized nodes can hold it. While a
 * drag is in flight, followers move imperatively (no React render per
 * frame); the documents are written once, on drop.
 */
export class CanvasController {
  private starts = new Map<string, Point>()

  constructor(private readonly deps: ControllerDeps) {}

  notePointerDown(id: string, event: Konva.KonvaEventObject<PointerEvent>): void {
    const { selection } = this.deps
    event.cancelBubble = true
    if (event.evt.shiftKey) selection.toggle(id)
    else if (!selection.has(id)) selection.set([id])
  }

  noteDragStart(id: string): void {
    const { selection, store } = this.deps
    if (!selection.has(id)) selection.set([id])
    this.starts.clear()
    for (const selected of selection.list()) {
      const note = store.note(selected)
      if (note) this.starts.set(selected, { x: note.x, y: note.y })
    }
  }

  noteDragMove(id: string, node: Konva.Node): void {
    const origin = this.starts.get(id)
    if (!origin) return
    const dx = node.x() - origin.x
    const dy = node.y() - origin.y
    const stage = this.deps.stage()
    for (const [other, start] of this.starts) {
      if (other !== id)
        stage?.findOne(`#note-${other}`)?.position({ x: start.x + dx, y: start.y + dy })
    }
  }

  noteDragEnd(id: string): void {
    const { store, boardDoc, layoutDoc } = this.deps
    const origin = this.starts.get(id)
    const node = this.deps.stage()?.findOne(`#note-${id}`)
    if (!origin || !node) return
    const dx = node.x() - origin.x
    const dy = node.y() - origin.y
    const dropped = [...this.starts].flatMap(([noteId, start]) => {
      const note = store.note(noteId)
      return note
        ? [
            {
              id: noteId,
              dimension: note.dimension,
              clusterId: note.clusterId,
              at: { x: start.x + dx, y: start.y + dy },
            },
          ]
        : []
    })
    this.starts.clear()
    const plan = planDrop(dropped, [...store.allClusters()])
    layoutDoc.transact(() => {
      setPositions(layoutDoc, plan.positions, FACILITATOR)
      for (const [clusterId, rect] of Object.entries(plan.grown)) {
        setPosition(layoutDoc, clusterId, { x: rect.x, y: rect.y }, FACILITATOR)
        setClusterSize(layoutDoc, clusterId, { w: rect.width, h: rect.height }, FACILITATOR)
      }
    }, FACILITATOR)
    for (const [target, ids] of plan.moves) moveToCluster(boardDoc, ids, target, FACILITATOR)
  }

  clusterDragStart(id: string): void {
    const { store } = this.deps
    this.starts.clear()
    const cluster = store.cluster(id)
    if (!cluster) return
    this.starts.set(`cluster:${id}`, { x: cluster.rect.x, y: cluster.rect.y })
    for (const note of store.allNotes())
      if (note.clusterId === id) this.starts.set(note.id, { x: note.x, y: note.y })
  }

  clusterDragMove(id: string, node: Konva.Node): void {
    const origin = this.starts.get(`cluster:${id}`)
    if (!origin) return
    const dx = node.x() - origin.x
    const dy = node.y() - origin.y
    const stage = this.deps.stage()
    for (const [noteId, start] of this.starts) {
      if (!noteId.startsWith('cluster:'))
        stage?.findOne(`#note-${noteId}`)?.position({ x: start.x + dx, y: start.y + dy })
    }
  }

  clusterDragEnd(id: string): void {
    const origin = this.starts.get(`cluster:${id}`)
    const node = this.deps.stage()?.findOne(`#cluster-${id}`)
    if (!origin || !node) return
    const dx = node.x() - origin.x
    const dy = node.y() - origin.y
    const positions: Record<string, Point> = {}
    for (const [key, start] of this.starts) {
      positions[key.startsWith('cluster:') ? id : key] = { x: start.x + dx, y: start.y + dy }
    }
    this.starts.clear()
    setPositions(this.deps.layoutDoc, positions, FACILITATOR)
  }

  renameCluster(id: string): void {
    this.deps.onRename(id)
  }

  note(id: string) {
    return this.deps.store.note(id)
  }

  /** Right-click: the note joins the selection's fate (selected alone unless already in it), then the menu opens. */
  noteContextMenu(id: string, event: Konva.KonvaEventObject<PointerEvent>): void {
    event.evt.preventDefault()
    event.cancelBubble = true
    const { selection } = this.deps
    if (!selection.has(id)) selection.set([id])
    this.deps.onNoteMenu?.(id, event.evt.clientX, event.evt.clientY)
  }

  openCluster(id: string): void {
    this.deps.onOpenCluster?.(id)
  }

  selectionAllHidden(): boolean {
    const { selection, store } = this.deps
    return selection.size > 0 && selection.list().every((id) => store.note(id)?.hidden)
  }

  /** Hides the selected notes from every screen (or shows them again when all are hidden). */
  toggleHiddenSelection(): void {
    const { selection, boardDoc } = this.deps
    const ids = selection.list()
    const allHidden = this.selectionAllHidden()
    boardDoc.transact(() => {
      for (const id of ids) (allHidden ? unhideNote : hideNote)(boardDoc, id, FACILITATOR)
    }, FACILITATOR)
  }

  /** Deletes the selected notes for good (the server will not ingest them again). */
  deleteSelection(): void {
    const { selection, boardDoc } = this.deps
    const ids = selection.list()
    boardDoc.transact(() => {
      for (const id of ids) deleteNote(boardDoc, id, FACILITATOR)
    }, FACILITATOR)
    selection.clear()
  }

  /** Lasso: notes whose centre is inside the world-space polygon; `additive` keeps the current selection. */
  lasso(polygon: readonly Point[], additive: boolean): void {
    const { store, selection } = this.deps
    const items = [...store.allNotes()].map((n) => ({
      id: n.id,
      rect: { x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT },
    }))
    const hit = idsInLasso(polygon, items)
    selection.set(additive ? [...selection.list(), ...hit] : hit)
  }

  /** World-space bounds of these notes, or null when none is on the canvas. */
  boundsOf(ids: readonly string[]): Rect | null {
    const rects = ids.flatMap((id) => {
      const n = this.deps.store.note(id)
      return n ? [{ x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }] : []
    })
    return boundsOf(rects)
  }

  /** The one dimension of the selected notes, or null when they span several (no cluster then). */
  selectionDimension(): string | null {
    const { store, selection } = this.deps
    const dimensions = new Set(selection.list().map((id) => store.note(id)?.dimension))
    const [only] = dimensions
    return dimensions.size === 1 && only ? only : null
  }

  /** Makes a cluster of the selected notes, tidied in a grid where they were; returns its id. */
  groupSelection(): string | null {
    const { store, selection, boardDoc, layoutDoc } = this.deps
    const dimension = this.selectionDimension()
    if (!dimension) return null
    const notes = selection.list().flatMap((id) => store.note(id) ?? [])
    notes.sort((a, b) => a.y - b.y || a.x - b.x)
    const bounds = boundsOf(
      notes.map((n) => ({ x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT })),
    )!
    const id = createCluster(
      boardDoc,
      { title: '', dimension, noteIds: notes.map((n) => n.id) },
      FACILITATOR,
    )
    const { rect, positions } = arrangeCluster(
      { x: bounds.x, y: bounds.y },
      notes.map((n) => n.id),
    )
    layoutDoc.transact(() => {
      setPositions(layoutDoc, { ...positions, [id]: { x: rect.x, y: rect.y } }, FACILITATOR)
      setClusterSize(layoutDoc, id, { w: rect.width, h: rect.height }, FACILITATOR)
    }, FACILITATOR)
    selection.clear()
    return id
  }

  /** Takes the selected notes out of their clusters (they stay where they are). */
  ungroupSelection(): void {
    const { selection, boardDoc } = this.deps
    moveToCluster(boardDoc, selection.list(), null, FACILITATOR)
  }
}
