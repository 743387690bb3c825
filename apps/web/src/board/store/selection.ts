type Listener = () => void

/**
 * The facilitator's selection of notes: local UI state, never in a document.
 * Per-id subscriptions so selecting one note re-renders that note only.
 */
export class Selection {
  private ids = new Set<string>()
  private listeners = new Set<Listener>()
  private idListeners = new Map<string, Set<Listener>>()

  has(id: string): boolean {
    return this.ids.has(id)
  }

  get size(): number {
    return this.ids.size
  }

  list(): string[] {
    return [...this.ids]
  }

  set(ids: Iterable<string>): void {
    const next = new Set(ids)
    const touched = [...this.ids]
      .filter((id) => !next.has(id))
      .concat([...next].filter((id) => !this.ids.has(id)))
    if (touched.length === 0) return
    this.ids = next
    this.emit(touched)
  }

  toggle(id: string): void {
    const next = new Set(this.ids)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    this.set(next)
  }

  clear(): void {
    this.set([])
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  subscribeId(id: string, listener: Listener): () => void {
    let set = this.idListeners.get(id)
    if (!set) {
      set = new Set()
      this.idListeners.set(id, set)
    }
    set.add(listener)
    return () => set.delete(listener)
  }

  private emit(touched: string[]): void {
    for (const id of touched) for (const listener of this.idListeners.get(id) ?? []) listener()
    for (const listener of this.listeners) listener()
  }
}
