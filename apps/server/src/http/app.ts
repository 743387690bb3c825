import { Hono } from 'hono'
import type { CampaignService } from '../campaigns/campaign-service.js'
import type { CampaignSynthesis } from '../campaigns/campaign-synthesis.js'
import type { CampaignNotifier } from '../campaigns/notifier.js'
import type { CampaignPublishing } from '../campaigns/publishing.js'
import type { TerritoryService } from '../campaigns/territory-service.js'
import type { Logger } from '../logging/logger.js'
import type { WorkshopService } from '../workshops/service.js'
import type { SummaryService } from '../workshops/summary-service.js'
import type { TemplateService } from '../workshops/template-service.js'
import { apiBodyLimit, jsonOnly } from './body-guard.js'
import { campaignRoutes } from './campaign-routes.js'
import { campaignScreenRoutes } from './campaign-screen-routes.js'
import { clientAddresses } from './client-address.js'
import { creationGuard, creationRateLimit, sameSecret } from './creation-guard.js'
import { ApiError, errorBody, errorHandler } from './errors.js'
import { exportRoutes } from './export-routes.js'
import { JoinGuard } from './join-guard.js'
import type { HttpLimits } from './limits.js'
import { isLocal } from './local-request.js'
import { phoneRoutes } from './phone-routes.js'
import { lanAddresses } from './public-url.js'
import { RateLimiter } from './rate-limit.js'
import { securityHeaders } from './security-headers.js'
import { staticRoutes } from './static-routes.js'
import { templateRoutes } from './template-routes.js'
import { territoryRoutes } from './territory-routes.js'
import { versionRoutes } from './version-routes.js'
import { workshopRoutes } from './workshop-routes.js'

export interface AppOptions {
  service: WorkshopService
  summaries: SummaryService
  templates: TemplateService
  campaigns: CampaignService
  campaignSynthesis: CampaignSynthesis
  /** Published versions of campaign syntheses (version-routes.ts). */
  publishing: CampaignPublishing
  /** The campaign events streams (the congress screen and organisers' pages). */
  campaignNotifier: CampaignNotifier
  /** Territories' feedback links and flags (issue 10). */
  territories: TerritoryService
  sync: Hono
  webDist?: string | undefined
  publicUrl?: string | undefined
  port: () => number
  /** The interface the server listens on: decides which LAN addresses phones are sent to. */
  host: string
  health: () => Record<string, unknown>
  /** `/metrics`: the Prometheus text of this server's registry. */
  metrics: { render(): Promise<string>; readonly contentType: string }
  logger: Logger
  limits: HttpLimits
  /** `ATELIER_ADMIN_KEY`: when set, creating a workshop needs it. */
  adminKey?: string | undefined
  /** `METRICS_TOKEN`: when set, `/metrics` needs it as a bearer; else local requests only. */
  metricsToken?: string | undefined
  /** `TRUSTED_PROXIES`: reverse proxies whose `X-Forwarded-For` names the client. */
  trustedProxies?: readonly string[]
}

/** The whole HTTP surface: API v1, the sync endpoint, health, and the web app. */
export function createApp(options: AppOptions) {
  const { burst, perMinute } = options.limits.workshopCreation
  // One bucket for every creation: workshops, campaigns, workshops and files added to campaigns.
  const creationLimiter = new RateLimiter(burst, perMinute)
  const creations = creationGuard(options.adminKey, creationLimiter)
  const joins = new JoinGuard(options.limits)
  const api = new Hono()
    .use('*', jsonOnly, apiBodyLimit(options.limits))
    .use('/workshops', creations)
    .use('/workshops/import', creations)
    .route(
      '/',
      campaignRoutes({
        campaigns: options.campaigns,
        synthesis: options.campaignSynthesis,
        workshops: options.service,
        templates: options.templates,
        creationGuard: creations,
        creationRate: creationRateLimit(creationLimiter),
        publicUrl: options.publicUrl,
        notifier: options.campaignNotifier,
      }),
    )
    .route(
      '/',
      campaignScreenRoutes({
        campaigns: options.campaigns,
        synthesis: options.campaignSynthesis,
        notifier: options.campaignNotifier,
        publicUrl: options.publicUrl,
      }),
    )
    .route(
      '/',
      territoryRoutes({
        campaigns: options.campaigns,
        territories: options.territories,
        publicUrl: options.publicUrl,
        flagRate: options.limits.territoryFlags,
      }),
    )
    .route('/', versionRoutes(options.campaigns, options.publishing))
    .route('/', exportRoutes(options.service, options.summaries, options.publicUrl))
    .route('/', templateRoutes(options.templates, options.service))
    .route('/', workshopRoutes(options.service, options.templates, joins, options.publicUrl))
    .route('/', phoneRoutes(options.service, joins, options.publicUrl))
    .get('/time', (c) => c.json({ now: Date.now() }))
    .get('/info', (c) =>
      c.json({
        publicUrl: options.publicUrl ?? null,
        // The board asks from the laptop (localhost) for the QR code's address; the
        // network's layout is nobody else's business (a board opened by LAN
        // address already knows one).
        lanUrls: isLocal(c)
          ? lanAddresses(options.host).map((address) => `http://${address}:${options.port()}`)
          : [],
        adminKeyRequired: Boolean(options.adminKey),
      }),
    )
  const app = new Hono()
  app.onError(errorHandler(options.logger))
  app.use('*', securityHeaders, clientAddresses(options.trustedProxies ?? []))
  app.get('/healthz', (c) => c.json({ ok: true, ...options.health() }))
  app.get('/metrics', async (c) => {
    const token = options.metricsToken
    const allowed = token
      ? sameSecret(c.req.header('authorization')?.replace(/^Bearer\s+/i, ''), token)
      : isLocal(c)
    if (!allowed)
      throw new ApiError(
        403,
        'metrics-forbidden',
        token
          ? 'Send METRICS_TOKEN as "Authorization: Bearer <token>".'
          : '/metrics answers this computer only; set METRICS_TOKEN to scrape it from elsewhere.',
      )
    return c.text(await options.metrics.render(), 200, {
      'content-type': options.metrics.contentType,
    })
  })
  app.route('/api', api)
  app.all('/api/*', (c) =>
    c.json(errorBody('not-found', `No API route ${c.req.method} ${c.req.path}.`), 404),
  )
  app.route('/sync', options.sync)
  app.route('/', staticRoutes(options.webDist))
  return app
}
