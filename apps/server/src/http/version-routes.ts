import { type Context, Hono } from 'hono'
import { z } from 'zod'
import type { CampaignService } from '../campaigns/campaign-service.js'
import { SYNTHESIS_FORMATS, type SynthesisFormat } from '../campaigns/exports.js'
import type { CampaignPublishing } from '../campaigns/publishing.js'
import type { VersionSummary } from '../campaigns/version-store.js'
import { ApiError, readJson } from './errors.js'
import { bearer } from './workshop-routes.js'

/** Longest name and note kept: beyond, the text is cut (a name typed by a person, not a document). */
export const MAX_PUBLISHER_NAME = 80
export const MAX_VERSION_NOTE = 500

// Control characters would reach every export (Markdown, DOCX, CSV) verbatim.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g
const typed = (max: number) =>
  z
    .string()
    .max(10_000)
    .optional()
    .transform((text) =>
      [...(text ?? '').replace(CONTROL, ' ').trim()].slice(0, max).join('').trim(),
    )

const Publish = z.object({ by: typed(MAX_PUBLISHER_NAME), note: typed(MAX_VERSION_NOTE) }).strict()

/** A version as the API lists it. */
export function versionBody(v: VersionSummary) {
  return {
    version: v.version,
    contentHash: v.contentHash,
    publishedAt: new Date(v.publishedAt).toISOString(),
    publishedBy: v.publishedBy,
    role: v.role,
    note: v.note,
    totals: v.totals,
  }
}

/**
 * Published versions of a campaign's synthesis (docs/api.md "Published
 * versions"): publish, list, a frozen version's exports and what changed.
 * Organiser or co-organiser bearer, like every campaign route.
 */
export function versionRoutes(campaigns: CampaignService, publishing: CampaignPublishing) {
  const auth = (c: Context) =>
    campaigns.authorize(c.req.param('id') ?? '', bearer(c.req.header('authorization')))
  const versionNumber = (c: Context) => {
    const raw = c.req.param('n') ?? ''
    if (!/^[1-9]\d{0,8}$/.test(raw))
      throw new ApiError(404, 'unknown-version', `No published version "${raw}".`)
    return Number(raw)
  }
  return new Hono()
    .post('/campaigns/:id/publish', async (c) => {
      const { campaign, role } = await auth(c)
      const text = await c.req.text()
      const input = text.trim() === '' ? { by: '', note: '' } : await readJson(c, Publish)
      const version = await publishing.publish(campaign, role, input)
      return c.json(versionBody(version), 201)
    })
    .get('/campaigns/:id/versions', async (c) => {
      const { campaign } = await auth(c)
      return c.json({ versions: (await publishing.list(campaign)).map(versionBody) })
    })
    .get('/campaigns/:id/changes', async (c) => {
      const { campaign } = await auth(c)
      return c.json(await publishing.draftChanges(campaign))
    })
    .get('/campaigns/:id/versions/:n/changes', async (c) => {
      const { campaign } = await auth(c)
      return c.json(await publishing.changes(campaign, versionNumber(c)))
    })
    .get('/campaigns/:id/versions/:n/:file{synthesis\\..+}', async (c) => {
      const format = c.req.param('file').slice('synthesis.'.length) as SynthesisFormat
      if (!SYNTHESIS_FORMATS.includes(format))
        throw new ApiError(
          404,
          'unknown-format',
          `Formats: ${SYNTHESIS_FORMATS.map((f) => `synthesis.${f}`).join(', ')}.`,
        )
      const { campaign } = await auth(c)
      const n = versionNumber(c)
      const rendered = await publishing.file(campaign, n, format)
      return c.body(rendered.body as string, 200, {
        'content-type': rendered.contentType,
        'cache-control': 'no-store',
        'x-atelier-version': String(n),
        ...(c.req.query('download') !== undefined
          ? { 'content-disposition': `attachment; filename="${rendered.filename}"` }
          : {}),
      })
    })
}
