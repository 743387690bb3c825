import { monitorEventLoopDelay } from 'node:perf_hooks'
import { Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { BusMetrics } from '../scale/redis-bus.js'
import type { StoreMetrics } from '../store/store-metrics.js'
import {
  COPY_ANSWERS,
  type CopyAnswer,
  DROP_REASONS,
  type DropReason,
  REFUSAL_REASONS,
  type RefusalReason,
  type SyncMetrics,
} from '../sync/sync-metrics.js'
import type { IngestMetrics } from '../workshops/ingest-metrics.js'

/** What the gauges read when `/metrics` is scraped. */
export interface MetricsSources {
  rooms(): number
  /** The role of every open connection (participant, facilitator, screen, results). */
  connectionRoles(): Iterable<string>
}

/** Connection roles reported even at zero, so a dashboard's series never vanish. */
const ROLES = ['participant', 'facilitator', 'screen', 'results'] as const

/** Latency buckets for a store write, in seconds: 50 µs (SQLite in a turn) to 5 s (a sick disk). */
const STORE_BUCKETS = [
  0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5,
]

/** Relay lag buckets, in seconds: 100 µs (one machine) to 10 s (a stalled subscriber). */
const RELAY_BUCKETS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
]

/**
 * The Prometheus metrics of one server (`/metrics`): a `Registry` of its
 * own, so several servers in one process (the tests) never share or collide
 * on prom-client's global registry. The relay, the store and ingest count
 * into it through the small interfaces they define; gauges read their
 * sources when scraped.
 *
 * Label values are fixed sets (`REFUSAL_REASONS`, `DROP_REASONS`, roles,
 * ingest changes): nothing a client sends becomes a label.
 */
export class ServerMetrics implements SyncMetrics, StoreMetrics, IngestMetrics, BusMetrics {
  readonly registry = new Registry()
  private sources: MetricsSources = { rooms: () => 0, connectionRoles: () => [] }
  /**
   * Sampled from the first scrape on: its 10 ms timer wakes the process a
   * hundred times a second, some 6 ms of CPU a second (`node` alone, idle),
   * most of what an idle server spent, paid in vain where nobody scrapes.
   */
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 })
  private loopWatched = false

  private readonly updatesReceived = this.counter(
    'atelier_updates_received_total',
    'Updates from writers that passed every check and were applied to a room.',
  )
  private readonly updatesRelayed = this.counter(
    'atelier_updates_relayed_total',
    'Update frames sent to peers after being stored (one per receiving peer).',
  )
  private readonly sentBytes = this.counter(
    'atelier_sent_bytes_total',
    'Bytes of websocket frames handed to sockets.',
  )
  private readonly updatesStored = this.counter(
    'atelier_updates_stored_total',
    'Document updates appended to the store.',
  )
  private readonly stateEncodes = this.counter(
    'atelier_state_encodes_total',
    'Documents encoded to answer a sync step 1 (cached answers not counted).',
  )
  private readonly rowsSetAside = this.counter(
    'atelier_store_rows_set_aside_total',
    'Stored room rows that did not apply when their room loaded, moved out of the log.',
  )
  private readonly refused = new Counter({
    name: 'atelier_frames_refused_total',
    help: 'Frames refused with permission-denied, by reason (a fixed set).',
    labelNames: ['reason'],
    registers: [this.registry],
  })
  private readonly copies = new Counter({
    name: 'atelier_state_copies_total',
    help: 'Answers of GET /sync/:room/state, by answer: copy, unchanged (304), none (204), rate-limited.',
    labelNames: ['answer'],
    registers: [this.registry],
  })
  private readonly copyBytes = this.counter(
    'atelier_state_copy_bytes_total',
    "Bytes of gzip'd room copies sent by GET /sync/:room/state.",
  )
  private readonly dropped = new Counter({
    name: 'atelier_connections_dropped_total',
    help: 'Connections the server closed because they passed a limit, by reason.',
    labelNames: ['reason'],
    registers: [this.registry],
  })
  private readonly appendSeconds = new Histogram({
    name: 'atelier_store_append_seconds',
    help: 'From handing an update to the store to the store holding it durably (group commit included).',
    buckets: STORE_BUCKETS,
    registers: [this.registry],
  })
  private readonly flushSeconds = new Histogram({
    name: 'atelier_store_flush_seconds',
    help: 'Duration of one group commit of pending appends.',
    buckets: STORE_BUCKETS,
    registers: [this.registry],
  })
  private readonly relayLagSeconds = new Histogram({
    name: 'atelier_redis_relay_lag_seconds',
    help: 'From another process publishing a room message on Redis to this process receiving it.',
    buckets: RELAY_BUCKETS,
    registers: [this.registry],
  })
  private readonly ingestRuns = this.counter(
    'atelier_ingest_runs_total',
    'Participant documents ingested into their board.',
  )
  private readonly ingestNotes = new Counter({
    name: 'atelier_ingest_notes_total',
    help: 'Notes ingest changed on boards, by change (added, updated, removed).',
    labelNames: ['change'],
    registers: [this.registry],
  })
  private readonly ingestFailures = this.counter(
    'atelier_ingest_failures_total',
    'Ingest runs that threw (the participant document stays as it is).',
  )

  constructor() {
    const sources = () => this.sources
    const loop = this.loopDelay
    // NaN (Prometheus' "no value") until a window has been watched.
    const watched = (read: () => number) => () => (this.loopWatched ? read() : Number.NaN)
    this.gauge('atelier_rooms_loaded', 'Yjs rooms held in memory.', () => sources().rooms())
    this.gauge('atelier_connections', 'Open websocket connections.', () => {
      let count = 0
      for (const _ of sources().connectionRoles()) count++
      return count
    })
    new Gauge({
      name: 'atelier_connections_by_role',
      help: 'Open websocket connections, by role of their token.',
      labelNames: ['role'],
      registers: [this.registry],
      collect() {
        const counts = new Map<string, number>(ROLES.map((role) => [role, 0]))
        for (const role of sources().connectionRoles())
          counts.set(role, (counts.get(role) ?? 0) + 1)
        for (const [role, count] of counts) this.set({ role }, count)
      },
    })
    this.gauge('atelier_heap_used_bytes', 'V8 heap in use.', () => process.memoryUsage().heapUsed)
    this.gauge('atelier_rss_bytes', 'Resident memory of the process.', () =>
      process.memoryUsage.rss(),
    )
    this.gauge('atelier_uptime_seconds', 'Seconds since the process started.', () =>
      Math.round(process.uptime()),
    )
    // Windows between scrapes: the histogram is reset after each one.
    this.gauge(
      'atelier_event_loop_lag_p99_seconds',
      'Event-loop delay, 99th percentile since the previous scrape (NaN at the first).',
      watched(() => loop.percentile(99) / 1e9),
    )
    this.gauge(
      'atelier_event_loop_lag_max_seconds',
      'Longest event-loop delay since the previous scrape (NaN at the first).',
      watched(() => loop.max / 1e9),
    )
    // Every reason appears at zero, so a rate() over it exists before the first refusal.
    for (const reason of REFUSAL_REASONS) this.refused.inc({ reason }, 0)
    for (const reason of DROP_REASONS) this.dropped.inc({ reason }, 0)
    for (const answer of COPY_ANSWERS) this.copies.inc({ answer }, 0)
    for (const change of ['added', 'updated', 'removed']) this.ingestNotes.inc({ change }, 0)
  }

  /** Where the gauges read rooms and connections (set once the registry and the socket set exist). */
  watch(sources: MetricsSources): void {
    this.sources = sources
  }

  /** The Prometheus text exposition of every metric. */
  async render(): Promise<string> {
    const text = await this.registry.metrics()
    if (!this.loopWatched) {
      this.loopWatched = true
      this.loopDelay.enable()
    }
    this.loopDelay.reset()
    return text
  }

  get contentType(): string {
    return this.registry.contentType
  }

  /** Stops the event-loop monitor (the server closes). */
  close(): void {
    this.loopDelay.disable()
  }

  updateReceived(): void {
    this.updatesReceived.inc()
  }
  updateRelayed(peers: number): void {
    if (peers > 0) this.updatesRelayed.inc(peers)
  }
  bytesSent(bytes: number): void {
    this.sentBytes.inc(bytes)
  }
  frameRefused(reason: RefusalReason): void {
    this.refused.inc({ reason })
  }
  connectionDropped(reason: DropReason): void {
    this.dropped.inc({ reason })
  }
  updateStored(seconds: number): void {
    this.updatesStored.inc()
    this.appendSeconds.observe(seconds)
  }
  stateEncoded(): void {
    this.stateEncodes.inc()
  }
  rowSetAside(): void {
    this.rowsSetAside.inc()
  }
  stateCopy(answer: CopyAnswer, bytes: number): void {
    this.copies.inc({ answer })
    if (bytes > 0) this.copyBytes.inc(bytes)
  }
  flushed(seconds: number): void {
    this.flushSeconds.observe(seconds)
  }
  ingested(change: { added: number; updated: number; removed: number }): void {
    this.ingestRuns.inc()
    if (change.added) this.ingestNotes.inc({ change: 'added' }, change.added)
    if (change.updated) this.ingestNotes.inc({ change: 'updated' }, change.updated)
    if (change.removed) this.ingestNotes.inc({ change: 'removed' }, change.removed)
  }
  relayLag(seconds: number): void {
    this.relayLagSeconds.observe(seconds)
  }
  ingestFailed(): void {
    this.ingestFailures.inc()
  }

  private counter(name: string, help: string): Counter {
    return new Counter({ name, help, registers: [this.registry] })
  }

  private gauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read())
      },
    })
  }
}
