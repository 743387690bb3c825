import { parseSummary, SummaryParseError } from '@atelier/recommendations'
import { Hono } from 'hono'
import type { WorkshopService } from '../workshops/service.js'
import {
  SUMMARY_FORMATS,
  type SummaryFormat,
  type SummaryService,
} from '../workshops/summary-service.js'
import { ApiError } from './errors.js'
import { publicBase } from './public-url.js'
import { bearer } from './workshop-routes.js'

/** Summary exports (facilitator only) and the import of a summary as an archived workshop. */
export function exportRoutes(
  service: WorkshopService,
  summaries: SummaryService,
  configuredPublicUrl?: string,
) {
  return new Hono()
    .get('/workshops/:id/:file{summary\\..+}', async (c) => {
      const format = c.req.param('file').slice('summary.'.length) as SummaryFormat
      if (!SUMMARY_FORMATS.includes(format)) {
        throw new ApiError(
          404,
          'unknown-format',
          `Formats: ${SUMMARY_FORMATS.map((f) => `summary.${f}`).join(', ')}.`,
        )
      }
      const workshop = await service.authorizeFacilitator(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      const rendered = await summaries.render(workshop.id, format)
      const download = c.req.query('download') !== undefined
      return c.body(rendered.body as string, 200, {
        'content-type': rendered.contentType,
        'cache-control': 'no-store',
        ...(download
          ? { 'content-disposition': `attachment; filename="${rendered.filename}"` }
          : {}),
      })
    })
    .post('/workshops/import', async (c) => {
      let json: unknown
      try {
        json = await c.req.json()
      } catch {
        throw new ApiError(400, 'invalid-json', 'The request body must be a summary JSON file.')
      }
      let summary: ReturnType<typeof parseSummary>
      try {
        summary = parseSummary(json)
      } catch (error) {
        if (error instanceof SummaryParseError)
          throw new ApiError(400, 'invalid-summary', error.message)
        throw error
      }
      const { workshop, facilitatorKey } = await service.importSummary(summary)
      const base = publicBase(c.req.url, configuredPublicUrl)
      return c.json(
        {
          id: workshop.id,
          status: workshop.status,
          facilitatorKey,
          facilitatorUrl: `${base}/w/${workshop.id}#key=${facilitatorKey}`,
          screenUrl: `${base}/w/${workshop.id}/screen#token=${service.issueToken(workshop.id, 'screen')}`,
        },
        201,
      )
    })
}
