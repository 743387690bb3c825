import { Hono } from 'hono'
import type { WorkshopService } from '../workshops/service.js'
import { ApiError } from './errors.js'
import type { JoinGuard } from './join-guard.js'
import { publicBase } from './public-url.js'
import { bearer } from './workshop-routes.js'

/**
 * What phones and shared links need besides joining:
 *
 * - `GET /api/join/:code`: may a phone join with this code? Answers what the
 *   projector already shows the room (the title, open), or the refusal the
 *   join would give, so the phone can say so before asking for a pseudonym.
 *   Creates nothing and costs one catalog lookup, so a venue behind one NAT
 *   address checking codes at once is cheap. Wrong codes are throttled per
 *   address and overall (JoinGuard): 429 `too-many-attempts`. A workshop
 *   whose facilitator closed joining answers 403 `joining-closed`.
 * - `POST /api/workshops/:id/results-link` (facilitator): a read-only link to
 *   the session's results, with a `results` token that opens the board room
 *   for reading and nothing else.
 */
export function phoneRoutes(
  service: WorkshopService,
  joins: JoinGuard,
  configuredPublicUrl?: string,
) {
  return new Hono()
    .get('/join/:code', async (c) => {
      const code = c.req.param('code')
      // Throttled on failures per address and overall (429 too-many-attempts).
      const workshop = await joins.lookup(c, async () => {
        if (code.length > 32) throw new ApiError(404, 'unknown-code', 'No workshop has this code.')
        return service.joinable(code)
      })
      return c.json(
        { ok: true, title: workshop.title, status: 'open' as const },
        200,
        // The answer changes when the facilitator closes the workshop.
        { 'cache-control': 'no-store' },
      )
    })
    .post('/workshops/:id/results-link', async (c) => {
      const workshop = await service.authorizeFacilitator(
        c.req.param('id'),
        bearer(c.req.header('authorization')),
      )
      const token = service.issueToken(workshop.id, 'results')
      const base = publicBase(c.req.url, configuredPublicUrl)
      return c.json({ token, url: `${base}/r/${workshop.id}#token=${token}` })
    })
}
