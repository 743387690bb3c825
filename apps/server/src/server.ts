import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { WebSocketServer } from 'ws'
import { loadSecret } from './auth/secret.js'
import { TokenSigner } from './auth/tokens.js'
import { campaignRoomLifecycle, campaignStateOf } from './campaigns/campaign-room.js'
import { CampaignService } from './campaigns/campaign-service.js'
import { CampaignSynthesis } from './campaigns/campaign-synthesis.js'
import {
  CampaignNotifier,
  DEFAULT_NOTIFIER_LIMITS,
  type NotifierLimits,
} from './campaigns/notifier.js'
import { CampaignPublishing } from './campaigns/publishing.js'
import { TerritoryService } from './campaigns/territory-service.js'
import { WorkerSynthesisBuilder } from './campaigns/worker-synthesis.js'
import { createApp } from './http/app.js'
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http/limits.js'
import { createLogger, type Logger, type LogLevel } from './logging/logger.js'
import { ServerMetrics } from './metrics/server-metrics.js'
import { connectionCloser } from './scale/connection-closer.js'
import { RedisRoomBus } from './scale/redis-bus.js'
import { openSqliteStorage } from './store/sqlite-storage.js'
import type { Storage } from './store/storage.js'
import type { Connection } from './sync/connection.js'
import { startHeartbeatSweep } from './sync/heartbeat-sweep.js'
import { type SyncLimits, syncLimits } from './sync/limits.js'
import { PresenceCounter } from './sync/presence.js'
import { RoomRegistry } from './sync/room-registry.js'
import { syncRoute } from './sync/sync-route.js'
import { TurnGate } from './sync/turn-gate.js'
import { handleWebSocketUpgrades } from './sync/websocket-upgrade.js'
import { ingestLifecycle } from './workshops/ingest-lifecycle.js'
import { privacyLifecycle } from './workshops/privacy-lifecycle.js'
import { WorkshopService } from './workshops/service.js'
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
  /**
   * The root logger (JSON lines); rooms and connections log through its
   * children. Default: stdout at `LOG_LEVEL`, silent when it is unset (an
   * embedded server, the tests); `main.ts` passes one at `info`.
   */
  logger?: Logger
  /** The campaign events streams' limits (defaults: DEFAULT_NOTIFIER_LIMITS). */
  campaignEvents?: Partial<NotifierLimits>
  /**
   * Where everything is kept (`createStorage(env)` builds it from
   * DATABASE_URL / DATA_DIR); defaults to SQLite in `dataDir`. The server
   * owns it from here: `close()` closes it.
   */
  storage?: Storage
  /**
   * Redis for rooms served by several processes (`REDIS_URL`): what one
   * process stores is relayed live by the others. Unset: one process.
   */
  redisUrl?: string | undefined
}

export interface RunningServer {
  url: string
  port: number
  registry: RoomRegistry
  /** The Hono app: `app.request(path, init)` reaches the routes without a socket. */
  app: ReturnType<typeof createApp>
  close(): Promise<void>
}

/**
 * Starts Atelier in one process: `storage` (SQLite in `dataDir` unless told), HTTP API, websocket
 * sync and the web app on one port. Resolves once listening.
 *
 * @example
 * const server = await startServer({ port: 0, dataDir: '/tmp/atelier-test' })
 * // ... server.url is http://127.0.0.1:<port>
 * await server.close()
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger =
    options.logger ??
    createLogger({ level: (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'silent' })
  // One registry per server: tests run several servers in one process.
  const metrics = new ServerMetrics()
  const storage = options.storage ?? openSqliteStorage(options.dataDir)
  const store = storage.roomStore
  store.observe?.(metrics)
  const catalog = storage.catalog
  const signer = new TokenSigner(loadSecret(options.dataDir))
  const limits = syncLimits(options.syncLimits)
  const bus = options.redisUrl
    ? new RedisRoomBus(options.redisUrl, logger, undefined, metrics)
    : undefined
  const registry = new RoomRegistry(store, logger, limits, metrics, bus)
  const tallies = new TallyKeeper(catalog, logger)
  const presence = new PresenceCounter(limits, bus?.presence)
  const campaignCatalog = storage.campaignCatalog
  const notifier = new CampaignNotifier(
    campaignCatalog,
    { ...DEFAULT_NOTIFIER_LIMITS, ...options.campaignEvents },
    logger,
  )
  registry
    // First: the board is migrated and its private room held before the others run.
    .use(privacyLifecycle())
    .use(presence)
    .use(tallies)
    .use(
      ingestLifecycle(
        catalog,
        {
          // Ballots are saved by the process leading the phone's room; the
          // board's leader, perhaps another process, must recount.
          ballotsChanged(workshopId: string) {
            tallies.ballotsChanged(workshopId)
            bus?.announce({ kind: 'ballots-changed', workshopId })
          },
        },
        limits,
        metrics,
      ),
    )
    .use(statusLifecycle(catalog))
    .use(campaignRoomLifecycle((campaignId) => campaignSynthesis.changed(campaignId)))
    // Last: it listens from after the other hooks' own writes on load.
    .use(notifier)
  const connections = new Set<Connection>()
  metrics.watch({
    rooms: () => registry.size,
    connectionRoles: function* () {
      for (const connection of connections) yield connection.identity.role
    },
  })
  // Removal and rotations (facilitator or organiser key) close connections here and, through the bus, on every other process.
  const closeConnections = connectionCloser(connections)
  bus?.onAnnouncement((event) =>
    event.kind === 'ballots-changed'
      ? tallies.ballotsChanged(event.workshopId)
      : closeConnections(event),
  )
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
  // Its worker thread starts at the first synthesis request and stops on close.
  const synthesisBuilder = new WorkerSynthesisBuilder(options.synthesisWorker, logger)
  const campaignSynthesis = new CampaignSynthesis(
    campaignCatalog,
    catalog,
    summaries,
    logger,
    synthesisBuilder,
    (campaignId) => campaignStateOf(registry, campaignId),
  )
  const campaigns = new CampaignService(
    campaignCatalog,
    service,
    signer,
    Date.now,
    (campaignId, generation) => {
      const event = { kind: 'organisers-revoked', campaignId, generation } as const
      closeConnections(event)
      bus?.announce(event)
    },
  )
  // Published versions: built by that worker, stored frozen, rendered there too.
  const publishing = new CampaignPublishing(storage.versions, campaignSynthesis, synthesisBuilder)
  const territories = new TerritoryService(
    campaignCatalog,
    storage.flags,
    campaignSynthesis,
    service,
    signer,
  )
  let port = 0
  const app = createApp({
    service,
    summaries,
    campaigns,
    campaignSynthesis,
    publishing,
    campaignNotifier: notifier,
    territories,
    templates: new TemplateService(storage.templates, service),
    webDist: options.webDist,
    publicUrl: options.publicUrl,
    port: () => port,
    host: options.host ?? '0.0.0.0',
    limits: { ...DEFAULT_HTTP_LIMITS, ...options.httpLimits },
    adminKey: options.adminKey,
    metricsToken: options.metricsToken,
    trustedProxies: options.trustedProxies,
    health: () => ({
      rooms: registry.size,
      connections: connections.size,
      campaignStreams: notifier.streams,
    }),
    metrics,
    logger,
    sync: syncRoute({
      registry,
      signer,
      catalog,
      admission: new TurnGate(limits.admitPerTurn),
      connections,
      maxConnections: options.maxConnections ?? 5000,
      limits,
      presence,
      campaigns: campaignCatalog,
      // Behind a proxy the page's origin is PUBLIC_URL's, whatever Host the proxy sends.
      allowedOrigins: [
        ...(options.allowedOrigins ?? []),
        ...(options.publicUrl ? [new URL(options.publicUrl).origin] : []),
      ],
      logger,
      metrics,
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
      },
      () => resolve(s),
    )
    handleWebSocketUpgrades(s as Server, wss, (request, env) => app.fetch(request, env))
    s.once('error', reject)
  })
  port = (server.address() as AddressInfo).port

  // Ping each connection every 30 s, spread over the interval; one that
  // missed the previous pong is dropped; a quiet one is sent a frame every 20 s.
  const stopHeartbeats = startHeartbeatSweep(connections, options.pingIntervalMs ?? 30_000)

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    registry,
    app,
    async close() {
      stopHeartbeats()
      // Event streams never end by themselves: server.close would wait for them.
      notifier.close()
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await campaignSynthesis.close()
      await registry.closeAll()
      await bus?.close()
      await storage.close()
      metrics.close()
    },
  }
}
