import { Hono } from 'hono'
import { z } from 'zod'
import type { CampaignService } from '../campaigns/campaign-service.js'
import type { TerritoryFlag } from '../campaigns/flag-store.js'
import type { AuthorizedTerritory, TerritoryService } from '../campaigns/territory-service.js'
import { ApiError, readJson } from './errors.js'
import { publicBase } from './public-url.js'
import { RateLimiter } from './rate-limit.js'
import { bearer, readOptionalJson } from './workshop-routes.js'

/** Longest comment on a flag, and reply to one, in characters. */
export const MAX_COMMENT = 1000

// Control characters other than line breaks and tabs have no place in a comment.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const comment = z
  .string()
  .trim()
  .min(1)
  .max(MAX_COMMENT)
  .refine((text) => !CONTROL.test(text), 'no control characters')

const NewFlag = z.object({ itemId: z.string().min(1).max(200), comment }).strict()
const Resolution = z.object({ reply: comment.optional() }).strict()
const LinkFor = z.object({ workshopId: z.string().min(1).max(64) }).strict()

// Like the organiser link, the token travels in the fragment (never in a request line).
const territoryLink = (base: string, campaignId: string, token: string) =>
  `${base}/c/${campaignId}/t#key=${token}`

/** A flag as the API shows it (times as ISO strings). */
export function flagBody(flag: TerritoryFlag) {
  return {
    id: flag.id,
    workshopId: flag.workshopId,
    itemId: flag.itemId,
    itemTitle: flag.itemTitle,
    groupTitle: flag.groupTitle,
    territory: flag.territory,
    comment: flag.comment,
    status: flag.status,
    createdAt: new Date(flag.createdAt).toISOString(),
    resolvedAt: flag.resolvedAt === null ? null : new Date(flag.resolvedAt).toISOString(),
    resolvedBy: flag.resolvedBy,
    reply: flag.reply,
  }
}

export interface TerritoryRouteDeps {
  campaigns: CampaignService
  territories: TerritoryService
  publicUrl?: string | undefined
  /** `HttpLimits.territoryFlags`. */
  flagRate: { burst: number; perMinute: number }
}

/**
 * "Back to the territories" (docs/api.md): feedback links for the
 * contributing workshops, what a link shows, its flags, and the organisers'
 * list and resolution of them.
 */
export function territoryRoutes(deps: TerritoryRouteDeps) {
  const { campaigns, territories } = deps
  const flagRate = new RateLimiter(deps.flagRate.burst, deps.flagRate.perMinute)
  const territoryOf = (c: {
    req: { param(name: 'id'): string; header(name: string): string | undefined }
  }) => territories.authorize(c.req.param('id'), bearer(c.req.header('authorization')))
  const organiserOf = (c: {
    req: { param(name: 'id'): string; header(name: string): string | undefined }
  }) => campaigns.authorize(c.req.param('id'), bearer(c.req.header('authorization')))
  /** One bucket per link's workshop in its campaign: a leaked link cannot flood the organisers. */
  const spend = (t: AuthorizedTerritory) => {
    const key = `${t.campaign.id}\n${t.workshopId}`
    if (!flagRate.take(key))
      throw new ApiError(
        429,
        'rate-limited',
        `Too many flags at once; retry in ${flagRate.retryAfterSeconds(key)} s.`,
      )
  }
  return new Hono()
    .post('/campaigns/:id/territory-links', async (c) => {
      const { campaign } = await organiserOf(c)
      const { workshopId } = await readJson(c, LinkFor)
      const token = await territories.issue(campaign, workshopId)
      const base = publicBase(c.req.url, deps.publicUrl)
      return c.json({ workshopId, token, url: territoryLink(base, campaign.id, token) }, 201)
    })
    .post('/workshops/:id/territory-links', async (c) => {
      await readOptionalJson(c)
      const links = await territories.linksOf(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      const base = publicBase(c.req.url, deps.publicUrl)
      return c.json({
        links: links.map(({ campaign, token }) => ({
          campaignId: campaign.id,
          campaignTitle: campaign.title,
          level: campaign.level,
          token,
          url: territoryLink(base, campaign.id, token),
        })),
      })
    })
    .get('/campaigns/:id/territory', async (c) => {
      const territory = await territoryOf(c)
      const view = await territories.view(territory.campaign, territory.workshopId)
      const flags = await territories.listFlags(territory.campaign.id, territory.workshopId)
      return c.json({ ...view, flags: flags.map(flagBody) }, 200, { 'cache-control': 'no-store' })
    })
    .post('/campaigns/:id/flags', async (c) => {
      const territory = await territoryOf(c)
      const input = await readJson(c, NewFlag)
      spend(territory)
      const flag = await territories.flag(territory, input)
      return c.json(flagBody(flag), 201)
    })
    .get('/campaigns/:id/flags', async (c) => {
      // A territory link lists its own flags; the organisers list them all.
      const sent = bearer(c.req.header('authorization'))
      const flags = territories.isTerritoryToken(sent)
        ? await territoryOf(c).then((t) => territories.listFlags(t.campaign.id, t.workshopId))
        : await organiserOf(c).then(({ campaign }) => territories.listFlags(campaign.id))
      return c.json({ flags: flags.map(flagBody) }, 200, { 'cache-control': 'no-store' })
    })
    .post('/campaigns/:id/flags/:flagId/withdraw', async (c) => {
      const territory = await territoryOf(c)
      await readOptionalJson(c)
      spend(territory)
      await territories.withdraw(territory, c.req.param('flagId'))
      return c.json({ withdrawn: c.req.param('flagId') })
    })
    .post('/campaigns/:id/flags/:flagId/resolve', async (c) => {
      const { campaign, role } = await organiserOf(c)
      const text = await c.req.text()
      let reply: string | null = null
      if (text.trim()) {
        let body: unknown
        try {
          body = JSON.parse(text)
        } catch {
          throw new ApiError(400, 'invalid-json', 'The request body must be JSON (or empty).')
        }
        const parsed = Resolution.safeParse(body)
        if (!parsed.success)
          throw new ApiError(
            400,
            'invalid-request',
            `reply: at most ${MAX_COMMENT} characters of text, or nothing.`,
          )
        reply = parsed.data.reply ?? null
      }
      const flag = await territories.resolve(campaign, role, c.req.param('flagId'), reply)
      return c.json(flagBody(flag))
    })
}
