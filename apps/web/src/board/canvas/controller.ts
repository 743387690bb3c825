import type Konva from 'konva'
import { type ActionContext, dropNotes, FACILITATOR } from '../actions'
import { tidyAndWrite } from '../actions/geometry'
import { NOTE_HEIGHT, NOTE_WIDTH } from '../geometry/constants'
import { boundsOf, idsInLasso } from '../geometry/hitTest'
import type { Point, Rect } from '../geometry/types'
import type { BoardStore } from '../store/boardStore'
import type { Selection } from '../store/selection'
import type { DropPlan } from './dropPlan'

export { FACILITATOR }

/** A touch held this long without moving opens the note's menu. */
export const LONG_PRESS_MS = 500
/** Pixels a finger may drift during a long press or a tap. */
const TOUCH_SLOP = 8

export interface ControllerDeps {
  store: BoardStore
  selection: Selection
  stage: () => Konva.Stage | null
  onRename: (clusterId: string) => void
  /** Opens the cluster's side panel (colour, recommendation, merge, split, delete). */
  onOpenCluster?: (clusterId: string) => void
  /** Opens the note's menu at client coordinates (right-click, long-press). */
  onNoteMenu?: (noteId: string, x: number, y: number) => void
  /** A drop was refused: the notes are back where they were; say why. */
  onDropRefused?: (plan: Extract<DropPlan, { kind: 'refused' }>) => void
  /** Selection mode (the lasso tool): a tap adds or removes a note instead of replacing the selection. */
  selectionMode?: () => boolean
}

/**
 * The canvas's gestures turned into board actions (the same actions the
 * toolbar, the menus and the list view call). One instance per board,
 * stable for the page's life, so memoized nodes can hold it. While a drag is
 * in flight, followers move imperatively (no React render per frame); the
 * documents are written once, on drop.
 */
export class CanvasController {
  private starts = new Map<string, Point>()
  /**
   * The Konva nodes of the notes that follow a drag in flight, found once when
   * it starts: a `findOne` by id walks the whole stage (thousands of nodes),
   * and a drag moves every follower on every pointer move.
   */
  private followers = new Map<string, Konva.Node>()
  private press: { id: string; at: Point; timer: ReturnType<typeof setTimeout> } | null = null
  /** True between a second finger landing and the last one lifting: no drag, no tap. */
  private pinching = false
  readonly ctx: ActionContext

  constructor(private readonly deps: ControllerDeps) {
    this.ctx = { store: deps.store, selection: deps.selection }
  }

  notePointerDown(id: string, event: Konva.KonvaEventObject<PointerEvent>): void {
    const { selection } = this.deps
    // Konva also fires pointerdown for the touchstart and the compatibility
    // mousedown of the same press: act on the real pointer event only, or a
    // toggle would run twice and undo itself.
    if (event.evt.type !== 'pointerdown') return
    const additive = event.evt.shiftKey || (this.deps.selectionMode?.() ?? false)
    if (additive) selection.toggle(id)
    else if (!selection.has(id)) selection.set([id])
    if (event.evt.pointerType === 'touch') this.startLongPress(id, event.evt)
  }

  notePointerMove(event: Konva.KonvaEventObject<PointerEvent>): void {
    const press = this.press
    if (!press) return
    const moved = Math.hypot(event.evt.clientX - press.at.x, event.evt.clientY - press.at.y)
    if (moved > TOUCH_SLOP) this.cancelLongPress()
  }

  notePointerUp(): void {
    this.cancelLongPress()
  }

  private startLongPress(id: string, evt: PointerEvent): void {
    this.cancelLongPress()
    const at = { x: evt.clientX, y: evt.clientY }
    const timer = setTimeout(() => {
      this.press = null
      if (this.pinching) return
      this.cancelDrag()
      this.deps.onNoteMenu?.(id, at.x, at.y)
    }, LONG_PRESS_MS)
    this.press = { id, at, timer }
  }

  private cancelLongPress(): void {
    if (this.press) clearTimeout(this.press.timer)
    this.press = null
  }

  /**
   * A second finger landed: the gesture is a pinch, not a drag. Any drag in
   * flight stops and its notes go back where they were, untouched.
   */
  pinchStarted(): void {
    this.pinching = true
    this.cancelLongPress()
    this.cancelDrag()
  }

  pinchEnded(): void {
    this.pinching = false
  }

  /** Stops a note drag in flight and puts every dragged note back, writing nothing. */
  cancelDrag(): void {
    const stage = this.deps.stage()
    for (const node of stage?.find('Group') ?? []) if (node.isDragging()) node.stopDrag()
    this.placeAsStored([...this.starts.keys()])
    this.starts.clear()
    this.followers.clear()
  }

  /** Finds the note nodes that follow the drag of `dragged`, in one pass over its layer. */
  private findFollowers(dragged: string): void {
    this.followers.clear()
    const layer = this.deps.stage()?.findOne(`#${dragged}`)?.getLayer()
    if (!layer) return
    for (const node of layer.getChildren()) {
      const id = node.id()
      if (id.startsWith('note-') && id !== dragged && this.starts.has(id.slice(5)))
        this.followers.set(id.slice(5), node)
    }
  }

  /** Moves every follower by the dragged node's offset from where it started. */
  private moveFollowers(dx: number, dy: number): void {
    for (const [id, node] of this.followers) {
      const start = this.starts.get(id)
      if (start) node.position({ x: start.x + dx, y: start.y + dy })
    }
  }

  /** Konva nodes at the store's positions: back where they were (a refused or cancelled drop), or where a drop put them. */
  private placeAsStored(ids: readonly string[]): void {
    const stage = this.deps.stage()
    for (const id of ids) {
      const note = this.deps.store.note(id)
      if (note) stage?.findOne(`#note-${id}`)?.position({ x: note.x, y: note.y })
    }
  }

  noteDragStart(id: string): void {
    const { selection, store } = this.deps
    this.cancelLongPress()
    if (this.pinching) {
      this.deps.stage()?.findOne(`#note-${id}`)?.stopDrag()
      return
    }
    if (!selection.has(id)) selection.set([id])
    this.starts.clear()
    // The dragged note first: its centre decides where the drop lands.
    for (const selected of [id, ...selection.list().filter((s) => s !== id)]) {
      const note = store.note(selected)
      if (note) this.starts.set(selected, { x: note.x, y: note.y })
    }
    this.findFollowers(`note-${id}`)
  }

  noteDragMove(id: string, node: Konva.Node): void {
    const origin = this.starts.get(id)
    if (!origin) return
    this.moveFollowers(node.x() - origin.x, node.y() - origin.y)
  }

  noteDragEnd(id: string): void {
    const origin = this.starts.get(id)
    const node = this.deps.stage()?.findOne(`#note-${id}`)
    if (!origin || !node) return
    const dx = node.x() - origin.x
    const dy = node.y() - origin.y
    const moved: Record<string, Point> = {}
    for (const [noteId, start] of this.starts) moved[noteId] = { x: start.x + dx, y: start.y + dy }
    this.starts.clear()
    this.followers.clear()
    const plan = dropNotes.perform(this.ctx, moved)
    if (plan.kind === 'refused') {
      this.placeAsStored(Object.keys(moved))
      this.deps.onDropRefused?.(plan)
      return
    }
    // React moves a note's node only when its stored position changes. A note
    // whose place after the drop is the one it had before the drag (the next
    // slot of a stack can be) would stay drawn where the pointer let it go,
    // on top of its neighbour. The store reads the drop in a microtask queued
    // by the write, so this one runs after it.
    queueMicrotask(() => this.placeAsStored(Object.keys(moved)))
  }

  clusterDragStart(id: string): void {
    const { store } = this.deps
    this.starts.clear()
    const cluster = store.cluster(id)
    if (!cluster) return
    this.starts.set(`cluster:${id}`, { x: cluster.rect.x, y: cluster.rect.y })
    for (const note of store.allNotes())
      if (note.clusterId === id) this.starts.set(note.id, { x: note.x, y: note.y })
    this.findFollowers(`cluster-${id}`)
  }

  clusterDragMove(id: string, node: Konva.Node): void {
    const origin = this.starts.get(`cluster:${id}`)
    if (!origin) return
    this.moveFollowers(node.x() - origin.x, node.y() - origin.y)
  }

  clusterDragEnd(id: string): void {
    const origin = this.starts.get(`cluster:${id}`)
    const node = this.deps.stage()?.findOne(`#cluster-${id}`)
    const cluster = this.deps.store.cluster(id)
    if (!origin || !node || !cluster) return
    const dx = node.x() - origin.x
    const dy = node.y() - origin.y
    const positions: Record<string, Point> = {}
    for (const [key, start] of this.starts)
      if (!key.startsWith('cluster:')) positions[key] = { x: start.x + dx, y: start.y + dy }
    this.starts.clear()
    this.followers.clear()
    // The moved frame stays where it was put; whatever it now covers makes room.
    const rect = { ...cluster.rect, x: origin.x + dx, y: origin.y + dy }
    tidyAndWrite(this.ctx, { positions, clusters: { [id]: rect } }, [id])
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
}
