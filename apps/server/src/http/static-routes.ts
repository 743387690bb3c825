import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/**
 * The built web app from the same port as the API: hashed assets cached for a
 * year, every other GET answered with index.html (client-side routes such as
 * `/j/K7M4QX` and `/w/<id>/screen`).
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
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  app.use('*', serveStatic({ root: relative(process.cwd(), root) || '.' }))
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(index)
  })
  return app
}
