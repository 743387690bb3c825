import { Hono, type MiddlewareHandler } from 'hono'
import { z } from 'zod'
import type { CampaignService } from '../campaigns/campaign-service.js'
import type { CampaignSynthesis } from '../campaigns/campaign-synthesis.js'
import { parseContribution } from '../campaigns/contributions.js'
import { SYNTHESIS_FORMATS, type SynthesisFormat } from '../campaigns/exports.js'
import type { CampaignNotifier } from '../campaigns/notifier.js'
import type { WorkshopService } from '../workshops/service.js'
import type { TemplateService } from '../workshops/template-service.js'
import { ApiError, readJson } from './errors.js'
import { publicBase } from './public-url.js'
import { bearer, CreateWorkshop, createdWorkshopBody, readOptionalJson } from './workshop-routes.js'

const territory = z.string().trim().min(1).max(200)

const CreateCampaign = z
  .object({
    title: z.string().trim().min(1).max(200),
    level: z.enum(['regional', 'national']).optional(),
    territory: z.string().trim().max(200).optional(),
    template: z.enum(['congress', 'blank']).optional(),
    language: z.enum(['fr', 'en']).optional(),
    /** A template saved on this server: the campaign's workshops start with its dimensions. */
    templateId: z.string().max(64).optional(),
    expectedTerritories: z.array(territory).max(500).optional(),
  })
  .strict()

const Attach = z
  .object({ workshopId: z.string().min(1).max(64), facilitatorKey: z.string().min(1).max(2048) })
  .strict()

// Credentials travel in the fragment: browsers never send it to a server or a proxy log.
const organiserLink = (base: string, id: string, key: string) => `${base}/c/${id}#key=${key}`
const coOrganiserLink = (base: string, id: string, token: string) =>
  `${base}/c/${id}#token=${token}`

export interface CampaignRouteDeps {
  campaigns: CampaignService
  synthesis: CampaignSynthesis
  workshops: WorkshopService
  templates: TemplateService
  /** The admin key and creation rate limit of `POST /api/workshops` (for `POST /api/campaigns`). */
  creationGuard: MiddlewareHandler
  /** The creation rate limit alone (workshops and files added to a campaign carry the organiser's bearer). */
  creationRate: MiddlewareHandler
  publicUrl?: string | undefined
  /** Told when a workshop or a file joins, so open event streams hear of it. */
  notifier?: CampaignNotifier | undefined
}

/** `/api/campaigns`: campaigns, their workshops and imports, and the synthesis exports. */
export function campaignRoutes(deps: CampaignRouteDeps) {
  const { campaigns, synthesis, workshops, templates } = deps
  const auth = (c: {
    req: { param(name: 'id'): string; header(name: string): string | undefined }
  }) => campaigns.authorize(c.req.param('id'), bearer(c.req.header('authorization')))
  // A stranger's attempts must not spend the organiser's creation bucket: authorise, then count.
  const authorisedFirst: MiddlewareHandler = async (c, next) => {
    await auth(c)
    await next()
  }
  return (
    new Hono()
      .post('/campaigns', deps.creationGuard, async (c) => {
        const { templateId, ...input } = await readJson(c, CreateCampaign)
        const saved = templateId === undefined ? undefined : await templates.get(templateId)
        const { campaign, organiserKey } = await campaigns.create({
          ...input,
          saved: saved && { id: saved.id, language: saved.language, dimensions: saved.dimensions },
        })
        const base = publicBase(c.req.url, deps.publicUrl)
        return c.json(
          {
            id: campaign.id,
            organiserKey,
            organiserUrl: organiserLink(base, campaign.id, organiserKey),
          },
          201,
        )
      })
      .post('/campaigns/:id/co-organisers', async (c) => {
        const campaign = await campaigns.authorizeOrganiser(
          c.req.param('id'),
          bearer(c.req.header('authorization')),
        )
        await readOptionalJson(c)
        const token = campaigns.issueCoOrganiser(campaign)
        const base = publicBase(c.req.url, deps.publicUrl)
        return c.json({ token, url: coOrganiserLink(base, campaign.id, token) }, 201)
      })
      // The working document's token (docs/api.md "Campaign room"): organisers only.
      .post('/campaigns/:id/tokens', async (c) => {
        const authorized = await auth(c)
        await readOptionalJson(c)
        const token = campaigns.issueSyncToken(authorized)
        return c.json({ token, room: `campaign:${authorized.campaign.id}` }, 201)
      })
      .post('/campaigns/:id/organiser-key/rotate', async (c) => {
        const campaign = await campaigns.authorizeOrganiser(
          c.req.param('id'),
          bearer(c.req.header('authorization')),
        )
        await readOptionalJson(c)
        const { organiserKey, generation } = await campaigns.rotateOrganiserKey(campaign)
        // Open pages and screens ask again at once, and learn that their links stopped.
        deps.notifier?.campaignChanged(campaign.id)
        const base = publicBase(c.req.url, deps.publicUrl)
        return c.json({
          organiserKey,
          organiserUrl: organiserLink(base, campaign.id, organiserKey),
          generation,
        })
      })
      .post('/campaigns/:id/workshops', authorisedFirst, deps.creationRate, async (c) => {
        const { campaign } = await auth(c)
        const input = await readJson(c, CreateWorkshop)
        const created = await campaigns.createWorkshop(campaign, input)
        synthesis.changed(campaign.id)
        deps.notifier?.campaignChanged(campaign.id, true)
        const base = publicBase(c.req.url, deps.publicUrl)
        return c.json(createdWorkshopBody(workshops, base, created), 201)
      })
      .post('/campaigns/:id/attach', async (c) => {
        const { campaign } = await auth(c)
        const { workshopId, facilitatorKey } = await readJson(c, Attach)
        const workshop = await campaigns.attach(campaign, workshopId, facilitatorKey)
        synthesis.changed(campaign.id)
        deps.notifier?.campaignChanged(campaign.id, true)
        return c.json({ workshopId: workshop.id, joinedHow: 'attached' }, 201)
      })
      .post('/campaigns/:id/import', authorisedFirst, deps.creationRate, async (c) => {
        const { campaign } = await auth(c)
        let json: unknown
        try {
          json = await c.req.json()
        } catch {
          throw new ApiError(400, 'invalid-json', 'Send a summary.json or a synthesis.json file.')
        }
        const imported = await campaigns.import(campaign, parseContribution(json, campaign))
        synthesis.changed(campaign.id)
        deps.notifier?.campaignChanged(campaign.id, true)
        return c.json(imported, 201)
      })
      .get('/campaigns/:id', async (c) => {
        const { campaign, role } = await auth(c)
        const {
          workshops: contributing,
          imports,
          missingTerritories,
        } = await synthesis.overview(campaign)
        return c.json({
          id: campaign.id,
          title: campaign.title,
          level: campaign.level,
          territory: campaign.territory,
          language: campaign.language,
          template: campaign.template,
          dimensions: campaign.dimensions,
          expectedTerritories: campaign.expectedTerritories,
          createdAt: new Date(campaign.createdAt).toISOString(),
          role,
          workshops: contributing,
          imports,
          missingTerritories,
        })
      })
      .get('/campaigns/:id/:file{synthesis\\..+}', async (c) => {
        const format = c.req.param('file').slice('synthesis.'.length) as SynthesisFormat
        if (!SYNTHESIS_FORMATS.includes(format))
          throw new ApiError(
            404,
            'unknown-format',
            `Formats: ${SYNTHESIS_FORMATS.map((f) => `synthesis.${f}`).join(', ')}.`,
          )
        const { campaign } = await auth(c)
        const rendered = await synthesis.render(campaign, format)
        const download = c.req.query('download') !== undefined
        return c.body(rendered.body as string, 200, {
          'content-type': rendered.contentType,
          'cache-control': 'no-store',
          ...(download
            ? { 'content-disposition': `attachment; filename="${rendered.filename}"` }
            : {}),
        })
      })
  )
}
