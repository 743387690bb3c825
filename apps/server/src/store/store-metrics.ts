/** What a room store tells the operator's metrics (implemented by `metrics/server-metrics.ts`). */
export interface StoreMetrics {
  /** One group commit of pending appends took `seconds`. */
  flushed(seconds: number): void
}

/** Counts nothing: a store built outside a server. */
export const NO_STORE_METRICS: StoreMetrics = { flushed() {} }
