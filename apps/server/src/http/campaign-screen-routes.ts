import { Hono } from 'hono'
import { type SSEStreamingApi, streamSSE } from 'hono/streaming'
import type { CampaignService } from '../campaigns/campaign-service.js'
import type { CampaignSynthesis } from '../campaigns/campaign-synthesis.js'
import type { CampaignNotifier } from '../campaigns/notifier.js'
import { ApiError } from './errors.js'
import { publicBase } from './public-url.js'
import { bearer, readOptionalJson } from './workshop-routes.js'

export interface CampaignScreenRouteDeps {
  campaigns: CampaignService
  synthesis: CampaignSynthesis
  notifier: CampaignNotifier
  publicUrl?: string | undefined
}

// The token travels in the fragment, like the organiser's: never in a request line.
const screenLink = (base: string, id: string, token: string) =>
  `${base}/c/${id}/screen#token=${token}`

/**
 * The congress screen (`/c/<id>/screen`) and the campaign's push channel:
 * `POST /campaigns/:id/screen-links` (organiser or co-organiser) mints the
 * screen's read-only link; `GET /campaigns/:id/screen` is what it projects;
 * `GET /campaigns/:id/events` tells organisers' pages and screens when to ask
 * again (Server-Sent Events, read with fetch so the bearer goes in a header).
 */
export function campaignScreenRoutes(deps: CampaignScreenRouteDeps) {
  const { campaigns, synthesis, notifier } = deps
  const reader = (c: {
    req: { param(name: 'id'): string; header(name: string): string | undefined }
  }) => campaigns.authorizeScreen(c.req.param('id'), bearer(c.req.header('authorization')))
  return new Hono()
    .post('/campaigns/:id/screen-links', async (c) => {
      const { campaign } = await campaigns.authorize(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      await readOptionalJson(c)
      const token = campaigns.issueScreen(campaign)
      const base = publicBase(c.req.url, deps.publicUrl)
      return c.json({ token, url: screenLink(base, campaign.id, token) }, 201)
    })
    .get('/campaigns/:id/screen', async (c) => {
      const { campaign } = await reader(c)
      const projection = await synthesis.screen(campaign)
      return c.json(projection, 200, { 'cache-control': 'no-store' })
    })
    .get('/campaigns/:id/events', async (c) => {
      const { campaign } = await reader(c)
      let wake: (() => void) | null = null
      let dirty = false
      let ended = false
      // Subscribed before the stream starts: a full server answers a plain 503.
      const subscription = notifier.subscribe(campaign.id, {
        changed() {
          dirty = true
          wake?.()
        },
        ended() {
          ended = true
          wake?.()
        },
      })
      const { heartbeatMs } = notifier.limits
      c.header('cache-control', 'no-store')
      // nginx and its kin buffer responses unless told: events must go out at once.
      c.header('x-accel-buffering', 'no')
      const response = streamSSE(c, async (stream) => {
        stream.onAbort(() => {
          ended = true
          wake?.()
        })
        try {
          await subscription.ready
          if (!(await within(stream, heartbeatMs, 'ready', { heartbeatMs }))) return
          while (!ended && !stream.aborted) {
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, heartbeatMs)
              wake = () => {
                clearTimeout(timer)
                resolve()
              }
              if (dirty || ended) wake()
            })
            wake = null
            if (ended || stream.aborted) break
            const event = dirty ? 'changed' : null
            dirty = false
            // A link revoked meanwhile (a rotation tells every stream) is told so, and ends.
            const refused = event ? await stillAllowed(() => reader(c)) : null
            if (refused) {
              await within(stream, heartbeatMs, 'closed', { code: refused })
              break
            }
            // A reader that takes no bytes for a whole heartbeat is gone: its slot is freed.
            if (!(await within(stream, heartbeatMs, event, { at: Date.now() }))) break
          }
        } finally {
          subscription.close()
        }
      })
      // Never reused for another request: the socket closes with the stream, so
      // a shutdown does not wait for a kept-alive connection to time out.
      response.headers.set('connection', 'close')
      return response
    })
}

/** Null when the bearer still opens the campaign, else the refusal's code. */
async function stillAllowed(check: () => Promise<unknown>): Promise<string | null> {
  try {
    await check()
    return null
  } catch (error) {
    return error instanceof ApiError ? error.code : 'internal'
  }
}

/**
 * Writes one event (or, for `null`, a heartbeat comment) unless the reader
 * does not take it within `ms`; false then, and the stream is to end. A
 * slow reader never stacks events: the next one waits for this write.
 */
async function within(
  stream: SSEStreamingApi,
  ms: number,
  event: string | null,
  data: unknown,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const write =
    event === null
      ? stream.write(': heartbeat\n\n')
      : stream.writeSSE({ event, data: JSON.stringify(data) })
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
  })
  try {
    return await Promise.race([write.then(() => true as const), late])
  } finally {
    clearTimeout(timer)
  }
}
