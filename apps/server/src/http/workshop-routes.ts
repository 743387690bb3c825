import { type Context, Hono } from 'hono'
import { z } from 'zod'
import type { WorkshopRecord } from '../workshops/catalog.js'
import type { WorkshopService } from '../workshops/service.js'
import { suggestionsFor } from '../workshops/suggestions.js'
import type { TemplateService } from '../workshops/template-service.js'
import { ApiError, readJson } from './errors.js'
import type { JoinGuard } from './join-guard.js'
import { facilitatorLink, inviteLink, joinLink, screenLink } from './links.js'
import { publicBase } from './public-url.js'

/** The body of `POST /api/workshops` (and of `POST /api/campaigns/:id/workshops`). */
export const CreateWorkshop = z.object({
  title: z.string().trim().min(1).max(200),
  territory: z.string().trim().max(200).optional(),
  template: z.enum(['congress', 'blank']).optional(),
  language: z.enum(['fr', 'en']).optional(),
  facilitator: z.string().trim().max(200).optional(),
  /** A template saved on this server (GET /api/templates): its dimensions and language. */
  templateId: z.string().max(64).optional(),
})

const Join = z.object({
  code: z.string().max(32),
  name: z.string().trim().max(40).nullish(),
})

const Joining = z.object({ open: z.boolean() }).strict()

/** Removing a participant may take their notes off the board too. */
const RemoveParticipant = z.object({ notes: z.boolean().optional() }).strict()

const IssueToken = z.object({ role: z.enum(['facilitator', 'screen']) })

/** Rotation and invitations take no options; a body, when sent, must be a JSON object. */
const NoOptions = z.object({}).strict()

/** Bodiless writes: nothing, or `{}`; any option is refused. */
export async function readOptionalJson(c: Context): Promise<void> {
  const text = await c.req.text()
  if (!text.trim()) return
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ApiError(400, 'invalid-json', 'The request body must be JSON (or empty).')
  }
  if (!NoOptions.safeParse(body).success)
    throw new ApiError(
      400,
      'invalid-request',
      'This endpoint takes no options: send {} or nothing.',
    )
}

/** What the creator of a workshop is given, once: its key, the links, a screen token and an invitation. */
export function createdWorkshopBody(
  service: WorkshopService,
  base: string,
  { workshop, facilitatorKey }: { workshop: WorkshopRecord; facilitatorKey: string },
) {
  return {
    id: workshop.id,
    code: workshop.code,
    facilitatorKey,
    facilitatorUrl: facilitatorLink(base, workshop.id, facilitatorKey),
    joinUrl: joinLink(base, workshop.code),
    screenUrl: screenLink(base, workshop.id, service.issueToken(workshop.id, 'screen')),
    inviteUrl: inviteLink(base, workshop.id, service.issueInvite(workshop)),
  }
}

function bearer(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(.+)$/i)
  return match?.[1]?.trim()
}

/** `/api/workshops`, `/api/join`: the HTTP half of a workshop's life. */
export function workshopRoutes(
  service: WorkshopService,
  templates: TemplateService,
  joins: JoinGuard,
  configuredPublicUrl?: string,
) {
  return new Hono()
    .post('/workshops', async (c) => {
      const { templateId, ...input } = await readJson(c, CreateWorkshop)
      const saved = templateId === undefined ? undefined : await templates.get(templateId)
      const created = await service.create(
        saved ? { ...input, language: saved.language, dimensions: saved.dimensions } : input,
      )
      const base = publicBase(c.req.url, configuredPublicUrl)
      return c.json(createdWorkshopBody(service, base, created), 201)
    })
    .post('/join', async (c) => {
      const input = await readJson(c, Join)
      const workshop = await joins.lookup(c, () => service.joinable(input.code))
      joins.admitJoin(c, workshop)
      return c.json(await service.join(input.code, input.name || null))
    })
    .post('/workshops/:id/tokens', async (c) => {
      const workshop = await service.authorizeKeyHolder(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      const { role } = await readJson(c, IssueToken)
      const token =
        role === 'facilitator'
          ? service.issueFacilitatorToken(workshop)
          : service.issueToken(workshop.id, 'screen')
      return c.json({ token })
    })
    .post('/workshops/:id/invites', async (c) => {
      const workshop = await service.authorizeFacilitator(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      await readOptionalJson(c)
      const base = publicBase(c.req.url, configuredPublicUrl)
      return c.json(
        { inviteUrl: inviteLink(base, workshop.id, service.issueInvite(workshop)) },
        201,
      )
    })
    .post('/workshops/:id/facilitator-key/rotate', async (c) => {
      const workshop = await service.authorizeKeyHolder(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      await readOptionalJson(c)
      const rotated = await service.rotateFacilitatorKey(workshop)
      const base = publicBase(c.req.url, configuredPublicUrl)
      return c.json({
        facilitatorKey: rotated.facilitatorKey,
        facilitatorUrl: facilitatorLink(base, workshop.id, rotated.facilitatorKey),
        inviteUrl: inviteLink(base, workshop.id, rotated.invite),
        token: rotated.token,
        generation: rotated.generation,
      })
    })
    .get('/workshops/:id', async (c) => {
      // The board and the projector need the join code for their QR code.
      const workshop = await service.authorize(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
        ['facilitator', 'screen'],
      )
      const base = publicBase(c.req.url, configuredPublicUrl)
      return c.json({
        id: workshop.id,
        title: workshop.title,
        code: workshop.code,
        status: workshop.status,
        joiningOpen: workshop.joiningOpen,
        joinUrl: joinLink(base, workshop.code),
      })
    })
    .get('/workshops/:id/suggestions', async (c) => {
      const workshop = await service.authorizeFacilitator(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      return c.json(await service.withBoard(workshop.id, suggestionsFor))
    })
    .post('/workshops/:id/participants/:participantId/remove', async (c) => {
      const workshop = await service.authorizeFacilitator(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      const text = await c.req.text()
      let options: { notes?: boolean | undefined } = {}
      if (text.trim()) {
        let body: unknown
        try {
          body = JSON.parse(text)
        } catch {
          throw new ApiError(400, 'invalid-json', 'The request body must be JSON (or empty).')
        }
        const parsed = RemoveParticipant.safeParse(body)
        if (!parsed.success)
          throw new ApiError(400, 'invalid-request', 'Send {} or {"notes": true|false}.')
        options = parsed.data
      }
      const notesRemoved = await service.removeParticipant(
        workshop.id,
        c.req.param('participantId'),
        { notes: options.notes === true },
      )
      return c.json({ removed: c.req.param('participantId'), notesRemoved })
    })
    .post('/workshops/:id/joining', async (c) => {
      const workshop = await service.authorizeFacilitator(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      const { open } = await readJson(c, Joining)
      await service.setJoining(workshop.id, open)
      return c.json({ joiningOpen: open })
    })
}

export { bearer }
