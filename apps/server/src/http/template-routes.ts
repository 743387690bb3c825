import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { WorkshopService } from '../workshops/service.js'
import type { TemplateService } from '../workshops/template-service.js'
import { MAX_TEMPLATE_BYTES, templateFile, templateNameSchema } from '../workshops/templates.js'
import { ApiError } from './errors.js'
import { bearer } from './workshop-routes.js'

const limit = bodyLimit({
  maxSize: MAX_TEMPLATE_BYTES,
  onError: () => {
    throw new ApiError(413, 'too-large', `A template is at most ${MAX_TEMPLATE_BYTES} bytes.`)
  },
})

async function jsonBody(c: { req: { json(): Promise<unknown> } }): Promise<unknown> {
  try {
    return await c.req.json()
  } catch {
    throw new ApiError(400, 'invalid-json', 'The request body must be JSON.')
  }
}

const summaryOf = (t: Awaited<ReturnType<TemplateService['get']>>) => ({
  id: t.id,
  name: t.name,
  language: t.language,
  dimensions: t.dimensions,
  createdAt: t.createdAt,
})

/** `/api/templates` and `/api/workshops/:id/template`: templates saved on this server, as files too. */
export function templateRoutes(templates: TemplateService, service: WorkshopService) {
  return new Hono()
    .get('/templates', async (c) => c.json({ templates: (await templates.list()).map(summaryOf) }))
    .get('/templates/:id', async (c) => {
      const record = await templates.get(c.req.param('id'))
      const headers: Record<string, string> =
        c.req.query('download') === undefined
          ? {}
          : { 'content-disposition': `attachment; filename="atelier-template-${record.id}.json"` }
      return c.json(templateFile(record), 200, headers)
    })
    .post('/templates', limit, async (c) => {
      const record = await templates.importFile(await jsonBody(c))
      return c.json(summaryOf(record), 201)
    })
    .post('/workshops/:id/template', limit, async (c) => {
      const workshop = await service.authorizeFacilitator(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      const body = await jsonBody(c)
      const name =
        body && typeof body === 'object' && 'name' in body
          ? templateNameSchema.safeParse(body.name)
          : undefined
      if (name && !name.success)
        throw new ApiError(400, 'invalid-request', `name: ${name.error.issues[0]?.message}`)
      const record = await templates.saveFromWorkshop(workshop.id, name?.data)
      return c.json(summaryOf(record), 201)
    })
}
