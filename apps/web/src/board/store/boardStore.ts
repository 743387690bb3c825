import type * as Y from 'yjs'
import { type BoardState, LAYOUT_MAPS, type LayoutState, readBoard, readLayout } from '../../model'
import { buildViews } from './buildViews'
import { type ClusterView, type FrameView, type NoteView, sameView } from './views'

type Listener = () => void

/**
 * The canvas's view of the board and layout documents, with subscriptions per
 * note and per cluster: a change to one note notifies that note's component
 * only, so thousands of notes are not re-rendered when one moves.
 *
 * Invariant: a view object keeps its identity until its content changes, and
 * `noteIds` / `clusterIds` / `frames` keep theirs until their membership does.
 */
export class BoardStore {
  board: BoardState
  layout: LayoutState
  noteIds: readonly string[] = []
  clusterIds: readonly string[] = []
  frames: readonly FrameView[] = []
  private notes = new Map<string, NoteView>()
  private clusters = new Map<string, ClusterView>()
  private listeners = new Set<Listener>()
  private itemListeners = new Map<string, Set<Listener>>()
  private scheduled = false

  constructor(
    readonly boardDoc: Y.Doc,
    readonly layoutDoc: Y.Doc,
    /**
     * The facilitator's private room: the board carries no authors, names or
     * hidden and silent-mode texts; this adds them. The projector has none.
     */
    readonly privateDoc?: Y.Doc,
  ) {
    // Reads only: observing the documents is a resource, taken in `start` (an effect), not here (a render).
    this.board = readBoard(boardDoc, privateDoc)
    this.layout = readLayout(layoutDoc)
    this.refresh()
  }

  /**
   * Starts following the documents (and catches up with what changed since
   * the last read). Pairs with `destroy`; a store can be started again after
   * it, which is what StrictMode's mount, unmount, mount does.
   */
  start(): this {
    if (this.started) return this
    this.started = true
    this.boardDoc.on('afterTransaction', this.schedule)
    this.layoutDoc.on('afterTransaction', this.schedule)
    this.privateDoc?.on('afterTransaction', this.schedule)
    this.schedule()
    return this
  }

  /** Stops following the documents; idempotent. */
  destroy(): void {
    this.started = false
    this.boardDoc.off('afterTransaction', this.schedule)
    this.layoutDoc.off('afterTransaction', this.schedule)
    this.privateDoc?.off('afterTransaction', this.schedule)
  }

  private started = false

  /**
   * Batches bursts of transactions (a sync, a multi-note drop) into one
   * refresh. A transaction that only touched the layout doc's `presentation`
   * ("follow me" writes the viewport ten times a second) changes nothing drawn.
   */
  private schedule = (transaction?: Y.Transaction): void => {
    if (transaction && this.onlyPresentation(transaction)) return
    if (this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => {
      this.scheduled = false
      if (!this.started) return
      this.board = readBoard(this.boardDoc, this.privateDoc)
      this.layout = readLayout(this.layoutDoc)
      this.refresh()
    })
  }

  private onlyPresentation(transaction: Y.Transaction): boolean {
    if (transaction.doc !== this.layoutDoc || transaction.changed.size === 0) return false
    const presentation: unknown = this.layoutDoc.getMap(LAYOUT_MAPS.presentation)
    for (const type of transaction.changed.keys()) if (type !== presentation) return false
    return true
  }

  private refresh(): void {
    const views = buildViews(this.board, this.layout)
    const changed: string[] = []
    let listChanged = false
    const diff = <T extends object>(previous: Map<string, T>, next: Map<string, T>) => {
      const merged = new Map<string, T>()
      for (const [id, view] of next) {
        const old = previous.get(id)
        if (old && sameView(old, view)) merged.set(id, old)
        else {
          merged.set(id, view)
          changed.push(id)
        }
      }
      if (merged.size !== previous.size || [...previous.keys()].some((id) => !merged.has(id)))
        listChanged = true
      for (const id of previous.keys()) if (!merged.has(id)) changed.push(id)
      return merged
    }
    this.notes = diff(this.notes, views.notes)
    this.clusters = diff(this.clusters, views.clusters)
    if (listChanged) {
      this.noteIds = [...this.notes.keys()]
      this.clusterIds = [...this.clusters.keys()]
    }
    const framesChanged =
      views.frames.length !== this.frames.length ||
      views.frames.some((f, i) => !sameView(this.frames[i], f))
    if (framesChanged) this.frames = views.frames
    for (const id of changed) for (const listener of this.itemListeners.get(id) ?? []) listener()
    // Board-wide listeners (panels, list view) hear every change; they are few.
    for (const listener of this.listeners) listener()
  }

  note(id: string): NoteView | undefined {
    return this.notes.get(id)
  }

  cluster(id: string): ClusterView | undefined {
    return this.clusters.get(id)
  }

  allNotes(): Iterable<NoteView> {
    return this.notes.values()
  }

  allClusters(): Iterable<ClusterView> {
    return this.clusters.values()
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  subscribeItem(id: string, listener: Listener): () => void {
    let set = this.itemListeners.get(id)
    if (!set) {
      set = new Set()
      this.itemListeners.set(id, set)
    }
    set.add(listener)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.itemListeners.delete(id)
    }
  }
}
