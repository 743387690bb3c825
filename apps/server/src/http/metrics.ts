/** What `/metrics` reports, read when scraped. */
export interface MetricsSource {
  rooms(): number
  connections(): number
  storedUpdates(): number
  /** Documents encoded to answer a sync step 1 (cached answers not counted). */
  stateEncodes(): number
  /** Stored rows that did not apply when their room loaded, set aside. */
  rowsSetAside(): number
}

/**
 * Prometheus text exposition of the few numbers an operator watches on the
 * day of a congress: loaded rooms, open connections, updates stored, memory.
 */
export function renderMetrics(source: MetricsSource): string {
  const memory = process.memoryUsage()
  const lines = [
    metric('atelier_rooms_loaded', 'gauge', 'Yjs rooms held in memory.', source.rooms()),
    metric('atelier_connections', 'gauge', 'Open websocket connections.', source.connections()),
    metric(
      'atelier_updates_stored_total',
      'counter',
      'Document updates appended to the store.',
      source.storedUpdates(),
    ),
    metric(
      'atelier_state_encodes_total',
      'counter',
      'Documents encoded to answer a sync step 1 (cached answers not counted).',
      source.stateEncodes(),
    ),
    metric(
      'atelier_store_rows_set_aside_total',
      'counter',
      'Stored room rows that did not apply when their room loaded, moved out of the log.',
      source.rowsSetAside(),
    ),
    metric('atelier_heap_used_bytes', 'gauge', 'V8 heap in use.', memory.heapUsed),
    metric('atelier_rss_bytes', 'gauge', 'Resident memory of the process.', memory.rss),
    metric(
      'atelier_uptime_seconds',
      'gauge',
      'Seconds since the process started.',
      Math.round(process.uptime()),
    ),
  ]
  return `${lines.join('\n')}\n`
}

function metric(name: string, type: 'gauge' | 'counter', help: string, value: number): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${name} ${value}`
}
