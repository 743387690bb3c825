import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { WebSocketServer } from 'ws'
import { loadSecret } from './auth/secret.js'
import { TokenSigner } from './auth/tokens.js'
import { CampaignService } from './campaigns/campaign-service.js'
import { CampaignSynthesis } from './campaigns/campaign-synthesis.js'
import { SqliteCampaignCatalog } from './campaigns/sqlite-campaign-catalog.js'
import { WorkerSynthesisBuilder } from './campaigns/worker-synthesis.js'
import { createApp } from './http/app.js'
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http/limits.js'
import { connectionCloser } from './scale/connection-closer.js'
import { RedisRoomBus } from './scale/redis-bus.js'
import { openSqlite } from './store/sqlite-database.js'
import { SqliteRoomStore } from './store/sqlite-room-store.js'
import type { RoomStore } from './store/types.js'
import type { Connection } from './sync/connection.js'
import { type SyncLimits, syncLimits } from './sync/limits.js'
import { PresenceCounter } from './sync/presence.js'
import { RoomRegistry } from './sync/room-registry.js'
import { syncRoute } from './sync/sync-route.js'
import { ingestLifecycle } from './workshops/ingest-lifecycle.js'
import { privacyLifecycle } from './workshops/privacy-lifecycle.js'
import { WorkshopService } from './workshops/service.js'
import { SqliteCatalog } from './workshops/sqlite-catalog.js'
import { SqliteTemplates } from './workshops/sqlite-templates.js'
import { statusLifecycle } from './workshops/status-lifecycle.js'
import { SummaryService } from './workshops/summary-service.js'
import { TallyKeeper } from './workshops/tally-lifecycle.js'
import { TemplateService } from './workshops/template-service.js'

export interface ServerOptions {
  port?: number
  host?: string
  dataDir: string
  webDist?: string | undefined
  publicUrl?: string | undefined
  allowedOrigins?: string[]
  /** Largest websocket frame accepted, in bytes. */
  maxPayload?: number
  maxConnections?: number
  /** Participants one workshop accepts (default 2000). */
  maxParticipantsPerWorkshop?: number
  /** The synthesis worker's entry (default: the built `synthesis-worker.js`; tests pass one that crashes). */
  synthesisWorker?: URL
  pingIntervalMs?: number
  /** Body sizes and the workshop-creation rate (defaults: DEFAULT_HTTP_LIMITS). */
  httpLimits?: Partial<HttpLimits>
  /** When set, creating a workshop needs `Authorization: Bearer <adminKey>`. */
  adminKey?: string | undefined
  /** When set, `/metrics` needs it as a bearer; else it answers local requests only. */
  metricsToken?: string | undefined
  /** Reverse proxies (addresses) whose `X-Forwarded-For` names the client: rate limits count per client. */
  trustedProxies?: string[]
  /** What one connection may cost the server; see `DEFAULT_SYNC_LIMITS` for the defaults. */
  syncLimits?: Partial<SyncLimits>
  log?: (message: string, error?: unknown) => void
  /**
   * Redis for rooms served by several processes (`REDIS_URL`): what one
   * process stores is relayed live by the others. Unset: one process.
   */
  redisUrl?: string | undefined
  /** Where rooms are stored; defaults to SQLite in `dataDir` (tests wrap it to slow it down). */
  roomStore?: (sqlite: RoomStore) => RoomStore
}

export interface RunningServer {
  url: string
  port: number
  registry: RoomRegistry
  close(): Promise<void>
}

const defaultLog = (message: string, error?: unknown) =>
  error === undefined ? console.log(message) : console.error(message, error)

/**
 * Starts Atelier in one process: SQLite in `dataDir`, HTTP API, websocket
 * sync and the web app on one port. Resolves once listening.
 *
 * @example
 * const server = await startServer({ port: 0, dataDir: '/tmp/atelier-test' })
 * // ... server.url is http://127.0.0.1:<port>
 * await server.close()
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? defaultLog
  const db = openSqlite(options.dataDir)
  const sqliteStore = new SqliteRoomStore(db)
  const baseStore = options.roomStore?.(sqliteStore) ?? sqliteStore
  let storedUpdates = 0
  const store: RoomStore = {
    load: (room) => baseStore.load(room),
    append: (room, update) => {
      storedUpdates++
      return baseStore.append(room, update)
    },
    flush: () => baseStore.flush?.(),
    compact: (room, snapshot, seq) => baseStore.compact(room, snapshot, seq),
    setAside: (room, row, reason) => baseStore.setAside?.(room, row, reason),
    close: () => baseStore.close(),
  }
  const catalog = new SqliteCatalog(db)
  const signer = new TokenSigner(loadSecret(options.dataDir))
  const limits = syncLimits(options.syncLimits)
  const bus = options.redisUrl ? new RedisRoomBus(options.redisUrl, log) : undefined
  const registry = new RoomRegistry(store, log, limits, bus)
  const tallies = new TallyKeeper(catalog, log)
  const presence = new PresenceCounter(limits)
  registry
    // First: the board is migrated and its private room held before the others run.
    .use(privacyLifecycle(log))
    .use(presence)
    .use(tallies)
    .use(ingestLifecycle(catalog, tallies, log, limits))
    .use(statusLifecycle(catalog, log))
  const connections = new Set<Connection>()
  // Removal and rotation close connections here and, through the bus, on every other process.
  const closeConnections = connectionCloser(connections)
  bus?.onAnnouncement((event) => closeConnections(event))
  const service = new WorkshopService(
    catalog,
    registry,
    signer,
    {
      participant(workshopId, participantId) {
        const event = { kind: 'participant-removed', workshopId, participantId } as const
        closeConnections(event)
        bus?.announce(event)
      },
      facilitatorsBefore(workshopId, generation) {
        const event = { kind: 'facilitators-revoked', workshopId, generation } as const
        closeConnections(event)
        bus?.announce(event)
      },
    },
    options.maxParticipantsPerWorkshop,
  )

  const summaries = new SummaryService(catalog, registry)
  const campaignCatalog = new SqliteCampaignCatalog(db)
  // Its worker thread starts at the first synthesis request and stops on close.
  const campaignSynthesis = new CampaignSynthesis(
    campaignCatalog,
    catalog,
    summaries,
    log,
    new WorkerSynthesisBuilder(options.synthesisWorker, log),
  )
  let port = 0
  const app = createApp({
    service,
    summaries,
    campaigns: new CampaignService(campaignCatalog, service, signer),
    campaignSynthesis,
    templates: new TemplateService(new SqliteTemplates(db), service),
    webDist: options.webDist,
    publicUrl: options.publicUrl,
    port: () => port,
    host: options.host ?? '0.0.0.0',
    limits: { ...DEFAULT_HTTP_LIMITS, ...options.httpLimits },
    adminKey: options.adminKey,
    metricsToken: options.metricsToken,
    trustedProxies: options.trustedProxies,
    health: () => ({ rooms: registry.size, connections: connections.size }),
    metrics: {
      rooms: () => registry.size,
      connections: () => connections.size,
      storedUpdates: () => storedUpdates,
      stateEncodes: () => registry.stateEncodes,
      rowsSetAside: () => registry.rowsSetAside,
    },
    sync: syncRoute({
      registry,
      signer,
      catalog,
      connections,
      maxConnections: options.maxConnections ?? 5000,
      limits,
      presence,
      // Behind a proxy the page's origin is PUBLIC_URL's, whatever Host the proxy sends.
      allowedOrigins: [
        ...(options.allowedOrigins ?? []),
        ...(options.publicUrl ? [new URL(options.publicUrl).origin] : []),
      ],
      log,
    }),
  })

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload ?? 4 * 1024 * 1024,
  })
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 8080,
        hostname: options.host ?? '0.0.0.0',
        websocket: { server: wss },
      },
      () => resolve(s),
    )
    s.once('error', reject)
  })
  port = (server.address() as AddressInfo).port

  // Ping every 30 s; a connection that missed the previous pong is dropped.
  const heartbeat = setInterval(() => {
    for (const connection of connections) connection.heartbeat()
  }, options.pingIntervalMs ?? 30_000)
  heartbeat.unref()

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    registry,
    async close() {
      clearInterval(heartbeat)
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await campaignSynthesis.close()
      await registry.closeAll()
      await bus?.close()
      await store.close()
      db.close()
    },
  }
}
