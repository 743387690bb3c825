import { resolve } from 'node:path'
import { z } from 'zod'
import { LOG_LEVELS } from './logging/logger.js'
import { DEFAULT_SYNC_LIMITS } from './sync/limits.js'

/**
 * Every environment variable the server reads, validated in one place.
 * Defaults serve a workshop from a laptop: all interfaces (so phones on the
 * venue Wi-Fi reach it), port 8080, SQLite under ./data (PostgreSQL when DATABASE_URL is set).
 */
/** A secret of at least 12 characters; an empty variable (as compose files pass) means unset. */
const optionalSecret = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z.string().min(12).optional(),
)

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    /**
     * `postgres://user:password@host:5432/atelier`: rooms, workshops and
     * campaigns in PostgreSQL instead of SQLite in DATA_DIR (which still holds
     * the token secret unless ATELIER_SECRET is set). Empty means unset.
     */
    DATABASE_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
        .optional(),
    ),
    /** Public base URL when behind a proxy (used in links and the QR code). */
    PUBLIC_URL: z.url().optional(),
    /** Comma-separated origins allowed to open websockets; empty = same host only. */
    ALLOWED_ORIGINS: z.string().default(''),
    ATELIER_WEB_DIST: z.string().optional(),
    /** When set, creating a workshop needs it (`Authorization: Bearer <key>`, or the home page's field). */
    ATELIER_ADMIN_KEY: optionalSecret,
    /** When set, `/metrics` needs it as a bearer token; unset, it answers this computer only. */
    METRICS_TOKEN: optionalSecret,
    /** The least severe log lines written to stdout, as JSON lines (`silent`: none). */
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /**
     * Websockets the process holds open at once; the next upgrade gets 503
     * `server-full`. Each phone holds two (the board and its own document),
     * so the default serves 2,500 phones; raise it with the file-descriptor limit.
     */
    MAX_CONNECTIONS: z.coerce.number().int().min(1).default(5000),
    /**
     * The longest a stored update of a busy room (64 connections or more)
     * waits to be relayed merged with the next ones. 40: a thousand-phone
     * room at 50 notes/s gets notes in pairs, half the socket writes and
     * about half the CPU, for a delivery p99 near 40 ms; 0: every update at
     * once, the lowest latency, about twice the CPU (docs/benchmarks.md).
     */
    RELAY_MERGE_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(1000)
      .default(DEFAULT_SYNC_LIMITS.coalesceWindowMs),
    /** Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed (e.g. 127.0.0.1). */
    TRUSTED_PROXIES: z.string().default(''),
    /** Redis for several processes serving the same rooms (`redis://host:6379`); unset: one process. */
    REDIS_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL')
        .optional(),
    ),
  })
  // Processes relaying through Redis must share one database: each one's
  // own SQLite file would hold only its own updates (and compact away the rest).
  .refine((env) => !env.REDIS_URL || env.DATABASE_URL, {
    path: ['REDIS_URL'],
    message: 'several processes need one database: set DATABASE_URL too',
  })

export type Env = z.infer<typeof EnvSchema>

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid environment: ${problems}`)
  }
  return { ...parsed.data, DATA_DIR: resolve(parsed.data.DATA_DIR) }
}
