import { Hono } from 'hono'
import type { WorkshopService } from '../workshops/service.js'
import type { SummaryService } from '../workshops/summary-service.js'
import type { TemplateService } from '../workshops/template-service.js'
import { errorBody, handleError } from './errors.js'
import { exportRoutes } from './export-routes.js'
import { type MetricsSource, renderMetrics } from './metrics.js'
import { phoneRoutes } from './phone-routes.js'
import { lanAddresses } from './public-url.js'
import { staticRoutes } from './static-routes.js'
import { templateRoutes } from './template-routes.js'
import { workshopRoutes } from './workshop-routes.js'

export interface AppOptions {
  service: WorkshopService
  summaries: SummaryService
  templates: TemplateService
  sync: Hono
  webDist?: string | undefined
  publicUrl?: string | undefined
  port: () => number
  /** The interface the server listens on: decides which LAN addresses phones are sent to. */
  host: string
  health: () => Record<string, unknown>
  metrics: MetricsSource
}

/** The whole HTTP surface: API v1, the sync endpoint, health, and the web app. */
export function createApp(options: AppOptions) {
  const api = new Hono()
    .route('/', exportRoutes(options.service, options.summaries, options.publicUrl))
    .route('/', templateRoutes(options.templates, options.service))
    .route('/', workshopRoutes(options.service, options.templates, options.publicUrl))
    .route('/', phoneRoutes(options.service, options.publicUrl))
    .get('/time', (c) => c.json({ now: Date.now() }))
    .get('/info', (c) =>
      c.json({
        publicUrl: options.publicUrl ?? null,
        lanUrls: lanAddresses(options.host).map((address) => `http://${address}:${options.port()}`),
      }),
    )
  const app = new Hono()
  app.onError(handleError)
  app.get('/healthz', (c) => c.json({ ok: true, ...options.health() }))
  app.get('/metrics', (c) =>
    c.text(renderMetrics(options.metrics), 200, { 'content-type': 'text/plain; version=0.0.4' }),
  )
  app.route('/api', api)
  app.all('/api/*', (c) =>
    c.json(errorBody('not-found', `No API route ${c.req.method} ${c.req.path}.`), 404),
  )
  app.route('/sync', options.sync)
  app.route('/', staticRoutes(options.webDist))
  return app
}
