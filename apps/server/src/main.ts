import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readEnv } from './env.js'
import { lanAddresses } from './http/public-url.js'
import { createLogger } from './logging/logger.js'
import { startServer } from './server.js'
import { createStorage } from './store/storage.js'

/** `node dist/main.js`: Atelier on PORT with SQLite in DATA_DIR, or PostgreSQL on DATABASE_URL. */
const env = readEnv()
// The only root logger of the process: JSON lines on stdout.
const logger = createLogger({ level: env.LOG_LEVEL })
const bundledWeb = fileURLToPath(new URL('../../web/dist', import.meta.url))
const webDist =
  env.ATELIER_WEB_DIST ?? (existsSync(join(bundledWeb, 'index.html')) ? bundledWeb : undefined)

function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

const storage = await createStorage(env)
const server = await startServer({
  storage,
  port: env.PORT,
  host: env.HOST,
  dataDir: env.DATA_DIR,
  webDist,
  publicUrl: env.PUBLIC_URL,
  adminKey: env.ATELIER_ADMIN_KEY,
  metricsToken: env.METRICS_TOKEN,
  logger,
  redisUrl: env.REDIS_URL,
  trustedProxies: commaList(env.TRUSTED_PROXIES),
  maxConnections: env.MAX_CONNECTIONS,
  allowedOrigins: commaList(env.ALLOWED_ORIGINS),
  syncLimits: { coalesceWindowMs: env.RELAY_MERGE_MS },
})

// The banner is for the person who typed `pnpm start` (and the tests that
// read the port from it); everything after it is JSON lines.
const where = storage.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : env.DATA_DIR
logger.info({ port: server.port, storage: storage.kind }, 'listening')
console.log(`Atelier is running (data in ${where}).`)
console.log(`  On this computer:   http://localhost:${server.port}/`)
const lan = lanAddresses(env.HOST)
for (const address of lan) console.log(`  On the local network: http://${address}:${server.port}/`)
if (lan.length === 0 && !env.PUBLIC_URL)
  console.log(`  Phones cannot reach HOST=${env.HOST}: set HOST=0.0.0.0 to let the venue Wi-Fi in.`)
if (env.PUBLIC_URL) console.log(`  Public URL:         ${env.PUBLIC_URL}`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) process.exit(1)
    stopping = true
    logger.info({ signal }, 'stopping')
    await server.close()
    process.exit(0)
  })
}
