import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { withJoinCheckPreload } from './join-check-preload.js'

/**
 * The built web app from the same port as the API: hashed assets cached for a
 * year and sent precompressed (the build writes `.br` and `.gz` beside each
 * file), every other GET answered with index.html (client-side routes such as
 * `/w/<id>/screen`). A phone's join link `/j/K7M4QX` gets phone.html, the
 * phone's own build (Preact, a third of the app's download) with its code
 * check preloaded, or index.html when that build is missing (the full app
 * shows the phone page too).
 */
export function staticRoutes(webDist: string | undefined) {
  const app = new Hono()
  const root = webDist ? resolve(webDist) : undefined
  const indexPath = root ? join(root, 'index.html') : undefined
  if (!root || !indexPath || !existsSync(indexPath)) {
    app.get('*', (c) =>
      c.text(
        'Atelier web app not built. Run `pnpm start` (it builds it) or `pnpm --filter @atelier/web build`.',
        503,
      ),
    )
    return app
  }
  const index = readFileSync(indexPath, 'utf8')
  const phonePath = join(root, 'phone.html')
  const phone = existsSync(phonePath) ? readFileSync(phonePath, 'utf8') : undefined
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  app.use('*', serveStatic({ root: relative(process.cwd(), root) || '.', precompressed: true }))
  // The phone's route, as the web app's parseRoute reads it (one segment after /j/).
  app.get('/j/:code{[A-Za-z0-9_-]+}', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(phone ? withJoinCheckPreload(phone, c.req.param('code')) : index)
  })
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(index)
  })
  return app
}
