import * as Y from 'yjs'

type Listener = () => void

/** Which documents one facilitator action touched, and how many undo steps on each. */
type Entry = Map<Y.UndoManager, number>

/**
 * Undo and redo of the facilitator's own actions, across the board and the
 * layout documents. One Y.UndoManager per document (an UndoManager cannot
 * span documents), tracking only `origin`: the server's ingest, phones and
 * automatic placement are never undone. A gesture often writes both
 * documents (grouping creates a cluster and tidies its notes), so the steps
 * recorded in one synchronous burst form one entry, undone together.
 *
 * Invariant: `undoStack` entries count exactly the items each manager added,
 * so undoing an entry pops exactly what that gesture pushed.
 */
export class UndoHistory {
  private readonly managers: Y.UndoManager[]
  private undoStack: Entry[] = []
  private redoStack: Entry[] = []
  private open: Entry | null = null
  private replaying = false
  private listeners = new Set<Listener>()

  // biome-ignore lint/suspicious/noExplicitAny: Y.UndoManager itself takes AbstractType<any>
  constructor(scopes: readonly (readonly Y.AbstractType<any>[])[], origin: unknown) {
    this.managers = scopes
      .filter((scope) => scope.length > 0)
      .map((scope) => {
        // captureTimeout 0: Yjs must not merge two gestures; grouping is done here.
        const manager = new Y.UndoManager([...scope], {
          trackedOrigins: new Set([origin]),
          captureTimeout: 0,
        })
        manager.on('stack-item-added', (event: { type: 'undo' | 'redo' }) => {
          if (event.type === 'undo' && !this.replaying) this.record(manager)
        })
        return manager
      })
  }

  private record(manager: Y.UndoManager): void {
    if (!this.open) {
      this.open = new Map()
      this.undoStack.push(this.open)
      this.redoStack = []
      // The burst ends with the current task: later changes are another gesture.
      setTimeout(() => {
        this.open = null
      }, 0)
    }
    this.open.set(manager, (this.open.get(manager) ?? 0) + 1)
    this.emit()
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0
  }

  undo(): void {
    this.replay(this.undoStack, this.redoStack, (m) => m.undo())
  }

  redo(): void {
    this.replay(this.redoStack, this.undoStack, (m) => m.redo())
  }

  private replay(from: Entry[], to: Entry[], step: (m: Y.UndoManager) => unknown): void {
    const entry = from.pop()
    if (!entry) return
    this.open = null
    this.replaying = true
    try {
      for (const [manager, count] of entry) for (let i = 0; i < count; i++) step(manager)
    } finally {
      this.replaying = false
    }
    to.push(entry)
    this.emit()
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  destroy(): void {
    for (const manager of this.managers) manager.destroy()
    this.listeners.clear()
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}
