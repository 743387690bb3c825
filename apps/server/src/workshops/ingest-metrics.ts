/** What ingest tells the operator's metrics (implemented by `metrics/server-metrics.ts`). */
export interface IngestMetrics {
  /** One participant document was ingested: notes it added, updated, removed on the board. */
  ingested(change: { added: number; updated: number; removed: number }): void
  /** An ingest run threw. */
  ingestFailed(): void
}

/** Counts nothing: ingest wired outside a server. */
export const NO_INGEST_METRICS: IngestMetrics = { ingested() {}, ingestFailed() {} }
